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
 * Where the keys of a context that nobody set come from: a caller's principal, origin and clock,
 * read only when a policy asks for a key (most decisions read a few of the dozen keys a caller has,
 * so building them all, with their dates and numbers formatted, cost more than the decision).
 * `resolve` must answer the same for the same key within one context (the context memoises it).
 */
export interface ContextSource {
  /** The key's value, `lowerKey` lowercased, or undefined when the source has no such key. */
  resolve(lowerKey: string): ContextValue | undefined;
  /** Every key the source has, as spelled, in a stable order. */
  names(): string[];
}

/** A key removed (`delete`) or asked for and absent from the source: no value, and not asked again. */
const ABSENT = new ContextValue('', [], false, null);

/**
 * Up to this many keys a context is two short arrays searched linearly (keys come from lowerKey, so
 * a hit is mostly an identity compare): building a Map costs more than a whole decision's lookups.
 * Past it, a Map, so that large simulator contexts stay linear.
 */
const SMALL_CONTEXT = 24;

/**
 * The keys set on the context win over its source's (the operation's keys over the caller's, as
 * AWS builds request contexts); the source's values are resolved on first use and kept.
 */
export class RequestContext {
  private lowers: string[] = [];
  private vals: ContextValue[] = [];
  private map: Map<string, ContextValue> | null = null;
  private memoLowers: string[] | null = null;
  private memoVals: ContextValue[] = [];

  constructor(private readonly source: ContextSource | null = null) {}

  /** Looks a key up; `lowerKey` must already be lowercased. */
  get(lowerKey: string): ContextValue | undefined {
    let v: ContextValue | undefined;
    if (this.map !== null) v = this.map.get(lowerKey);
    else {
      const ls = this.lowers;
      for (let i = 0; i < ls.length; i++) {
        if (ls[i] === lowerKey) {
          v = this.vals[i];
          break;
        }
      }
    }
    if (v === undefined && this.source !== null) v = this.fromSource(lowerKey);
    return v === ABSENT ? undefined : v;
  }
  /** The source's value, resolved once per context (kept apart from the keys set, which `keys()` lists in order). */
  private fromSource(lower: string): ContextValue {
    const ls = this.memoLowers;
    if (ls !== null) for (let i = 0; i < ls.length; i++) if (ls[i] === lower) return this.memoVals[i];
    const v = this.source!.resolve(lower) ?? ABSENT;
    if (ls === null || ls.length >= SMALL_CONTEXT) {
      // (Past SMALL_CONTEXT, a simulator asking for many absent keys: memory stays bounded, they are resolved again.)
      this.memoLowers = [lower];
      this.memoVals = [v];
    } else {
      ls.push(lower);
      this.memoVals.push(v);
    }
    return v;
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
    this.put(lower, dateValue(key, ms));
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
    this.put(lowerKey(key), ABSENT);
    return this;
  }
  /** The keys present, as spelled: the source's first (those not set over or deleted), then the ones set. */
  keys(): string[] {
    const own = this.map !== null ? [...this.map.entries()] : this.lowers.map((l, i): [string, ContextValue] => [l, this.vals[i]]);
    const ownLowers = new Set(own.map(([l]) => l));
    const fromSource = (this.source?.names() ?? []).filter((n) => !ownLowers.has(lowerKey(n)));
    return [...fromSource, ...own.filter(([, v]) => v !== ABSENT).map(([, v]) => v.name)];
  }
  get size(): number {
    return this.keys().length;
  }
  /** A copy, to derive a context without touching the original. */
  clone(): RequestContext {
    const c = new RequestContext(this.source);
    if (this.memoLowers !== null) {
      c.memoLowers = this.memoLowers.slice();
      c.memoVals = this.memoVals.slice();
    }
    c.lowers = this.lowers.slice();
    c.vals = this.vals.slice();
    c.map = this.map !== null ? new Map(this.map) : null;
    return c;
  }
}

/** A DATE value made from an instant, its parsed form known already (parseDate(isoString(ms)) === ms). */
export function dateValue(key: string, ms: number): ContextValue {
  const v = new ContextValue(key, [isoString(ms)], false, 'DATE');
  return Number.isInteger(ms) ? v.primeDate(ms) : v;
}
