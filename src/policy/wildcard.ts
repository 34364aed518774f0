/**
 * `*` / `?` matching as IAM does it ("IAM JSON policy elements: Action" and "…: Resource"):
 * `*` is any run of characters (including none), `?` exactly one, anchored to the whole string.
 * Patterns are compiled once into tokens; matching is a linear scan with backtracking to the last
 * `*` (no RegExp is built per request).
 */
import { RequestContext } from './context';
import { resolveVar, Template, VarRef } from './policy-variables';

export const STAR = 0;
export const QMARK = 1;
export type Tok = string | 0 | 1 | VarRef;

export type GlobKind = 'any' | 'exact' | 'prefix' | 'glob';

export interface Glob {
  kind: GlobKind;
  /** For 'exact' the whole text, for 'prefix' the text before the final `*`. */
  literal: string;
  tokens: Tok[];
  hasVars: boolean;
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
    if (tokens.length === 1 && tokens[0] === STAR) return { kind: 'any', literal: '', tokens, hasVars };
    if (tokens.length === 0) return { kind: 'exact', literal: '', tokens, hasVars };
    if (tokens.length === 1 && typeof tokens[0] === 'string') return { kind: 'exact', literal: tokens[0], tokens, hasVars };
    if (tokens.length === 2 && typeof tokens[0] === 'string' && tokens[1] === STAR) {
      return { kind: 'prefix', literal: tokens[0], tokens, hasVars };
    }
  }
  return { kind: 'glob', literal: '', tokens, hasVars };
}

/** Core matcher over resolved tokens (strings, STAR, QMARK only). */
export function matchTokens(tokens: readonly Tok[], s: string): boolean {
  const n = tokens.length;
  const len = s.length;
  let ti = 0;
  let si = 0;
  let starTi = -1;
  let starSi = 0;
  for (;;) {
    if (ti < n) {
      const t = tokens[ti];
      if (t === STAR) {
        if (ti === n - 1) return true;
        starTi = ti;
        starSi = si;
        ti++;
        continue;
      }
      if (t === QMARK) {
        if (si < len) {
          si++;
          ti++;
          continue;
        }
      } else if (typeof t === 'string' && s.startsWith(t, si)) {
        si += t.length;
        ti++;
        continue;
      }
    } else if (si === len) return true;
    if (starTi < 0) return false;
    starSi++;
    if (starSi > len) return false;
    si = starSi;
    ti = starTi + 1;
  }
}

/**
 * Substitutes variables with their values, which are literal text (a `*` in a tag value is not a
 * wildcard). Returns null when a variable has no value: such an entry matches nothing
 * ("IAM policy elements: Variables and tags").
 */
export function resolveTokens(tokens: readonly Tok[], ctx: RequestContext): Tok[] | null {
  const out: Tok[] = [];
  for (const t of tokens) {
    if (typeof t === 'object') {
      const v = resolveVar(t, ctx);
      if (v === undefined) return null;
      if (v) out.push(v);
    } else out.push(t);
  }
  return out;
}

/** Matches `s` against a compiled glob; `ctx` is needed only when the glob has variables. */
export function matchGlob(g: Glob, s: string, ctx: RequestContext | null): boolean {
  switch (g.kind) {
    case 'any':
      return true;
    case 'exact':
      return s === g.literal;
    case 'prefix':
      return s.startsWith(g.literal);
    default: {
      if (!g.hasVars) return matchTokens(g.tokens, s);
      if (!ctx) return false;
      const r = resolveTokens(g.tokens, ctx);
      return r !== null && matchTokens(r, s);
    }
  }
}
