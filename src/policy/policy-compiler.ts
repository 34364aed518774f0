/**
 * Compiles a policy document once into matchers reused by every decision: lowercase action globs
 * indexed by action, ARN patterns split per segment with variables pre-split, parsed CIDRs, dates,
 * numbers and base64 values. Evaluation then parses nothing from the policy.
 * Compilation never throws. A statement that AWS would never have stored (bad Effect, no action,
 * Action and NotAction together...) is left out and reported in `findings`; run the validator
 * before storing documents.
 */
import { ActionIndex,buildIndex } from './action-index';
import { ArnPattern, compileArnPattern } from './arn-matcher';
import { compileCondition, CompiledCondition } from './condition-matcher';
import { parsePolicy } from './policy-parser';
import { CompiledPrincipal,compilePrincipal } from './principal-matcher';
import { Finding, PolicyDocument, PolicyKind, PolicyStatement } from './types';
import { compileGlob, Glob, matchGlob } from './wildcard';

export type ActionPattern = Glob & { source: string };

/**
 * A key a statement reads, shared by every statement that spells it the same way (refKey), so that
 * a decision looks each key up in the context once however many statements read it: `epoch` and
 * `missing` are the evaluator's note of the last decision that looked (policy-evaluator.ts).
 */
export interface RefKey {
  key: string;
  lower: string;
  epoch: number;
  missing: boolean;
}

const REF_KEYS = new Map<string, RefKey>();
/** Bounded like lowerKey's cache; past it new statements get new objects, which work the same. */
const REF_KEYS_MAX = 4096;

function refKey(k: { key: string; lower: string }): RefKey {
  let r = REF_KEYS.get(k.key);
  if (r === undefined || r.lower !== k.lower) {
    r = { key: k.key, lower: k.lower, epoch: 0, missing: false };
    if (REF_KEYS.size >= REF_KEYS_MAX) REF_KEYS.clear();
    REF_KEYS.set(k.key, r);
  }
  return r;
}

export interface CompiledStatement {
  policy: CompiledPolicy<unknown>;
  index: number;
  sid: string | null;
  effect: 'Allow' | 'Deny';
  deny: boolean;
  actions: ActionPattern[];
  notAction: boolean;
  /** null: no Resource element (trust policies) — the statement is not limited by resource. */
  resources: ArnPattern[] | null;
  notResource: boolean;
  principal: CompiledPrincipal | null;
  notPrincipal: boolean;
  conditions: CompiledCondition[];
  /** Condition keys and variable keys (lowercased + as written), for missing-context reports. */
  refKeys: RefKey[];
  /** A Resource/NotResource pattern has a variable and refKeys is not empty: a resource miss still reports missing keys. */
  resourceVars: boolean;
  /** Dedupe mark for one evaluation pass (see policy-evaluator). */
  stamp: number;
}

/** What is left to check of an action's candidates for resources with one head. */
export interface HeadPlan {
  stmts: readonly CompiledStatement[];
  /** Per statement: Resource patterns checked whole (null: no Resource element, trust policies). */
  whole: (readonly ArnPattern[] | null)[];
  /** Per statement: sixth-segment globs matched against the text after the fifth colon. */
  tails: (readonly Glob[])[];
}

/** An action's candidates (policy-evaluator's memo entry, resource-heads.ts) and their plans per head. */
export interface ActionMemo {
  list: readonly CompiledStatement[];
  heads: Map<string, HeadPlan> | null;
  /** For resources without a memoisable head: every candidate, every pattern whole. */
  noHead: HeadPlan | null;
}

export interface CompiledPolicy<M = unknown> {
  meta: M;
  kind: PolicyKind;
  version: string | null;
  /** Variables are substituted only under 2012-10-17 ("IAM JSON policy elements: Version"). */
  variables: boolean;
  statements: CompiledStatement[];
  index: ActionIndex<CompiledStatement, ActionMemo>;
  findings: Finding[];
  /**
   * The parsed document; null when the text is not a JSON object. A caller that keeps many
   * compiled policies may set it to null once it has checked it (evaluation never reads it): the
   * policy store does, and parses the stored text again for listings.
   */
  document: PolicyDocument | null;
}

export interface CompileOptions {
  kind?: PolicyKind;
}

function skip(findings: Finding[], st: PolicyStatement, code: string, detail: string): undefined {
  findings.push({ severity: 'ERROR', code, message: 'Statement left out of the compiled policy.', path: st.path, detail });
  return undefined;
}

