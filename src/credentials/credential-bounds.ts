import { Errors } from '../kernel/errors';

/**
 * AWS's bounds on the credentials a request carries, checked before anything is counted, hashed
 * or looked up: input that can never be right costs nothing and is no guess.
 * Passwords: 1 to 128 characters (CreateLoginProfile, ChangePassword: OldPassword/NewPassword),
 * counted as Unicode code points as the password policy counts them. Access key ids: 16 to 128
 * (GetSessionToken's callers name one; ours are 20). TokenCode and AuthenticationCode1/2: exactly
 * six digits. A sign-in `code` is a six-digit code or a recovery code (ten characters, typed with
 * dashes or spaces): 64 is ample.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
 */
export const MAX_PASSWORD_LENGTH = 128;
const MAX_LENGTH: Record<string, number> = {
  password: MAX_PASSWORD_LENGTH,
  oldPassword: MAX_PASSWORD_LENGTH,
  newPassword: MAX_PASSWORD_LENGTH,
  accessKeyId: 128,
  secretAccessKey: 128,
  code: 64,
  // A WebAuthn response's JSON (src/mfa/webauthn-response.ts).
  webAuthnResponseJson: 16 * 1024,
  responseJson: 16 * 1024,
};
const SIX_DIGITS = new Set(['tokenCode', 'authenticationCode1', 'authenticationCode2']);

export function assertCredentialBounds(fields: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(fields)) {
    if (value == null) continue;
    const text = String(value);
    if (SIX_DIGITS.has(field)) {
      if (!/^\d{6}$/.test(text)) throw Errors.badInput(field, `Invalid ${field}: must be 6 digits`);
      continue;
    }
    const max = MAX_LENGTH[field];
    // Code points, without spreading a huge string into an array first.
    if (max !== undefined && (text.length > 2 * max || [...text].length > max)) {
      throw Errors.badInput(field, `Invalid ${field}: must be at most ${max} characters`);
    }
  }
}
