/**
 * The request context: condition keys → typed values, single or multivalued.
 * Key names are case-insensitive, tag-key part included ("IAM JSON policy elements: Condition":
 * `aws:PrincipalTag/Team` = `aws:principaltag/team`), so keys are stored lowercased.
 * Values are kept as strings (IAM compares by string form) with typed forms parsed lazily once per
 * context, so a value used by many statements is parsed at most once per request.
 */
import { splitArn } from './arn-split';
import { IpAddr, parseIp } from './ip-cidr';
import { isoString, parseBase64, parseBool, parseDate, parseNumber } from './typed-values';
import { ContextEntry, ContextKeyType, Finding } from './types';

const LOWER_KEYS = new Map<string, string>();
const LOWER_KEYS_MAX = 4096;

/**
 * The lowercase form of a key name, from a bounded cache: the same few dozen key names come back
 * request after request, and the compiler takes its keys from here too, so the context's map and
 * the policies' lookups hold one string object per key (an identity compare in Map#get).
 */
export function lowerKey(key: string): string {
  let l = LOWER_KEYS.get(key);
  if (l === undefined) {
    l = key.toLowerCase();
    if (LOWER_KEYS.size >= LOWER_KEYS_MAX) LOWER_KEYS.clear();
    LOWER_KEYS.set(key, l);
  }
  return l;
}

export class ContextValue {
  private _lower?: string[];
  private _num?: (number | undefined)[];
  private _date?: (number | undefined)[];
  private _ip?: (IpAddr | undefined)[];
  private _bin?: (string | undefined)[];
  private _arn?: string[][];

  constructor(
    /** The key as the caller spelled it. */
    readonly name: string,
    readonly values: readonly string[],
    /** True for _LIST types and arrays: a multivalued key (POLICY-SEMANTICS §6). */
    readonly multi: boolean,
    readonly type: ContextKeyType | null,
  ) {}

  lower(): string[] {
    return (this._lower ??= this.values.map((v) => v.toLowerCase()));
  }
  numbers(): (number | undefined)[] {
    return (this._num ??= this.values.map(parseNumber));
  }
  dates(): (number | undefined)[] {
    return (this._date ??= this.values.map(parseDate));
  }
  /** For a value made from an instant: its parsed form is known (parseDate(isoString(ms)) === ms). */
  primeDate(ms: number): this {
    this._date = [ms];
    return this;
  }
  ips(): (IpAddr | undefined)[] {
    // A simulator may pass a CIDR-looking host ("10.0.0.1/32"); take the address part.
    return (this._ip ??= this.values.map((v) => parseIp(v.includes('/') && v.endsWith('/32') ? v.slice(0, -3) : v)));
  }
  binaries(): (string | undefined)[] {
    return (this._bin ??= this.values.map(parseBase64));
  }
  arns(): string[][] {
    return (this._arn ??= this.values.map(splitArn));
  }
}

/**
 * Up to this many keys a context is two short arrays searched linearly (keys come from lowerKey, so
 * a hit is mostly an identity compare): building a Map costs more than a whole decision's lookups.
 * Past it, a Map, so that large simulator contexts stay linear.
 */
const SMALL_CONTEXT = 24;

export class RequestContext {
  private lowers: string[] = [];
  private vals: ContextValue[] = [];
  private map: Map<string, ContextValue> | null = null;

  /** Looks a key up; `lowerKey` must already be lowercased. */
  get(lowerKey: string): ContextValue | undefined {
    if (this.map !== null) return this.map.get(lowerKey);
    const ls = this.lowers;
    for (let i = 0; i < ls.length; i++) if (ls[i] === lowerKey) return this.vals[i];
    return undefined;
  }
  has(key: string): boolean {
    return this.get(lowerKey(key)) !== undefined;
  }
  /** Looks a key up in any case. */
  lookup(key: string): ContextValue | undefined {
    return this.get(lowerKey(key));
  }
  set(key: string, values: readonly string[], multi: boolean, type: ContextKeyType | null = null): this {
    this.put(lowerKey(key), new ContextValue(key, values, multi, type));
    return this;
  }
  /**
   * `set` for a key whose lowercase form the caller keeps (`lower` must be `lowerKey(key)`): a
   * context builder setting the same keys on every request skips the lowercasing lookups.
   */
  setLowered(lower: string, key: string, values: readonly string[], multi: boolean, type: ContextKeyType | null): this {
    this.put(lower, new ContextValue(key, values, multi, type));
    return this;
  }
  /** A single DATE value from an instant in milliseconds (aws:CurrentTime…), parsed already. */
  setDate(key: string, ms: number, lower: string = lowerKey(key)): this {
    const v = new ContextValue(key, [isoString(ms)], false, 'DATE');
    if (Number.isInteger(ms)) v.primeDate(ms);
    this.put(lower, v);
    return this;
  }
  /** Map semantics: a key set again keeps its place in `keys()`. */
  private put(lower: string, v: ContextValue): void {
    if (this.map !== null) {
      this.map.set(lower, v);
      return;
    }
    const ls = this.lowers;
    for (let i = 0; i < ls.length; i++) {
      if (ls[i] === lower) {
        this.vals[i] = v;
        return;
      }
    }
    if (ls.length < SMALL_CONTEXT) {
      ls.push(lower);
      this.vals.push(v);
      return;
    }
    const m = new Map<string, ContextValue>();
    for (let i = 0; i < ls.length; i++) m.set(ls[i], this.vals[i]);
    m.set(lower, v);
    this.map = m;
    this.lowers = [];
    this.vals = [];
  }
  delete(key: string): this {
    const lower = lowerKey(key);
    if (this.map !== null) this.map.delete(lower);
    else {
      const i = this.lowers.indexOf(lower);
      if (i >= 0) {
        this.lowers.splice(i, 1);
        this.vals.splice(i, 1);
      }
    }
    return this;
  }
  keys(): string[] {
    return (this.map !== null ? [...this.map.values()] : this.vals).map((v) => v.name);
  }
  get size(): number {
    return this.map !== null ? this.map.size : this.lowers.length;
  }
  /** A copy, to derive a context without touching the original. */
  clone(): RequestContext {
    const c = new RequestContext();
    c.lowers = this.lowers.slice();
    c.vals = this.vals.slice();
    c.map = this.map !== null ? new Map(this.map) : null;
    return c;
  }
}

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

