/**
 * Parsing of typed condition values ("IAM JSON policy elements: Condition operators"):
 * numbers (integers or decimals, compared numerically), dates (W3C ISO-8601 with `Z`/±hh:mm or a
 * date only, or epoch seconds; compared as instants), booleans and base64 for BinaryEquals.
 * Every parser returns undefined on bad input and never throws.
 */

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parseNumber(s: string): number | undefined {
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const EPOCH = /^\d{1,12}(?:\.\d+)?$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Returns the instant in milliseconds since the epoch. Epoch values are **seconds**: AWS's
 * aws:EpochTime is in seconds, and mixing them with JavaScript milliseconds is a known bug of other
 * evaluators (POLICY-SEMANTICS §10).
 */
export function parseDate(s: string): number | undefined {
  if (EPOCH.test(s)) return Number(s) * 1000;
  const m = ISO.exec(s);
  if (!m) return undefined;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) return undefined;
  const hour = m[4] ? +m[4] : 0;
  const minute = m[5] ? +m[5] : 0;
  const second = m[6] ? +m[6] : 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  let offsetMin = 0;
  const tz = m[8];
  if (tz && tz !== 'Z' && tz !== 'z') {
    const sign = tz[0] === '-' ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (oh > 23 || om > 59) return undefined;
    offsetMin = sign * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (Number.isNaN(utc)) return undefined;
  // Feb 29 in a non-leap year.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return utc - offsetMin * 60000;
}

export function parseBool(s: string): boolean | undefined {
  const l = s.toLowerCase();
  if (l === 'true') return true;
  if (l === 'false') return false;
  return undefined;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes base64 into a latin1 string (one char per byte) so byte comparison is `===`. */
export function parseBase64(s: string): string | undefined {
  if (!BASE64.test(s)) return undefined;
  return Buffer.from(s, 'base64').toString('latin1');
}
