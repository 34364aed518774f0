/**
 * The decision ("Policy evaluation logic", "The difference between explicit and implicit denies",
 * "Permissions boundaries for IAM entities", "Session policies"):
 *  1. any matching Deny in the identity policies, the boundary or the session policies → EXPLICIT_DENY;
 *  2. no matching identity Allow → IMPLICIT_DENY;
 *  3. a boundary is set and none of its Allows matches → IMPLICIT_DENY (a boundary never grants);
 *  4. session policies act the same way (intersection);
 *  5. otherwise ALLOWED.
 * Order of policies and statements never matters. A statement matches iff its Action/NotAction,
 * Resource/NotResource and every condition match.
 */
import { ActionIndex,buildIndex } from './action-index';
import { type ArnPattern, fifthColon, matchArn } from './arn-matcher';
import { splitArn } from './arn-split';
import { evalCondition } from './condition-matcher';
import { RequestContext } from './context';
import { type ActionMemo, CompiledPolicy, CompiledStatement, type HeadPlan, matchesAction } from './policy-compiler';
import { principalMatches } from './principal-matcher';
import { planFor } from './resource-heads';
import { EvaluationResult, MatchedStatement, Scope, TrustPrincipal } from './types';
import { type Glob, matchGlob } from './wildcard';
import { charge } from './work-meter';

export interface PolicySet<M = unknown> {
  identity: readonly CompiledPolicy<M>[];
  /** Absent or empty: no permissions boundary. */
  boundary?: readonly CompiledPolicy<M>[];
  /** Absent or empty: no session policy. */
  session?: readonly CompiledPolicy<M>[];
}

export interface AuthzRequest {
  action: string;
  resource: string;
  context?: RequestContext;
}

const EMPTY_CONTEXT = new RequestContext();

/** Mutable state of one evaluation. */
export interface ScanState<M> {
  action: string;
  resource: string;
  /** Unique per decision: marks the RefKeys it looked up. */
  epoch: number;
  /** The resource's fifth colon (-1: none) and the text after it. */
  fc: number;
  tail: string;
  segs: string[] | null;
  ctx: RequestContext;
  principal: TrustPrincipal | null;
  matched: MatchedStatement<M>[];
  missing: MissingKeys | null;
  allow: boolean;
  deny: boolean;
}

/**
 * Keys a decision found without a value, lowercased → as written, in first-seen order (Map
 * semantics: the last spelling wins). Two short arrays, a Map past a few keys: most decisions miss
 * none or one, and a Map per decision cost more than its lookups.
 */
export class MissingKeys {
  private lowers: string[] = [];
  private names: string[] = [];
  private map: Map<string, string> | null = null;

  add(lower: string, name: string): void {
    if (this.map !== null) {
      this.map.set(lower, name);
      return;
    }
    const i = this.lowers.indexOf(lower);
    if (i >= 0) this.names[i] = name;
    else if (this.lowers.length < 16) {
      this.lowers.push(lower);
      this.names.push(name);
    } else {
      this.map = new Map(this.lowers.map((l, j) => [l, this.names[j]]));
      this.map.set(lower, name);
    }
  }
  list(): string[] {
    return this.map !== null ? [...this.map.values()] : this.names.slice();
  }
}

let epoch = 0;
let decisions = 0;

/**
 * `whole`: patterns checked in full (null: no Resource element); `tails`: sixth-segment globs whose
 * first five segments the head already matched (resource-heads.ts), checked against `s.tail`.
 */
function resourceMatches<M>(whole: readonly ArnPattern[] | null, tails: readonly Glob[], st: CompiledStatement, s: ScanState<M>): boolean {
  if (whole === null) return true;
  for (let i = 0; i < tails.length; i++) if (matchGlob(tails[i], s.tail, s.ctx)) return !st.notResource;
  const res = s.resource;
  for (let i = 0; i < whole.length; i++) {
    const r = whole[i];
    // Cheap whole-string checks first (see ArnPattern); the per-segment match runs only on
    // patterns whose literal prefix the resource already carries.
    if (r.any) return !st.notResource;
    if (r.exact !== null) {
      if (res === r.exact) return !st.notResource;
      continue;
    }
    // charCodeAt past the end is NaN, never equal.
    if (r.probeA >= 0 && res.charCodeAt(r.probeA) !== r.codeA) continue;
    if (r.probeB >= 0 && res.charCodeAt(r.probeB) !== r.codeB) continue;
    if (r.lastCode >= 0 && res.charCodeAt(res.length - 1) !== r.lastCode) continue;
    if (!res.startsWith(r.prefix)) continue;
    if (r.wholePrefix || matchArn(r, res, (s.segs ??= splitArn(res)), s.ctx)) return !st.notResource;
  }
  return st.notResource;
}

