import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CryptoPlugin } from '@otplib/core';
import { generate } from '@otplib/totp';

/**
 * otplib's TOTP (RFC 6238) with node:crypto for the HMAC: otplib's default plugins are ESM-only
 * packages that a CommonJS runtime (ts-node, jest) cannot load.
 */
const nodeCrypto: CryptoPlugin = {
  name: 'node-crypto',
  algorithms: ['sha1'],
  hmac: (algorithm, key, data) => new Uint8Array(createHmac(algorithm, key).update(data).digest()),
  randomBytes: (length) => new Uint8Array(randomBytes(length)),
  constantTimeEqual: (a, b) => {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  },
};

/** RFC 4648 base32, as `base32StringSeed` and the otpauth URI's `secret` carry the seed. */
function base32Decode(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text.toUpperCase().replace(/[=\s]/g, '')) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error('The TOTP seed is not base32');
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** The current code: SHA-1, 6 digits, 30 seconds (what the service and authenticator apps use). */
export function totpCode(seedBase32: string, nowMs = Date.now()): Promise<string> {
  return generate({ secret: base32Decode(seedBase32), epoch: Math.floor(nowMs / 1000), digits: 6, period: 30, algorithm: 'sha1', crypto: nodeCrypto });
}