function compileStatement(policy: CompiledPolicy<unknown>, st: PolicyStatement, findings: Finding[]): CompiledStatement | undefined {
  const effect = st.effect?.value;
  if (effect !== 'Allow' && effect !== 'Deny') return skip(findings, st, 'INVALID_EFFECT', 'Effect must be "Allow" or "Deny"');
  if (!!st.action === !!st.notAction) return skip(findings, st, 'INVALID_ACTION', 'exactly one of Action and NotAction is required');
  if (st.resource && st.notResource) return skip(findings, st, 'INVALID_RESOURCE', 'Resource and NotResource together');
  const actionEl = (st.action ?? st.notAction)!;
  if (actionEl.values.length === 0) return skip(findings, st, 'INVALID_ACTION', 'empty action list');
  const resEl = st.resource ?? st.notResource;
  if (!resEl && policy.kind !== 'TRUST') return skip(findings, st, 'MISSING_RESOURCE', 'Resource or NotResource is required');
  if (resEl && resEl.values.length === 0) return skip(findings, st, 'INVALID_RESOURCE', 'empty resource list');
  const principalEl = st.principal ?? st.notPrincipal;
  if (policy.kind !== 'IDENTITY' && !principalEl) return skip(findings, st, 'MISSING_PRINCIPAL', 'trust and resource-based statements need a Principal');

  const refKeys: { key: string; lower: string }[] = [];
  const resources = resEl ? resEl.values.map((r) => compileArnPattern(r.value, policy.variables, true)) : null;
  if (resources) for (const r of resources) refKeys.push(...r.varKeys);
  const conditions: CompiledCondition[] = [];
  for (const op of st.condition?.operators ?? []) {
    for (const k of op.keys) {
      const c = compileCondition(op.operator, k.key, k.values.map((v) => v.value), policy.variables);
      conditions.push(c);
      if (c.family !== 'Null') refKeys.push({ key: c.key, lower: c.lower });
      refKeys.push(...c.varKeys);
    }
  }
  const seen = new Set<string>();
  const dedup = refKeys.filter((k) => (seen.has(k.lower) ? false : (seen.add(k.lower), true))).map(refKey);
  return {
    policy,
    index: st.index,
    sid: st.sid?.value ?? null,
    effect,
    deny: effect === 'Deny',
    actions: actionEl.values.map((a) => {
      const lower = a.value.toLowerCase();
      return { ...compileGlob(lower), source: lower };
    }),
    notAction: !st.action,
    resources,
    notResource: !st.resource && !!st.notResource,
    principal: principalEl ? compilePrincipal(principalEl) : null,
    notPrincipal: !st.principal && !!st.notPrincipal,
    conditions,
    refKeys: dedup,
    resourceVars: dedup.length > 0 && !!resources && resources.some((r) => r.hasVars),
    stamp: 0,
  };
}

/** Compiles a document (text or parsed). `meta` is stored as is, for result reports. */
export function compilePolicy<M>(source: string | PolicyDocument, meta: M, options: CompileOptions = {}): CompiledPolicy<M> {
  const findings: Finding[] = [];
  let document: PolicyDocument | null;
  if (typeof source === 'string') {
    const parsed = parsePolicy(source);
    document = parsed.document;
    findings.push(...parsed.findings.filter((f) => f.severity === 'ERROR'));
  } else {
    document = source;
  }
  const version = document?.version?.value ?? null;
  const policy: CompiledPolicy<M> = {
    meta,
    kind: options.kind ?? 'IDENTITY',
    version,
    variables: version === '2012-10-17',
    statements: [],
    index: buildIndex([]),
    findings,
    document,
  };
  for (const st of document?.statements ?? []) {
    try {
      const c = compileStatement(policy as CompiledPolicy<unknown>, st, findings);
      if (c) policy.statements.push(c);
    } catch (e) {
      // Defensive: a compiler bug must not take the service down; the statement is left out.
      skip(findings, st, 'COMPILE_FAILURE', String(e));
    }
  }
  policy.index = buildIndex(policy.statements);
  return policy;
}

/** Does the statement's Action/NotAction cover `lowerAction`? */
export function matchesAction(st: CompiledStatement, lowerAction: string): boolean {
  const acts = st.actions;
  for (let i = 0; i < acts.length; i++) {
    if (matchGlob(acts[i], lowerAction, null)) return !st.notAction;
  }
  return st.notAction;
}
