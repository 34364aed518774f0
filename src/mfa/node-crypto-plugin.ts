import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CryptoPlugin } from '@otplib/core';

/**
 * otplib's crypto through node:crypto (HMAC-SHA1/256/512). otplib's default plugins are ESM-only
 * packages (@noble, @scure) that the CommonJS test runtime cannot load; this one has no dependency.
 */
export const nodeCryptoPlugin: CryptoPlugin = {
  name: 'node-crypto',
  algorithms: ['sha1', 'sha256', 'sha512'],
  hmac: (algorithm, key, data) => new Uint8Array(createHmac(algorithm, key).update(data).digest()),
  randomBytes: (length) => new Uint8Array(randomBytes(length)),
  constantTimeEqual: (a, b) => {
    const ab = Buffer.from(typeof a === 'string' ? Buffer.from(a, 'utf8') : a);
    const bb = Buffer.from(typeof b === 'string' ? Buffer.from(b, 'utf8') : b);
    return ab.length === bb.length && timingSafeEqual(ab, bb);
  },
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, as authenticator apps expect the seed. */
export function base32Encode(data: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/=+$/, '').replace(/\s/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const i = ALPHABET.indexOf(ch);
    if (i < 0) throw new Error('invalid base32');
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}
