import { generate, verify } from '@otplib/totp';
import { base32Encode, nodeCryptoPlugin } from './node-crypto-plugin';
import type { SeedPlaintext } from './seed-cipher';

/**
 * TOTP as authenticator apps read it (RFC 6238 over RFC 4226): HMAC-SHA1, 6 digits, 30-second
 * steps from T0 = 0. Other parameters break older Google Authenticator installs.
 */
export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;

export function seedToBase32(seed: SeedPlaintext): string {
  return base32Encode(seed);
}

/** The RFC 6238 time step T = floor((now - T0) / X). */
export function timeStepAt(epochSeconds: number): number {
  return Math.floor(epochSeconds / TOTP_PERIOD);
}

export function totpCode(seed: Uint8Array, step: number): Promise<string> {
  return generate({ secret: seed, epoch: step * TOTP_PERIOD, period: TOTP_PERIOD, digits: TOTP_DIGITS, algorithm: 'sha1', crypto: nodeCryptoPlugin });
}

/**
 * The time step a code belongs to, searching `window` steps either side of `centerStep`
 * (RFC 6238 §5.2: at most one step of skew at sign-in); null when it matches none.
 * The caller stores the step and refuses it ever after (RFC 6238 §5.2, "MUST NOT accept the
 * second attempt of the same OTP"), by a guarded UPDATE.
 */
export async function matchTotpStep(seed: Uint8Array, code: string, centerStep: number, window = 1): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret: seed,
    token: code,
    epoch: centerStep * TOTP_PERIOD,
    epochTolerance: window * TOTP_PERIOD,
    period: TOTP_PERIOD,
    digits: TOTP_DIGITS,
    algorithm: 'sha1',
    crypto: nodeCryptoPlugin,
  });
  return result.valid ? (result as { timeStep: number }).timeStep : null;
}

/**
 * otpauth://totp/ISSUER:LABEL?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30, Google's Key
 * Uri Format, with every parameter spelled out so that any authenticator app reads it the same.
 */
export function otpauthUri(issuer: string, accountName: string, seed: SeedPlaintext): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const params = new URLSearchParams({
    secret: seedToBase32(seed),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD),
  });
  return `otpauth://totp/${label}?${params.toString().replace(/\+/g, '%20')}`;
}
