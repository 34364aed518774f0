/**
 * Contexts from plain values (buildContext) and from SimulatePrincipalPolicy-style ContextEntries
 * (contextFromEntries), with the checks the simulators apply to them.
 */
import { RequestContext } from './context';
import { parseIp } from './ip-cidr';
import { parseBase64, parseBool, parseDate, parseNumber } from './typed-values';
import { ContextEntry, ContextKeyType, Finding } from './types';

export type ContextScalar = string | number | boolean | Date;
export type ContextInput = ContextScalar | readonly ContextScalar[] | null | undefined;

function scalarType(v: ContextScalar): 'STRING' | 'NUMERIC' | 'BOOLEAN' | 'DATE' {
  if (typeof v === 'number') return 'NUMERIC';
  if (typeof v === 'boolean') return 'BOOLEAN';
  if (v instanceof Date) return 'DATE';
  return 'STRING';
}

function scalarString(v: ContextScalar): string {
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/**
 * Builds a context from plain values: strings, numbers, booleans and Dates; an array makes a
 * multivalued key; null/undefined leave the key absent (e.g. aws:MultiFactorAuthPresent on a
 * long-term access key call, "AWS global condition context keys").
 */
export function buildContext(values: Record<string, ContextInput> = {}): RequestContext {
  const ctx = new RequestContext();
  for (const [key, raw] of Object.entries(values)) {
    if (raw === null || raw === undefined) continue;
    if (Array.isArray(raw)) {
      const list = raw as readonly ContextScalar[];
      const t = list.length > 0 ? scalarType(list[0]) : 'STRING';
      ctx.set(key, list.map(scalarString), true, `${t}_LIST` as ContextKeyType);
    } else {
      const v = raw as ContextScalar;
      ctx.set(key, [scalarString(v)], false, scalarType(v));
    }
  }
  return ctx;
}

const TYPES = new Set<ContextKeyType>([
  'STRING', 'STRING_LIST', 'NUMERIC', 'NUMERIC_LIST', 'BOOLEAN', 'BOOLEAN_LIST',
  'DATE', 'DATE_LIST', 'IP', 'IP_LIST', 'BINARY', 'BINARY_LIST',
]);

function valueOk(base: string, v: string): boolean {
  switch (base) {
    case 'NUMERIC':
      return parseNumber(v) !== undefined;
    case 'BOOLEAN':
      return parseBool(v) !== undefined;
    case 'DATE':
      return parseDate(v) !== undefined;
    case 'IP':
      return parseIp(v) !== undefined;
    case 'BINARY':
      return parseBase64(v) !== undefined;
    default:
      return true;
  }
}

/**
 * Builds a context from SimulatePrincipalPolicy-style ContextEntries. Bad values (a DATE that does
 * not parse, two values for a single-valued type...) are reported and the context is then null.
 */
export function contextFromEntries(entries: readonly ContextEntry[]): {
  context: RequestContext | null;
  findings: Finding[];
} {
  const findings: Finding[] = [];
  const ctx = new RequestContext();
  if (!Array.isArray(entries)) {
    return {
      context: null,
      findings: [{ severity: 'ERROR', code: 'INVALID_CONTEXT', message: 'ContextEntries must be a list.', path: '$' }],
    };
  }
  entries.forEach((e, i) => {
    const path = `$[${i}]`;
    if (!e || typeof e.contextKeyName !== 'string' || e.contextKeyName === '') {
      findings.push({ severity: 'ERROR', code: 'INVALID_CONTEXT_KEY', message: 'ContextKeyName is required.', path });
      return;
    }
    if (!TYPES.has(e.contextKeyType)) {
      findings.push({
        severity: 'ERROR',
        code: 'INVALID_CONTEXT_TYPE',
        message: `Invalid ContextKeyType ${String(e.contextKeyType)} for context key ${e.contextKeyName}.`,
        path: `${path}.contextKeyType`,
      });
      return;
    }
    const values: string[] = Array.isArray(e.contextKeyValues) ? e.contextKeyValues : [];
    const multi = e.contextKeyType.endsWith('_LIST');
    const base = multi ? e.contextKeyType.slice(0, -5) : e.contextKeyType;
    if (!multi && values.length !== 1) {
      findings.push({
        severity: 'ERROR',
        code: 'INVALID_CONTEXT_VALUE',
        message: `Context key ${e.contextKeyName} of type ${e.contextKeyType} takes exactly one value.`,
        path: `${path}.contextKeyValues`,
      });
      return;
    }
    let ok = true;
    values.forEach((v, j) => {
      if (typeof v !== 'string' || !valueOk(base, v)) {
        ok = false;
        findings.push({
          severity: 'ERROR',
          code: 'INVALID_CONTEXT_VALUE',
          message: `Invalid value ${JSON.stringify(v)} for context key ${e.contextKeyName} of type ${e.contextKeyType}.`,
          path: `${path}.contextKeyValues[${j}]`,
        });
      }
    });
    if (!ok) return;
    if (ctx.has(e.contextKeyName)) {
      findings.push({
        severity: 'WARNING',
        code: 'DUPLICATE_CONTEXT_KEY',
        message: `Context key ${e.contextKeyName} is given more than once; the last entry wins.`,
        path,
      });
    }
    // Booleans compare by their string form "true"/"false" (Bool operator).
    const norm = base === 'BOOLEAN' ? values.map((v) => v.toLowerCase()) : values;
    ctx.set(e.contextKeyName, norm, multi, e.contextKeyType);
  });
  return { context: findings.some((f) => f.severity === 'ERROR') ? null : ctx, findings };
}

