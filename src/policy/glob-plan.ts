/**
 * The matching plan of a `*` / `?` pattern whose variables are resolved, and its matcher.
 *
 * Patterns are compiled once into segments (the text between two `*`), and matching never
 * backtracks, so its cost is linear in the input:
 *  - the segment before the first `*` must sit at the start and the one after the last `*` at the
 *    end: one comparison each, O(m);
 *  - each segment in between is searched leftmost from where the previous one ended. Taking the
 *    leftmost occurrence is always right: a later one only leaves less text for the rest, and `*`
 *    absorbs whatever lies between. Every search starts where the last one stopped, so the text is
 *    scanned once in all.
 *  - A literal segment is found with `indexOf` when it has at most SHORT_NEEDLE characters (any
 *    implementation of it costs at most SHORT_NEEDLE comparisons per text character, so this is
 *    linear whatever the engine does) and with Knuth–Morris–Pratt when longer (at most 2 steps per
 *    text character). `?` at the edges of a segment only shifts it (`*??ab*` is `ab` found two
 *    characters on); a segment with a `?` inside (`*a?b*`) is found with the Shift-And automaton,
 *    ⌈L/32⌉ word operations per text character for a segment of L characters.
 * Total: O(n + m) for every pattern without a `?` between two literal characters of a middle
 * segment, and O(n·⌈L/32⌉ + m) otherwise (L ≤ m; a single machine word up to 32 characters), where
 * n is the text length and m the pattern length. The classic two-pointer matcher that restarts
 * after the last `*` is O(n·m): `a*a*a*…b` against `aaaa…` made it quadratic.
 *
 * The work is charged to the work meter in that cost model (one step per character compared or
 * scanned), so tests can check the bound without timing anything and the simulators can cap it.
 */
import type { VarRef } from './policy-variables';
import { charge } from './work-meter';

export const STAR = 0;
export const QMARK = 1;
/** A pattern token: literal text, `*`, `?`, or a variable (resolved before planning). */
export type Tok = string | 0 | 1 | VarRef;

/** A run of pattern characters without `*`; `wild[i]` is 1 where the pattern has `?`. */
interface Segment {
  text: string;
  wild: Uint8Array | null;
}

/** A middle segment prepared for searching: `lead` and `trail` are its edge `?`s. */
interface MiddleSegment {
  length: number;
  lead: number;
  trail: number;
  core: string;
  /** Set when the core has a `?` inside: Shift-And masks. */
  shiftAnd: ShiftAnd | null;
  /** Set when the core is a literal longer than SHORT_NEEDLE: the KMP failure table. */
  kmp: Int32Array | null;
}

interface ShiftAnd {
  words: number;
  /** Bit j of word ⌊j/32⌋ set where core[j] is `?`: the mask of a character absent from the core. */
  wildMask: Int32Array;
  /** Masks of the characters below U+0100 (every character a policy can hold), `words` per character. */
  latin1: Int32Array;
  /** Masks of the other characters of the core. */
  other: Map<number, Int32Array>;
}

export interface GlobPlan {
  /** False: no `*`, the text must match `head` exactly (same length). */
  star: boolean;
  head: Segment;
  tail: Segment;
  middles: MiddleSegment[];
  /** Characters the text needs at least. */
  minLength: number;
}

const SHORT_NEEDLE = 16;

/**
 * Builds the plan of resolved tokens (strings, STAR and QMARK only): O(m), plus 256 words per 32
 * characters of a segment with an inner `?` (its Shift-And table). A pattern with variables is
 * planned per request, so the building is charged too.
 */
export function planOf(tokens: readonly Tok[]): GlobPlan {
  const segments: Segment[] = [];
  let text = '';
  let wild: number[] = [];
  let star = false;
  const close = (): void => {
    let mask: Uint8Array | null = null;
    if (wild.length > 0) {
      mask = new Uint8Array(text.length);
      for (const i of wild) mask[i] = 1;
    }
    segments.push({ text, wild: mask });
    text = '';
    wild = [];
  };
  charge(tokens.length);
  for (const t of tokens) {
    if (t === STAR) {
      close();
      star = true;
    } else if (t === QMARK) {
      wild.push(text.length);
      text += '?';
    } else if (typeof t === 'string') text += t;
  }
  close();
  const head = segments[0];
  if (!star) return { star, head, tail: head, middles: [], minLength: head.text.length };
  const tail = segments[segments.length - 1];
  const middles = segments.slice(1, -1).filter((s) => s.text.length > 0).map(prepareMiddle);
  let minLength = head.text.length + tail.text.length;
  for (const m of middles) minLength += m.length;
  return { star, head, tail, middles, minLength };
}

function prepareMiddle(s: Segment): MiddleSegment {
  const n = s.text.length;
  let lead = 0;
  let trail = 0;
  if (s.wild) {
    while (lead < n && s.wild[lead]) lead++;
    while (trail < n - lead && s.wild[n - 1 - trail]) trail++;
  }
  const core = s.text.slice(lead, n - trail);
  let inner = false;
  if (s.wild) for (let i = lead; i < n - trail; i++) if (s.wild[i]) inner = true;
  return {
    length: n,
    lead,
    trail,
    core,
    shiftAnd: inner ? shiftAndOf(core, s.wild!.subarray(lead, n - trail)) : null,
    kmp: !inner && core.length > SHORT_NEEDLE ? failureTable(core) : null,
  };
}

