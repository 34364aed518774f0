import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Random upper-case base32 string, as in AWS unique ids (AIDA…, AGPA…, AKIA…). */
export function randomBase32(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += BASE32[bytes[i]! & 31];
  return out;
}

/** AWS unique-id prefixes: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html */
export type UniqueIdPrefix = 'AIDA' | 'AGPA' | 'AROA' | 'ANPA' | 'AKIA' | 'ASIA';

export function uniqueId(prefix: UniqueIdPrefix): string {
  return prefix + randomBase32(17);
}

/** An opaque bearer token: 256 random bits, base64url. */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Tokens, access-key secrets and recovery codes are stored only as SHA-256 hashes. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  if (ab.length !== bb.length) {
    timingSafeEqual(ab, ab);
    return false;
  }
  return timingSafeEqual(ab, bb);
}
