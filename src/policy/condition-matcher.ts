/**
 * Compiled conditions and their evaluation ("IAM JSON policy elements: Condition",
 * "…: Condition operators", "Conditions with multiple context keys or values").
 *  - AND across operators and across keys of one operator (the statement checks every condition);
 *    OR across the values of one key, NOR for negated operators.
 *  - Missing key: positive → false, negated → true, IfExists → true, Null tests presence only.
 *  - ForAllValues: true when the key is missing or empty; ForAnyValue: false then.
 *  - A plain operator on a multivalued key (undocumented): positive operators need one request
 *    value to match, negated ones need every value to match none (the cautious reading).
 *  - Policy values are parsed here, once; unparseable values never match (so a negated operator
 *    treats them as "not equal"). An unknown operator makes the condition false.
 */
import { ArnPattern, compileArnPattern, matchArn } from './arn-matcher';
import { Cmp,Family, ParsedOperator, parseOperator } from './condition-operators';
import { type ContextValue, lowerKey, type RequestContext } from './context';
import { Cidr, cidrContains, parseCidr } from './ip-cidr';
import { parseTemplate, resolveTemplate, Template, templateKeys } from './policy-variables';
import { parseBase64, parseDate, parseNumber } from './typed-values';
import { compileGlobTemplate, Glob, matchGlob } from './wildcard';
import { charge } from './work-meter';

export interface CompiledCondition {
  operator: string;
  key: string;
  lower: string;
  op: ParsedOperator | undefined;
  family: Family | null;
  negated: boolean;
  cmp: Cmp;
  values: readonly string[];
  /** Parsed policy values; `undefined` entries never match. */
  parsed: unknown[];
  varKeys: { key: string; lower: string }[];
}

function compileValue(family: Family, raw: string, variables: boolean, varKeys: { key: string; lower: string }[]): unknown {
  switch (family) {
    case 'String':
    case 'Bool': {
      const t = parseTemplate(raw, variables);
      templateKeys(t, varKeys);
      if (family === 'Bool' && !t.hasVars) t.text = t.text.toLowerCase();
      return t;
    }
    case 'StringIgnoreCase': {
      const t = parseTemplate(raw, variables);
      templateKeys(t, varKeys);
      if (!t.hasVars) t.text = t.text.toLowerCase();
      return t;
    }
    case 'StringLike': {
      const t = parseTemplate(raw, variables);
      templateKeys(t, varKeys);
      return compileGlobTemplate(t);
    }
    case 'Arn': {
      const p = compileArnPattern(raw, variables, false);
      varKeys.push(...p.varKeys);
      return p;
    }
    case 'Numeric':
      return parseNumber(raw);
    case 'Date':
      return parseDate(raw);
    case 'Binary':
      return parseBase64(raw);
    case 'Ip':
      return parseCidr(raw);
    case 'Null': {
      const l = raw.toLowerCase();
      return l === 'true' ? true : l === 'false' ? false : undefined;
    }
  }
}

export function compileCondition(operator: string, key: string, values: readonly string[], variables: boolean): CompiledCondition {
  const op = parseOperator(operator);
  const varKeys: { key: string; lower: string }[] = [];
  const family = op ? op.spec.family : null;
  const allowVars = variables && !!op && op.spec.variables;
  return {
    operator,
    key,
    lower: lowerKey(key),
    op,
    family,
    negated: op ? op.spec.negated : false,
    cmp: op ? op.spec.cmp : 'eq',
    values,
    parsed: family ? values.map((v) => compileValue(family, v, allowVars, varKeys)) : [],
    varKeys,
  };
}

function compare(cmp: Cmp, a: number, b: number): boolean {
  switch (cmp) {
    case 'eq':
      return a === b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
  }
}

/** Does request value `j` of `cv` match policy value `pv`? (The un-negated comparison.) */
function base(c: CompiledCondition, pv: unknown, cv: ContextValue, j: number, ctx: RequestContext): boolean {
  if (pv === undefined) return false;
  switch (c.family) {
    case 'String': {
      const s = resolveTemplate(pv as Template, ctx);
      return s !== undefined && s === cv.values[j];
    }
    case 'StringIgnoreCase': {
      const t = pv as Template;
      const s = t.hasVars ? resolveTemplate(t, ctx)?.toLowerCase() : t.text;
      return s !== undefined && s === cv.lower()[j];
    }
    case 'Bool': {
      const t = pv as Template;
      const s = t.hasVars ? resolveTemplate(t, ctx)?.toLowerCase() : t.text;
      return s !== undefined && s === cv.lower()[j];
    }
    case 'StringLike':
      return matchGlob(pv as Glob, cv.values[j], ctx);
    case 'Arn':
      return matchArn(pv as ArnPattern, cv.values[j], cv.arns()[j], ctx);
    case 'Numeric': {
      const n = cv.numbers()[j];
      return n !== undefined && compare(c.cmp, n, pv as number);
    }
    case 'Date': {
      const d = cv.dates()[j];
      return d !== undefined && compare(c.cmp, d, pv as number);
    }
    case 'Binary':
      return cv.binaries()[j] === pv;
    case 'Ip': {
      const ip = cv.ips()[j];
      return ip !== undefined && cidrContains(pv as Cidr, ip);
    }
    default:
      return false;
  }
}

/** Request value `j` satisfies the operator: OR over policy values, NOR when negated. */
function satisfies(c: CompiledCondition, cv: ContextValue, j: number, ctx: RequestContext): boolean {
  const parsed = c.parsed;
  for (let i = 0; i < parsed.length; i++) {
    if (base(c, parsed[i], cv, j, ctx)) return !c.negated;
  }
  return c.negated;
}

export function evalCondition(c: CompiledCondition, ctx: RequestContext): boolean {
  const op = c.op;
  if (!op) return false;
  const cv = ctx.get(c.lower);
  const n = cv === undefined ? 0 : cv.values.length;
  // At most one comparison per policy value and request value.
  charge(c.parsed.length * (n || 1));
  if (c.family === 'Null') {
    // "true" = the key is absent, "false" = present; several values are OR-ed.
    for (const pv of c.parsed) if (pv !== undefined && (pv ? n === 0 : n > 0)) return true;
    return false;
  }
  if (n === 0) {
    if (op.ifExists) return true;
    if (op.set === 'all') return true;
    if (op.set === 'any') return false;
    return c.negated;
  }
  const v = cv as ContextValue;
  if (op.set === 'any') {
    for (let j = 0; j < n; j++) if (satisfies(c, v, j, ctx)) return true;
    return false;
  }
  if (op.set === 'all') {
    for (let j = 0; j < n; j++) if (!satisfies(c, v, j, ctx)) return false;
    return true;
  }
  if (c.negated) {
    for (let j = 0; j < n; j++) if (!satisfies(c, v, j, ctx)) return false;
    return true;
  }
  for (let j = 0; j < n; j++) if (satisfies(c, v, j, ctx)) return true;
  return false;
}