function failureTable(p: string): Int32Array {
  const f = new Int32Array(p.length);
  let k = 0;
  for (let i = 1; i < p.length; i++) {
    while (k > 0 && p.charCodeAt(i) !== p.charCodeAt(k)) k = f[k - 1];
    if (p.charCodeAt(i) === p.charCodeAt(k)) k++;
    f[i] = k;
  }
  return f;
}

function shiftAndOf(core: string, wild: Uint8Array): ShiftAnd {
  const words = Math.ceil(core.length / 32);
  charge(256 * words);
  const wildMask = new Int32Array(words);
  for (let j = 0; j < core.length; j++) if (wild[j]) wildMask[j >> 5] |= 1 << (j & 31);
  const latin1 = new Int32Array(256 * words);
  for (let c = 0; c < 256; c++) latin1.set(wildMask, c * words);
  const other = new Map<number, Int32Array>();
  for (let j = 0; j < core.length; j++) {
    if (wild[j]) continue;
    const c = core.charCodeAt(j);
    const bit = 1 << (j & 31);
    if (c < 256) latin1[c * words + (j >> 5)] |= bit;
    else {
      let m = other.get(c);
      if (!m) other.set(c, (m = Int32Array.from(wildMask)));
      m[j >> 5] |= bit;
    }
  }
  return { words, wildMask, latin1, other };
}

/** Does segment `g` match `s` at `pos` (which the caller knows fits)? O(|g|), charged by the caller. */
function matchAt(g: Segment, s: string, pos: number): boolean {
  const text = g.text;
  if (g.wild === null) return s.startsWith(text, pos);
  const wild = g.wild;
  for (let i = 0; i < text.length; i++) {
    if (wild[i] === 0 && s.charCodeAt(pos + i) !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** Leftmost start ≥ `from` of a literal `core`, ending at or before `end`; -1 if none. */
function findLiteral(m: MiddleSegment, s: string, from: number, end: number): number {
  const core = m.core;
  const k = core.length;
  if (m.kmp === null) {
    const at = s.indexOf(core, from);
    charge(((at < 0 ? s.length : at + k) - from) * k);
    return at >= 0 && at + k <= end ? at : -1;
  }
  const f = m.kmp;
  let q = 0;
  let steps = 0;
  let at = -1;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    // Each fallback undoes one earlier advance of q, so there are at most as many as text steps.
    while (q > 0 && core.charCodeAt(q) !== c) {
      q = f[q - 1];
      steps++;
    }
    steps++;
    if (core.charCodeAt(q) === c && ++q === k) {
      at = i - k + 1;
      break;
    }
  }
  charge(steps);
  return at;
}

/** Leftmost start ≥ `from` of a core with inner `?`s (Shift-And), ending at or before `end`. */
function findWild(m: MiddleSegment, s: string, from: number, end: number): number {
  const sa = m.shiftAnd!;
  const k = m.core.length;
  const top = 1 << ((k - 1) & 31);
  const latin1 = sa.latin1;
  if (sa.words === 1) {
    const wild = sa.wildMask[0];
    let d = 0;
    for (let i = from; i < end; i++) {
      const c = s.charCodeAt(i);
      d = ((d << 1) | 1) & (c < 256 ? latin1[c] : (sa.other.get(c)?.[0] ?? wild));
      if (d & top) {
        charge(i + 1 - from);
        return i - k + 1;
      }
    }
    charge(end - from);
    return -1;
  }
  const w = sa.words;
  const d = new Int32Array(w);
  for (let i = from; i < end; i++) {
    // Charged per character: a long scan must be able to stop at the limit.
    charge(w);
    const c = s.charCodeAt(i);
    const mask = c < 256 ? latin1 : (sa.other.get(c) ?? sa.wildMask);
    const base = c < 256 ? c * w : 0;
    let carry = 1;
    for (let j = 0; j < w; j++) {
      const old = d[j];
      d[j] = ((old << 1) | carry) & mask[base + j];
      carry = old >>> 31;
    }
    if (d[w - 1] & top) return i - k + 1;
  }
  return -1;
}

/** Matches `s` against a plan; never backtracks (see the file comment). */
export function matchPlan(p: GlobPlan, s: string): boolean {
  const n = s.length;
  if (!p.star) {
    charge(p.minLength);
    return n === p.minLength && matchAt(p.head, s, 0);
  }
  if (n < p.minLength) return false;
  charge(p.head.text.length + p.tail.text.length);
  if (!matchAt(p.head, s, 0)) return false;
  const end = n - p.tail.text.length;
  if (!matchAt(p.tail, s, end)) return false;
  let i = p.head.text.length;
  const mids = p.middles;
  for (let j = 0; j < mids.length; j++) {
    const m = mids[j];
    const from = i + m.lead;
    const stop = end - m.trail;
    let at: number;
    if (m.core.length === 0) at = from;
    else if (m.shiftAnd === null) at = findLiteral(m, s, from, stop);
    else at = findWild(m, s, from, stop);
    if (at < 0 || at + m.core.length > stop) return false;
    i = at + m.core.length + m.trail;
  }
  return true;
}
