/**
 * `*` / `?` matching as IAM does it ("IAM JSON policy elements: Action" and "…: Resource"):
 * `*` is any run of characters (including none), `?` exactly one, anchored to the whole string.
 * Case rules belong to the callers: actions are lowercased on both sides, ARNs and StringLike
 * values are compared as written.
 *
 * Compiling splits a pattern into tokens and picks the cheapest matcher (any, exact, prefix, or
 * the linear plan of glob-plan.ts); variables are resolved per request and their plan reused.
 */
import type { RequestContext } from './context';
import { GlobPlan, matchPlan, planOf, QMARK, STAR, Tok } from './glob-plan';
import { resolveVar, Template } from './policy-variables';
import { charge } from './work-meter';

export type GlobKind = 'any' | 'exact' | 'prefix' | 'glob';

export interface Glob {
  kind: GlobKind;
  /** For 'exact' the whole text, for 'prefix' the text before the final `*`. */
  literal: string;
  tokens: Tok[];
  hasVars: boolean;
  /** For 'glob' without variables: the compiled plan (with variables it is built per request). */
  plan: GlobPlan | null;
  /** With variables: the plan of the last values of its variables (in token order), reused while they repeat. */
  last: { values: string[]; plan: GlobPlan } | null;
}

/** Compiles template parts (t 0 text with live wildcards, t 1 escapes, t 2 variables). */
export function compileGlobTemplate(tpl: Template): Glob {
  const tokens: Tok[] = [];
  let lit = '';
  const flush = (): void => {
    if (lit) tokens.push(lit);
    lit = '';
  };
  for (const p of tpl.parts) {
    if (p.t === 2) {
      flush();
      tokens.push(p);
    } else if (p.t === 1) {
      lit += p.s;
    } else {
      for (const ch of p.s) {
        if (ch === '*') {
          flush();
          // `**` is the same as `*`.
          if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
        } else if (ch === '?') {
          flush();
          tokens.push(QMARK);
        } else lit += ch;
      }
    }
  }
  flush();
  return classify(tokens, tpl.hasVars);
}

/** Compiles a plain pattern string (no variables). */
export function compileGlob(pattern: string): Glob {
  return compileGlobTemplate({ parts: [{ t: 0, s: pattern }], hasVars: false, text: pattern });
}

function classify(tokens: Tok[], hasVars: boolean): Glob {
  if (!hasVars) {
    if (tokens.length === 1 && tokens[0] === STAR) return { kind: 'any', literal: '', tokens, hasVars, plan: null, last: null };
    if (tokens.length === 0) return { kind: 'exact', literal: '', tokens, hasVars, plan: null, last: null };
    if (tokens.length === 1 && typeof tokens[0] === 'string') return { kind: 'exact', literal: tokens[0], tokens, hasVars, plan: null, last: null };
    if (tokens.length === 2 && typeof tokens[0] === 'string' && tokens[1] === STAR) {
      return { kind: 'prefix', literal: tokens[0], tokens, hasVars, plan: null, last: null };
    }
  }
  return { kind: 'glob', literal: '', tokens, hasVars, plan: hasVars ? null : planOf(tokens), last: null };
}

/**
 * Substitutes variables with their values, which are literal text (a `*` in a tag value is not a
 * wildcard). Returns null when a variable has no value: such an entry matches nothing
 * ("IAM policy elements: Variables and tags").
 */
export function resolveTokens(tokens: readonly Tok[], ctx: RequestContext): Tok[] | null {
  const out: Tok[] = [];
  let expanded = 0;
  for (const t of tokens) {
    if (typeof t === 'object') {
      const v = resolveVar(t, ctx);
      if (v === undefined) return null;
      expanded += v.length;
      if (v) out.push(v);
    } else out.push(t);
  }
  // A value can be much longer than the variable that names it.
  charge(expanded);
  return out;
}

/**
 * Do the variables of `tokens` have the values `values` (in token order) in `ctx`? Charges what
 * resolveTokens would. Allocates nothing: this runs on every request for every variable pattern.
 * -1: a variable has no value (the pattern matches nothing).
 */
function sameValues(tokens: readonly Tok[], values: readonly string[], ctx: RequestContext): number {
  let j = 0;
  let expanded = 0;
  let same = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (typeof t !== 'object') continue;
    const v = resolveVar(t, ctx);
    if (v === undefined) return -1;
    expanded += v.length;
    if (v !== values[j++]) same = 0;
  }
  charge(expanded);
  return same;
}

/** Matches `s` against a compiled glob; `ctx` is needed only when the glob has variables. */
export function matchGlob(g: Glob, s: string, ctx: RequestContext | null): boolean {
  // Kept small so that the engine inlines it into the evaluator's loops.
  switch (g.kind) {
    case 'any':
      return true;
    case 'exact':
      return s === g.literal;
    case 'prefix':
      return s.startsWith(g.literal);
    default:
      return g.plan !== null ? matchPlan(g.plan, s) : matchWithVariables(g, s, ctx);
  }
}

function matchWithVariables(g: Glob, s: string, ctx: RequestContext | null): boolean {
  if (!ctx) return false;
  // The same caller's values come back request after request: keep the plan of the last ones.
  const last = g.last;
  if (last !== null) {
    const same = sameValues(g.tokens, last.values, ctx);
    if (same < 0) return false;
    if (same === 1) return matchPlan(last.plan, s);
  }
  const r = resolveTokens(g.tokens, ctx);
  if (r === null) return false;
  const values: string[] = [];
  for (const t of g.tokens) if (typeof t === 'object') values.push(resolveVar(t, ctx)!);
  const plan = planOf(r);
  g.last = { values, plan };
  return matchPlan(plan, s);
}
