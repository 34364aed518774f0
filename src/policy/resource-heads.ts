/**
 * Second memo of the evaluator, under the action memo: for an action's candidate statements and a
 * resource's ARN head (`arn:partition:service:region:account`, the text before the fifth colon),
 * which statements can still matter and which of their Resource checks are left.
 * A Resource pattern's first five segments never hold a policy variable (variables are substituted
 * only after the fifth colon, "IAM policy elements: Variables and tags") and each is matched on its
 * own ("IAM JSON policy elements: Resource", arn-matcher.ts), so whether they match depends on the
 * head alone: it is worked out once per candidate list and head. Then:
 *  - a plain six-segment pattern whose first five segments match the head is left with its sixth
 *    segment only (`tails`), matched against the resource's text after the fifth colon: exactly
 *    what matchArn would compare after the five segments it already accepted;
 *  - every other pattern (`*`, fewer segments) is kept whole;
 *  - a plain pattern the head rules out is dropped, and a statement left with no pattern at all is
 *    dropped too, unless it is a NotResource (which then matches) or has a Resource variable whose
 *    missing value must be reported (see noteMissing in policy-evaluator.ts).
 * Statements keep their candidate order, so decisions and reports are unchanged.
 */
import { type ArnPattern, fifthColon } from './arn-matcher';
import { splitArn } from './arn-split';
import type { ActionMemo, CompiledStatement, HeadPlan } from './policy-compiler';
import { type Glob, matchGlob } from './wildcard';
import { charge } from './work-meter';

const NONE: readonly Glob[] = [];
/** Longest head memoised, and heads per action: bounded memory whatever callers send. */
const MAX_HEAD = 256;
const MAX_HEADS = 256;

/**
 * -1: the head rules the pattern out; 0: check it whole; 1: its sixth segment decides. Exact and
 * `literal*` patterns of six segments go by segments too: equality (or startsWith) of the whole
 * text is equality of each segment (or of the first five and a prefix of the sixth).
 */
function headFit(p: ArnPattern, value: readonly string[]): number {
  if (p.any || p.segs.length !== 6) return 0;
  for (let i = 0; i < 5; i++) {
    const g = p.segs[i];
    if (g.hasVars) return 0;
    if (!matchGlob(g, value[i], null)) return -1;
  }
  return 1;
}

function wholePlan(list: readonly CompiledStatement[]): HeadPlan {
  return { stmts: list, whole: list.map((st) => st.resources), tails: list.map(() => NONE) };
}

function headPlan(list: readonly CompiledStatement[], resource: string): HeadPlan {
  charge(list.length);
  const value = splitArn(resource);
  const stmts: CompiledStatement[] = [];
  const plan: HeadPlan = { stmts, whole: [], tails: [] };
  for (let i = 0; i < list.length; i++) {
    const st = list[i];
    const rs = st.resources;
    if (rs === null) {
      stmts.push(st);
      plan.whole.push(null);
      plan.tails.push(NONE);
      continue;
    }
    const whole: ArnPattern[] = [];
    const tails: Glob[] = [];
    for (const p of rs) {
      const fit = headFit(p, value);
      if (fit === 0) whole.push(p);
      else if (fit === 1) tails.push(p.segs[5]);
    }
    if (whole.length === 0 && tails.length === 0 && !st.notResource && !st.resourceVars) continue;
    stmts.push(st);
    plan.whole.push(whole.length === rs.length ? rs : whole);
    plan.tails.push(tails.length === 0 ? NONE : tails);
  }
  return plan;
}

/** The plan of `memo`'s candidates for `resource`, whose fifth colon is at `fc` (-1: none). */
export function planFor(memo: ActionMemo, resource: string, fc: number): HeadPlan {
  if (fc < 0 || fc > MAX_HEAD) return (memo.noHead ??= wholePlan(memo.list));
  const head = resource.slice(0, fc);
  let heads = memo.heads;
  const hit = heads?.get(head);
  if (hit !== undefined) return hit;
  const plan = headPlan(memo.list, resource);
  if (heads === null) heads = memo.heads = new Map();
  if (heads.size >= MAX_HEADS) heads.clear();
  heads.set(head, plan);
  return plan;
}
