/**
 * Index of statements by action, so a decision looks at the few statements that can apply instead
 * of all of them: exact lowercase actions in a map, patterns with a literal service prefix
 * (`s3:Get*`) in per-service buckets, and the rest (`*`, `s3*:x`, NotAction) in a generic list.
 * Actions are case-insensitive ("IAM JSON policy elements: Action"), so keys are lowercased.
 */
import type { Glob } from './wildcard';

/** What the index reads of a statement (policy-compiler's CompiledStatement has it). */
export interface IndexedStatement {
  notAction: boolean;
  // `source`: the pattern as written, whose service prefix picks the bucket.
  actions: readonly (Glob & { source: string })[];
}

export interface ActionIndex<S extends IndexedStatement, E = unknown> {
  exact: Map<string, S[]>;
  service: Map<string, S[]>;
  generic: S[];
  size: number;
  /** Per lowercase action, what policy-evaluator memoised about it (the statements it covers...). */
  memo: Map<string, E> | null;
}

function push<S>(map: Map<string, S[]>, key: string, st: S): void {
  const list = map.get(key);
  if (!list) map.set(key, [st]);
  else if (list[list.length - 1] !== st) list.push(st);
}

export function buildIndex<S extends IndexedStatement, E = unknown>(statements: Iterable<S>): ActionIndex<S, E> {
  const idx: ActionIndex<S, E> = { exact: new Map(), service: new Map(), generic: [], size: 0, memo: null };
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
