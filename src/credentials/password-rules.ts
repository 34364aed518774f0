import { Errors } from '../common/errors';

/**
 * Checks a new password. NIST SP 800-63B §5.1.1.2: at least the configured length (default 12),
 * up to 128, no truncation, no composition rules unless configured. The credentials issue extends
 * this with the account password policy and the breached-password list.
 */
export function assertPasswordAcceptable(password: string, minimumLength = 12, maximumLength = 128): void {
  const reasons: string[] = [];
  const length = [...password].length;
  if (length < minimumLength) reasons.push(`must be at least ${minimumLength} characters`);
  if (length > maximumLength) reasons.push(`must be at most ${maximumLength} characters`);
  if (reasons.length > 0) {
    throw Errors.passwordPolicy(`Password does not conform to the account password policy: ${reasons.join('; ')}.`, reasons);
  }
}
