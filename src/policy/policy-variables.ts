/**
 * Policy variables ("IAM policy elements: Variables and tags"). A template string is pre-split at
 * compile time into literal text, escaped characters and variable references, so evaluation only
 * looks values up. Rules implemented here:
 *  - `${key}` and `${key, 'default'}` (comma, space, single quotes); the default applies only when
 *    the key is missing from the request context.
 *  - key names are case-insensitive (we store them lowercased), multivalued keys cannot be variables.
 *  - `${*}`, `${?}`, `${$}` are a literal `*`, `?`, `$` wherever variables are allowed.
 *  - Variables only exist under Version 2012-10-17 ("IAM JSON policy elements: Version"): under
 *    2008-10-17 or without Version the text is literal; callers pass `enabled = false` then.
 */
import { lowerKey, type RequestContext } from './context';
import { charge } from './work-meter';

export interface VarRef {
  t: 2;
  /** Key as written, for reports. */
  key: string;
  lower: string;
  fallback?: string;
}
/** t 0: text where `*`/`?` may act as wildcards; t 1: an escaped literal character. */
export type TemplatePart = { t: 0; s: string } | { t: 1; s: string } | VarRef;

export interface Template {
  parts: TemplatePart[];
  hasVars: boolean;
  /** Concatenated text when there are no variables (escapes resolved). */
  text: string;
}

const VAR_BODY = /^\s*([^\s,'}]+)\s*(?:,\s*'([^']*)'\s*)?$/;

/**
 * Longest text between `${` and `}` read as a variable: a context key has at most 256 characters
 * (SimulatePrincipalPolicy's ContextKeyName) and a default value is a tag value or similar (at
 * most 256). Longer text stays literal, so that each `${` costs a bounded amount of work.
 */
const MAX_VARIABLE_BODY = 1024;

/** Splits `text` into parts. With `enabled` false the whole text is one literal part. O(n). */
export function parseTemplate(text: string, enabled: boolean): Template {
  if (!enabled || text.indexOf('${') < 0) {
    return { parts: [{ t: 0, s: text }], hasVars: false, text };
  }
  const parts: TemplatePart[] = [];
  let hasVars = false;
  let lit = '';
  let i = 0;
  // The next `}`, kept between iterations: `${ ${ ${ … }` would otherwise search for it again
  // from every `${` and make the split quadratic.
  let close = -1;
  while (i < text.length) {
    const start = text.indexOf('${', i);
    if (start < 0) {
      lit += text.slice(i);
      break;
    }
    if (close < start + 2) close = text.indexOf('}', start + 2);
    const end = close;
    if (end < 0) {
      lit += text.slice(i);
      break;
    }
    lit += text.slice(i, start);
    const body = end - start - 2 > MAX_VARIABLE_BODY ? '' : text.slice(start + 2, end);
    charge(body.length + 1);
    if (body === '*' || body === '?' || body === '$') {
      if (lit) parts.push({ t: 0, s: lit });
      lit = '';
      parts.push({ t: 1, s: body });
      i = end + 1;
      continue;
    }
    const m = VAR_BODY.exec(body);
    if (m && m[1].includes(':')) {
      if (lit) parts.push({ t: 0, s: lit });
      lit = '';
      const ref: VarRef = { t: 2, key: m[1], lower: lowerKey(m[1]) };
      if (m[2] !== undefined) ref.fallback = m[2];
      parts.push(ref);
      hasVars = true;
      i = end + 1;
      continue;
    }
    // Not a variable: keep `${` literally and go on after it.
    lit += '${';
    i = start + 2;
  }
  if (lit) parts.push({ t: 0, s: lit });
  let joined = '';
  if (!hasVars) for (const p of parts) joined += (p as { s: string }).s;
  return { parts, hasVars, text: joined };
}

/** Value of a variable, or undefined when it has none (missing key, no default, or multivalued). */
export function resolveVar(ref: VarRef, ctx: RequestContext): string | undefined {
  const v = ctx.get(ref.lower);
  if (v === undefined || v.values.length === 0) return ref.fallback;
  if (v.multi) return undefined;
  return v.values[0];
}

/** Resolves a template to plain text; undefined when a variable has no value. */
export function resolveTemplate(tpl: Template, ctx: RequestContext): string | undefined {
  if (!tpl.hasVars) return tpl.text;
  let out = '';
  for (const p of tpl.parts) {
    if (p.t === 2) {
      const v = resolveVar(p, ctx);
      if (v === undefined) return undefined;
      out += v;
    } else out += p.s;
  }
  // A value can be much longer than the variable that names it.
  charge(out.length);
  return out;
}

/** Keys referenced by the variables of a template (without a default), for missing-value reports. */
export function templateKeys(tpl: Template, into: { key: string; lower: string }[]): void {
  if (!tpl.hasVars) return;
  for (const p of tpl.parts) if (p.t === 2 && p.fallback === undefined) into.push({ key: p.key, lower: p.lower });
}
