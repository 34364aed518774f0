/**
 * Index of statements by action, so a decision looks at the few statements that can apply instead
 * of all of them: exact lowercase actions in a map, patterns with a literal service prefix
 * (`s3:Get*`) in per-service buckets, and the rest (`*`, `s3*:x`, NotAction) in a generic list.
 * Actions are case-insensitive ("IAM JSON policy elements: Action"), so keys are lowercased.
 */
import type { CompiledStatement } from './policy-compiler';

export interface ActionIndex {
  exact: Map<string, CompiledStatement[]>;
  service: Map<string, CompiledStatement[]>;
  generic: CompiledStatement[];
  size: number;
}

function push(map: Map<string, CompiledStatement[]>, key: string, st: CompiledStatement): void {
  const list = map.get(key);
  if (!list) map.set(key, [st]);
  else if (list[list.length - 1] !== st) list.push(st);
}

export function buildIndex(statements: Iterable<CompiledStatement>): ActionIndex {
  const idx: ActionIndex = { exact: new Map(), service: new Map(), generic: [], size: 0 };
  for (const st of statements) {
    idx.size++;
    if (st.notAction) {
      idx.generic.push(st);
      continue;
    }
    let generic = false;
    for (const g of st.actions) {
      if (g.kind === 'exact') {
        push(idx.exact, g.literal, st);
        continue;
      }
      const src = g.source;
      const colon = src.indexOf(':');
      const svc = colon > 0 ? src.slice(0, colon) : '';
      if (svc && !/[*?]/.test(svc)) push(idx.service, svc, st);
      else generic = true;
    }
    if (generic) idx.generic.push(st);
  }
  return idx;
}
