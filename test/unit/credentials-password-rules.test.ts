import { dictionary } from '@zxcvbn-ts/language-common';
import { isCommonPassword, NIST_DEFAULT_RULES, passwordViolations } from '../../src/credentials/password-rules';
import { RecoveryCodeService } from '../../src/mfa/recovery-code.service';

describe('password rules (NIST SP 800-63B defaults)', () => {
  test('at least 12 and at most 128 characters, counted as characters, never truncated', () => {
    expect(passwordViolations('short pass', NIST_DEFAULT_RULES)).toEqual(['must be at least 12 characters']);
    expect(passwordViolations('ü'.repeat(12) + 'x', NIST_DEFAULT_RULES)).toEqual([]);
    expect(passwordViolations('a-long-random-Q'.repeat(9), NIST_DEFAULT_RULES)).toEqual(['must be at most 128 characters']);
  });

  test('no composition rules by default; each configured rule gives its reason', () => {
    expect(passwordViolations('correct horse battery staple', NIST_DEFAULT_RULES)).toEqual([]);
    const strict = { ...NIST_DEFAULT_RULES, requireSymbols: true, requireNumbers: true, requireUppercaseCharacters: true, requireLowercaseCharacters: true };
    expect(passwordViolations('correct horse battery staple', strict)).toEqual([
      "must contain a symbol (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')",
      'must contain a number',
      'must contain an uppercase letter (A-Z)',
    ]);
  });

  test('the common-password list is large and checked case-insensitively', () => {
    const list = dictionary['passwords-common'] as string[];
    expect(list.length).toBeGreaterThanOrEqual(10_000);
    expect(isCommonPassword('PASSWORD1234')).toBe(true);
    expect(passwordViolations('qwerty123456', NIST_DEFAULT_RULES)).toContain('is a commonly used or breached password');
  });

  test('recovery codes are typed loosely: case, dashes and spaces do not matter', () => {
    expect(RecoveryCodeService.normalize('ABCDE-fghjk')).toBe('abcdefghjk');
    expect(RecoveryCodeService.looksLikeRecoveryCode(' abcde fghjk ')).toBe(true);
    expect(RecoveryCodeService.looksLikeRecoveryCode('123456')).toBe(false);
  });
});
