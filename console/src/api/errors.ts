/**
 * How the API's errors read to a person (API.md, "Errors"). Pure functions of the error's code
 * and extensions, so that they are unit-tested in `npm test` (test/unit/console-errors.test.ts).
 */
export interface ApiErrorShape {
  readonly code: string;
  readonly message: string;
  readonly retryAfterSeconds?: number;
  readonly reasons?: readonly string[];
}

/** One sentence for the person, from the error's code; AWS's own message where it is the clearest. */
export function describeError(e: ApiErrorShape, now: Date = new Date()): string {
  switch (e.code) {
    case 'TOO_MANY_ATTEMPTS':
      return tooManyAttempts(e.retryAfterSeconds, now);
    case 'INVALID_CREDENTIALS':
      return 'The user name or password is incorrect, or the sign-in expired. Check them and try again.';
    case 'INVALID_AUTHENTICATION_CODE':
      return 'That code is not valid. Enter the current code from your authenticator app, or an unused recovery code.';
    case 'PASSWORD_POLICY_VIOLATION':
      return e.reasons && e.reasons.length > 0 ? `The new password ${joinReasons(e.reasons)}.` : e.message;
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again.';
    case 'NETWORK':
      return 'The server could not be reached. Check your connection and try again.';
    default:
      // ACCESS_DENIED carries AWS's message (who, which action, which resource, why): show it as it is.
      return e.message;
  }
}

/** "Too many attempts. Try again in 2 minutes (at 14:05:09)." */
export function tooManyAttempts(retryAfterSeconds: number | undefined, now: Date = new Date()): string {
  if (retryAfterSeconds === undefined || !Number.isFinite(retryAfterSeconds)) return 'Too many attempts. Try again later.';
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const at = new Date(now.getTime() + seconds * 1000);
  const clock = [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
  return `Too many attempts. Try again in ${duration(seconds)} (at ${clock}).`;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

function joinReasons(reasons: readonly string[]): string {
  if (reasons.length === 1) return reasons[0];
  return `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
}

export interface PasswordRules {
  readonly minimumPasswordLength: number;
  readonly maximumPasswordLength: number;
  readonly requireSymbols: boolean;
  readonly requireNumbers: boolean;
  readonly requireUppercaseCharacters: boolean;
  readonly requireLowercaseCharacters: boolean;
  readonly passwordReusePrevention?: number | null;
}

/** The account password policy as the rules a person reads before typing. */
export function passwordRuleLines(p: PasswordRules): string[] {
  const lines = [`Between ${p.minimumPasswordLength} and ${p.maximumPasswordLength} characters`];
  if (p.requireUppercaseCharacters) lines.push('At least one uppercase letter (A–Z)');
  if (p.requireLowercaseCharacters) lines.push('At least one lowercase letter (a–z)');
  if (p.requireNumbers) lines.push('At least one number (0–9)');
  if (p.requireSymbols) lines.push("At least one symbol (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')");
  if (p.passwordReusePrevention) {
    const n = p.passwordReusePrevention;
    lines.push(n === 1 ? 'Not your previous password' : `None of your previous ${n} passwords`);
  }
  return lines;
}
