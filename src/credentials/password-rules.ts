import { Errors } from '../kernel/errors';

/**
 * The rules a new password must meet (NIST SP 800-63B §5.1.1.2 and AWS's account password policy).
 * NIST defaults: at least 12 characters here (NIST's floor is 8), up to 128 counted as Unicode
 * code points, never truncated, no composition rules unless the policy asks for them, and never
 * a known-breached or common password. Every violated rule is given as a reason.
 */
export interface PasswordRules {
  minimumPasswordLength: number;
  maximumPasswordLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
}

export const NIST_DEFAULT_RULES: PasswordRules = {
  minimumPasswordLength: 12,
  maximumPasswordLength: 128,
  requireSymbols: false,
  requireNumbers: false,
  requireUppercaseCharacters: false,
  requireLowercaseCharacters: false,
};

let commonPasswords: Set<string> | null = null;

/** 49,233 common and breached passwords (zxcvbn-ts's list, from breach corpora), lower-cased. */
function commonPasswordSet(): Set<string> {
  if (!commonPasswords) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const list = require('@zxcvbn-ts/language-common').dictionary['passwords-common'] as string[];
    commonPasswords = new Set(list.map((p) => p.toLowerCase()));
  }
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswordSet().has(password.toLowerCase());
}

/** AWS's symbol set for RequireSymbols. */
const SYMBOLS = /[!@#$%^&*()_+\-=[\]{}|']/;

export function passwordViolations(password: string, rules: PasswordRules, context: { userName?: string } = {}): string[] {
  const reasons: string[] = [];
  const length = [...password].length;
  if (length < rules.minimumPasswordLength) reasons.push(`must be at least ${rules.minimumPasswordLength} characters`);
  if (length > rules.maximumPasswordLength) reasons.push(`must be at most ${rules.maximumPasswordLength} characters`);
  if (rules.requireSymbols && !SYMBOLS.test(password)) reasons.push("must contain a symbol (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')");
  if (rules.requireNumbers && !/[0-9]/.test(password)) reasons.push('must contain a number');
  if (rules.requireUppercaseCharacters && !/[A-Z]/.test(password)) reasons.push('must contain an uppercase letter (A-Z)');
  if (rules.requireLowercaseCharacters && !/[a-z]/.test(password)) reasons.push('must contain a lowercase letter (a-z)');
  if (isCommonPassword(password)) reasons.push('is a commonly used or breached password');
  // NIST: context-specific words such as the user name.
  if (context.userName && context.userName.length >= 3 && password.toLowerCase() === context.userName.toLowerCase()) {
    reasons.push('must not be the user name');
  }
  return reasons;
}

export function assertPasswordAcceptable(password: string, rules: PasswordRules = NIST_DEFAULT_RULES, context: { userName?: string } = {}): void {
  const reasons = passwordViolations(password, rules, context);
  if (reasons.length > 0) {
    throw Errors.passwordPolicy(`Password does not conform to the account password policy: it ${reasons.join('; ')}.`, reasons);
  }
}
