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

/** Epoch seconds; AWS accepts up to 2^63 - 1 (moto: "9223372036854775808" fails legacy parsing). */
const EPOCH = /^(\d+)(?:\.\d+)?$/;
const MAX_EPOCH = '9223372036854775807';

/** Whether the integer part of an epoch value is at most 2^63 - 1 (compared as digits: a double cannot tell). */
function epochInRange(digits: string): boolean {
  const d = digits.replace(/^0+(?=\d)/, '');
  return d.length < MAX_EPOCH.length || (d.length === MAX_EPOCH.length && d <= MAX_EPOCH);
}
/**
 * ISO-8601 as IAM reads it: the W3C profile the docs name ("IAM JSON policy elements: Condition
 * operators", date condition operators), and the shorter forms AWS also accepts (moto's documents
 * recorded against AWS: "01T", "2016-12-13t2:00:00.593194+23", "-292275054"): a year of up to nine
 * digits with an optional sign, optional month and day of one or two digits, an optional time of
 * one-or-two-digit fields after `T`, `t` or a space, up to nine fraction digits, and `Z` or ±hh[:mm].
 */
const ISO =
  /^(-?\d{1,9})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[Tt ](?:(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?)?)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
/** Java's millisecond range, which bounds the years AWS accepts (moto: -292275054 to 292278993). */
const MIN_YEAR = -292275054;
const MAX_YEAR = 292278993;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar, for any year (H. Hinnant). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Returns the instant in milliseconds since the epoch (a double: exact for every date people
 * write, ordered for the extreme years). Epoch values are **seconds**: AWS's aws:EpochTime is in
 * seconds, and mixing them with JavaScript milliseconds is a known bug of other evaluators
 * (POLICY-SEMANTICS §10). Policy values and request context values are read alike, so a value the
 * validator accepts is always one the evaluator can compare. Linear in the input (anchored
 * regular expressions without nested repetition).
 */
export function parseDate(s: string): number | undefined {
  if (typeof s !== 'string' || s.length > 64) return undefined;
  const e = EPOCH.exec(s);
  if (e) return epochInRange(e[1]) ? Number(s) * 1000 : undefined;
  const m = ISO.exec(s);
  if (!m) return undefined;
  const year = +m[1];
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const month = m[2] ? +m[2] : 1;
  const day = m[3] ? +m[3] : 1;
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) return undefined;
  if (month === 2 && day === 29 && !isLeap(year)) return undefined;
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
  const days = daysFromCivil(year, month, day);
  return ((days * 24 + hour) * 60 + minute - offsetMin) * 60000 + second * 1000 + ms;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * `new Date(ms).toISOString()` for instants from 1970 to 9999 (the request context's times), in
 * plain arithmetic: V8 formats dates in its runtime, about a microsecond a call, which is more than
 * a whole decision. Other instants go to Date. parseDate(isoString(ms)) === ms for integer ms.
 */
export function isoString(ms: number): string {
  // The same instants come back (a session's issue time; many requests within a millisecond).
  if (ms === isoCache[0]) return isoText[0];
  if (ms === isoCache[1]) return isoText[1];
  const text = formatIso(ms);
  isoCache[isoNext] = ms;
  isoText[isoNext] = text;
  isoNext ^= 1;
  return text;
}

const isoCache = [NaN, NaN];
const isoText = ['', ''];
let isoNext = 0;

function formatIso(ms: number): string {
  if (!(ms >= 0 && ms < 253402300800000) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / 86400000);
  let rem = ms - days * 86400000;
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, the inverse of daysFromCivil).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rem / 3600000);
  rem -= hour * 3600000;
  const minute = Math.floor(rem / 60000);
  rem -= minute * 60000;
  const second = Math.floor(rem / 1000);
  rem -= second * 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(rem, 3)}Z`;
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