function noteMissing<M>(st: CompiledStatement, s: ScanState<M>): void {
  const keys = st.refKeys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    // The context does not change during a decision: each shared key is looked up once in it.
    if (k.epoch !== s.epoch) {
      const v = s.ctx.get(k.lower);
      k.missing = v === undefined || v.values.length === 0;
      k.epoch = s.epoch;
    }
    if (k.missing) (s.missing ??= new MissingKeys()).add(k.lower, k.key);
  }
}

/** Checks the statements an action's candidates leave for the resource's head (see `candidates`, planFor). */
function visit<M>(plan: HeadPlan, scope: Scope, s: ScanState<M>): void {
  const list = plan.stmts;
  for (let i = 0; i < list.length; i++) {
    const st = list[i];
    if (s.principal !== null && st.principal !== null && principalMatches(st.principal, s.principal) === st.notPrincipal) continue;
    if (!resourceMatches(plan.whole[i], plan.tails[i], st, s)) {
      // A Resource variable with no value makes the entry match nothing; report the key.
      if (st.resourceVars) noteMissing(st, s);
      continue;
    }
    if (st.refKeys.length > 0) noteMissing(st, s);
    const conds = st.conditions;
    let ok = true;
    for (let c = 0; c < conds.length; c++) {
      if (!evalCondition(conds[c], s.ctx)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (st.deny) s.deny = true;
    else s.allow = true;
    s.matched.push({
      policy: st.policy.meta as M,
      statementIndex: st.index,
      sid: st.sid,
      effect: st.effect,
      scope,
    });
  }
}

/** Longest action memoised per index, and entries per index: bounded memory whatever callers send. */
const MEMO_ACTION_LENGTH = 256;
const MEMO_ENTRIES = 4096;

function collect(list: readonly CompiledStatement[] | undefined, actionKnown: boolean, e: number, action: string, out: CompiledStatement[]): void {
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    const st = list[i];
    if (st.stamp === e) continue;
    st.stamp = e;
    if (actionKnown || matchesAction(st, action)) out.push(st);
  }
}

/**
 * The statements of a layer whose Action/NotAction covers `action`, in index order (exact, then
 * service bucket, then generic). An action's matches depend on nothing else (actions take no
 * variables), so they are found once per index and action and memoised; later requests for the
 * same action only check resources, principals and conditions. The first look charges one step
 * per statement looked at (plus the glob work), later ones one step per candidate.
 */
function candidates(idx: ActionIndex<CompiledStatement, ActionMemo>, action: string): ActionMemo {
  const memo = idx.memo;
  const hit = memo?.get(action);
  if (hit !== undefined) {
    charge(hit.list.length + 1);
    return hit;
  }
  const exact = idx.exact.get(action);
  const colon = action.indexOf(':');
  const bucket = colon > 0 ? idx.service.get(action.slice(0, colon)) : undefined;
  // One step per statement looked at (charged once per layer: this loop is the hot path).
  charge((exact?.length ?? 0) + (bucket?.length ?? 0) + idx.generic.length);
  const e = ++epoch;
  const out: CompiledStatement[] = [];
  collect(exact, true, e, action, out);
  collect(bucket, false, e, action, out);
  collect(idx.generic, false, e, action, out);
  const entry: ActionMemo = { list: out, heads: null, noHead: null };
  if (action.length <= MEMO_ACTION_LENGTH) {
    const m = memo ?? (idx.memo = new Map());
    if (m.size >= MEMO_ENTRIES) m.clear();
    m.set(action, entry);
  }
  return entry;
}

/** Runs one layer (identity, boundary, session or a trust policy) through its action index. */
export function scanIndex<M>(idx: ActionIndex<CompiledStatement, ActionMemo>, scope: Scope, s: ScanState<M>): { allow: boolean; deny: boolean } {
  s.allow = false;
  s.deny = false;
  visit(planFor(candidates(idx, s.action), s.resource, s.fc), scope, s);
  return { allow: s.allow, deny: s.deny };
}

const layerCache = new WeakMap<readonly CompiledPolicy<unknown>[], { idx: ActionIndex<CompiledStatement, ActionMemo>; n: number }>();

/**
 * One merged index per policy array, cached by array identity: callers should keep the arrays of a
 * principal (e.g. in their per-principal cache) and not mutate them in place.
 */
export function layerIndex(policies: readonly CompiledPolicy<unknown>[]): ActionIndex<CompiledStatement, ActionMemo> {
  if (policies.length === 1) return policies[0].index;
  const hit = layerCache.get(policies);
  if (hit && hit.n === policies.length) return hit.idx;
  const idx = buildIndex<CompiledStatement, ActionMemo>(policies.flatMap((p) => p.statements));
  layerCache.set(policies, { idx, n: policies.length });
  return idx;
}

/**
 * Lowercase actions from a bounded cache: callers pass the same few action strings (mostly
 * literals) again and again, and the cached lowercase string keeps its hash for the memo lookups.
 */
const LOWER_ACTIONS = new Map<string, string>();

function lowerAction(action: string): string {
  if (action.length > MEMO_ACTION_LENGTH) return action.toLowerCase();
  let l = LOWER_ACTIONS.get(action);
  if (l === undefined) {
    l = action.toLowerCase();
    if (LOWER_ACTIONS.size >= MEMO_ENTRIES) LOWER_ACTIONS.clear();
    LOWER_ACTIONS.set(action, l);
  }
  return l;
}

export function newState<M>(action: string, resource: string, ctx: RequestContext | undefined, principal: TrustPrincipal | null): ScanState<M> {
  const a = lowerAction(String(action ?? ''));
  const res = String(resource ?? '');
  const fc = fifthColon(res);
  return {
    action: a,
    resource: res,
    epoch: ++decisions,
    fc,
    tail: fc < 0 ? '' : res.slice(fc + 1),
    segs: null,
    ctx: ctx ?? EMPTY_CONTEXT,
    principal,
    matched: [],
    missing: null,
    allow: false,
    deny: false,
  };
}

export function evaluate<M>(request: AuthzRequest, policySet: PolicySet<M>): EvaluationResult<M> {
  const s = newState<M>(request.action, request.resource, request.context, null);
  const id = scanIndex(layerIndex(policySet.identity as readonly CompiledPolicy<unknown>[]), 'IDENTITY', s);
  const hasBoundary = !!policySet.boundary && policySet.boundary.length > 0;
  const hasSession = !!policySet.session && policySet.session.length > 0;
  const b = hasBoundary ? scanIndex(layerIndex(policySet.boundary as readonly CompiledPolicy<unknown>[]), 'BOUNDARY', s) : null;
  const se = hasSession ? scanIndex(layerIndex(policySet.session as readonly CompiledPolicy<unknown>[]), 'SESSION', s) : null;

  const result: EvaluationResult<M> = {
    decision: 'ALLOWED',
    matchedStatements: s.matched,
    missingContextValues: s.missing ? s.missing.list() : [],
    allowedByPermissionsBoundary: b ? b.allow && !b.deny : null,
  };
  if (id.deny || b?.deny || se?.deny) {
    result.decision = 'EXPLICIT_DENY';
    result.deniedBy = id.deny ? 'IDENTITY' : b?.deny ? 'BOUNDARY' : 'SESSION';
  } else if (!id.allow) {
    result.decision = 'IMPLICIT_DENY';
    result.deniedBy = 'IDENTITY';
  } else if (b && !b.allow) {
    result.decision = 'IMPLICIT_DENY';
    result.deniedBy = 'BOUNDARY';
  } else if (se && !se.allow) {
    result.decision = 'IMPLICIT_DENY';
    result.deniedBy = 'SESSION';
  }
  return result;
}
