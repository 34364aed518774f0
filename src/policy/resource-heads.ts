/**
 * Second memo of the evaluator, under the action memo: which Resource patterns of an action's
 * candidate statements can match ARNs with a given head (`arn:partition:service:region:account`,
 * the text before the fifth colon).
 * A Resource pattern's first five segments never hold a policy variable (variables are substituted
 * only after the fifth colon, "IAM policy elements: Variables and tags") and each is matched on its
 * own ("IAM JSON policy elements: Resource", arn-matcher.ts), so whether they match depends on the
 * head alone: it is worked out once per candidate list and head. The patterns kept are a superset
 * of the matching ones (every pattern that is not a plain six-segment one is kept and checked in
 * full), and the evaluator still checks each kept pattern whole, so decisions are unchanged.
 */
import { type ArnPattern, fifthColon } from './arn-matcher';
import { splitArn } from './arn-split';
import type { CompiledStatement } from './policy-compiler';
import { matchGlob } from './wildcard';
import { charge } from './work-meter';

/** Per candidate: its Resource patterns that the head leaves possible (null: no Resource element). */
export type Survivors = readonly (readonly ArnPattern[] | null)[];

const plans = new WeakMap<readonly CompiledStatement[], Map<string, Survivors>>();
/** Longest head memoised, and heads per candidate list: bounded memory whatever callers send. */
const MAX_HEAD = 256;
const MAX_HEADS = 256;

function headCanMatch(p: ArnPattern, value: readonly string[]): boolean {
  // `*`, exact text, `literal*` and short patterns whose last `*` runs to the end: checked whole.
  if (p.any || p.exact !== null || p.wholePrefix || p.segs.length !== 6) return true;
  if (value.length !== 6) return false;
  for (let i = 0; i < 5; i++) {
    const g = p.segs[i];
    if (g.hasVars) return true;
    if (!matchGlob(g, value[i], null)) return false;
  }
  return true;
}

/** The survivors of `list` for `resource`, or null when the resource has no memoisable head. */
export function survivorsFor(list: readonly CompiledStatement[], resource: string): Survivors | null {
  if (list.length === 0) return null;
  const fc = fifthColon(resource);
  if (fc < 0 || fc > MAX_HEAD) return null;
  const head = resource.slice(0, fc);
  let byHead = plans.get(list);
  const hit = byHead?.get(head);
  if (hit !== undefined) return hit;
  charge(list.length);
  const value = splitArn(resource);
  const out: (readonly ArnPattern[] | null)[] = [];
  for (let i = 0; i < list.length; i++) {
    const rs = list[i].resources;
    if (rs === null) {
      out.push(null);
      continue;
    }
    const keep = rs.filter((p) => headCanMatch(p, value));
    out.push(keep.length === rs.length ? rs : keep);
  }
  if (byHead === undefined) plans.set(list, (byHead = new Map()));
  if (byHead.size >= MAX_HEADS) byHead.clear();
  byHead.set(head, out);
  return out;
}
