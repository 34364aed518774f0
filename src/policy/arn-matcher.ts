/**
 * ARN matching per colon-separated segment.
 * - Resource element ("IAM JSON policy elements: Resource"): case-sensitive, `*`/`?` wildcards,
 *   whole-ARN match, and policy variables only in the part after the 5th colon.
 * - ArnEquals/ArnLike ("IAM JSON policy elements: Condition operators", ARN condition operators):
 *   "each of the six colon-delimited components of the ARN is checked separately", so a `*` cannot
 *   cross a `:` there, unlike StringLike.
 * The 6th segment is everything after the 5th colon (resource ids may contain colons). A pattern
 * with fewer segments whose last segment ends in `*` lets that `*` run to the end of the ARN
 * (`arn:aws:iam::*` covers every IAM ARN).
 */
import type { RequestContext } from './context';
import { STAR } from './glob-plan';
import { parseTemplate, Template, templateKeys,TemplatePart } from './policy-variables';
import { compileGlobTemplate, Glob, matchGlob } from './wildcard';

export interface ArnPattern {
  source: string;
  any: boolean;
  segs: Glob[];
  lastStar: boolean;
  hasVars: boolean;
  /** Variable keys without default, for missing-context reports. */
  varKeys: { key: string; lower: string }[];
  /** Whole text when the pattern has no wildcard and no variable: plain equality. */
  exact: string | null;
  /** Literal text before the first wildcard or variable: every match starts with it. */
  prefix: string;
  /** `literal*` with the `*` in the 6th segment: a plain startsWith decides. */
  wholePrefix: boolean;
  /**
   * Two positions of `prefix` and their character codes (-1: none): a resource lacking either
   * cannot start with the prefix, and two inlined charCodeAt are cheaper than a startsWith call.
   * The first sits where the service name starts, where ARNs differ most.
   */
  probeA: number;
  codeA: number;
  probeB: number;
  codeB: number;
  /**
   * Character code every match ends with (-1: none): the last character of the pattern when it is
   * literal text. Each segment after the last wildcard or variable is compared whole, so a match
   * ends with that text (a pattern ending in `*` or a variable has none).
   */
  lastCode: number;
}

/** Where an ARN's resource part starts, less one: the index of its fifth colon (-1 if it has fewer). */
export function fifthColon(s: string): number {
  let idx = -1;
  for (let i = 0; i < 5; i++) {
    idx = s.indexOf(':', idx + 1);
    if (idx < 0) return -1;
  }
  return idx;
}

/**
 * @param resourceMode variables allowed only after the 5th colon (Resource/NotResource)
 * @param variables    Version is 2012-10-17
 */
export function compileArnPattern(text: string, variables: boolean, resourceMode: boolean): ArnPattern {
  let parts: TemplatePart[];
  let hasVars = false;
  const varKeys: { key: string; lower: string }[] = [];
  if (resourceMode) {
    const fc = fifthColon(text);
    const head = fc < 0 ? text : text.slice(0, fc + 1);
    const tail: Template = fc < 0 ? { parts: [], hasVars: false, text: '' } : parseTemplate(text.slice(fc + 1), variables);
    parts = [{ t: 0, s: head }, ...tail.parts];
    hasVars = tail.hasVars;
    templateKeys(tail, varKeys);
  } else {
    const tpl = parseTemplate(text, variables);
    parts = tpl.parts;
    hasVars = tpl.hasVars;
    templateKeys(tpl, varKeys);
  }
  const segParts: TemplatePart[][] = [[]];
  for (const p of parts) {
    if (p.t !== 0) {
      segParts[segParts.length - 1].push(p);
      continue;
    }
    let rest = p.s;
    while (segParts.length < 6) {
      const c = rest.indexOf(':');
      if (c < 0) break;
      if (c > 0) segParts[segParts.length - 1].push({ t: 0, s: rest.slice(0, c) });
      segParts.push([]);
      rest = rest.slice(c + 1);
    }
    if (rest) segParts[segParts.length - 1].push({ t: 0, s: rest });
  }
  const segs = segParts.map((sp) =>
    compileGlobTemplate({ parts: sp, hasVars: sp.some((x) => x.t === 2), text: '' }),
  );
  const last = segs[segs.length - 1];
  const lastStar = last.kind === 'any' || last.kind === 'prefix' || last.tokens[last.tokens.length - 1] === STAR;
  let prefix = '';
  let open = false; // a wildcard or variable was met
  let trailingStarOnly = false;
  for (let i = 0; i < parts.length && !open; i++) {
    const p = parts[i];
    if (p.t === 2) open = true;
    else if (p.t === 1) prefix += p.s;
    else {
      const w = p.s.search(/[*?]/);
      if (w < 0) prefix += p.s;
      else {
        prefix += p.s.slice(0, w);
        open = true;
        trailingStarOnly = i === parts.length - 1 && /^\*+$/.test(p.s.slice(w));
      }
    }
  }
  let colons = 0;
  for (const ch of prefix) if (ch === ':') colons++;
  const probeA = prefix.length === 0 ? -1 : Math.min(8, prefix.length - 1);
  const lastPart = parts[parts.length - 1];
  const lastText = lastPart !== undefined && lastPart.t === 0 ? lastPart.s : '';
  const lastChar = lastText.length > 0 ? lastText.charCodeAt(lastText.length - 1) : -1;
  const probeB = prefix.length - 2 > probeA ? prefix.length - 2 : -1;
  return {
    source: text,
    any: text === '*',
    segs,
    lastStar,
    hasVars,
    varKeys,
    exact: open ? null : prefix,
    prefix,
    wholePrefix: trailingStarOnly && colons >= 5,
    probeA,
    codeA: probeA < 0 ? -1 : prefix.charCodeAt(probeA),
    probeB,
    codeB: probeB < 0 ? -1 : prefix.charCodeAt(probeB),
    lastCode: lastChar === 0x2a || lastChar === 0x3f ? -1 : lastChar,
  };
}

/** `segs` is splitArn(value) (arn-split.ts), computed once per request by the caller. */
export function matchArn(p: ArnPattern, value: string, segs: readonly string[], ctx: RequestContext | null): boolean {
  if (p.any) return true;
  if (p.exact !== null) return value === p.exact;
  if (!value.startsWith(p.prefix)) return false;
  if (p.wholePrefix) return true;
  const n = p.segs.length;
  const m = segs.length;
  if (n === m) {
    for (let i = 0; i < n; i++) if (!matchGlob(p.segs[i], segs[i], ctx)) return false;
    return true;
  }
  if (n < m && p.lastStar) {
    for (let i = 0; i < n - 1; i++) if (!matchGlob(p.segs[i], segs[i], ctx)) return false;
    let off = 0;
    for (let i = 0; i < n - 1; i++) off += segs[i].length + 1;
    return matchGlob(p.segs[n - 1], value.slice(off), ctx);
  }
  return false;
}
