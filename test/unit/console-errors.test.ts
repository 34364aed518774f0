import { describeError, passwordRuleLines, tooManyAttempts } from '../../console/src/api/errors';

/** The web console's wording of the API's errors and of the password policy (console/src/api/errors.ts). */
describe('the console says what went wrong, and what to do', () => {
  const at = new Date(2026, 11, 4, 14, 3, 9);

  test('TOO_MANY_ATTEMPTS says how long to wait and until when', () => {
    expect(tooManyAttempts(42, at)).toBe('Too many attempts. Try again in 42 seconds (at 14:03:51).');
    expect(tooManyAttempts(1, at)).toBe('Too many attempts. Try again in 1 second (at 14:03:10).');
    expect(tooManyAttempts(120, at)).toBe('Too many attempts. Try again in 2 minutes (at 14:05:09).');
    expect(tooManyAttempts(7200, at)).toBe('Too many attempts. Try again in 2 hours (at 16:03:09).');
    expect(tooManyAttempts(undefined, at)).toBe('Too many attempts. Try again later.');
    expect(describeError({ code: 'TOO_MANY_ATTEMPTS', message: 'x', retryAfterSeconds: 30 }, at)).toMatch(/30 seconds \(at 14:03:39\)/);
  });

  test("a refused password lists the policy's reasons; ACCESS_DENIED keeps AWS's message", () => {
    const reasons = ['must be at least 14 characters', 'must contain a number'];
    expect(describeError({ code: 'PASSWORD_POLICY_VIOLATION', message: 'x', reasons })).toBe(
      'The new password must be at least 14 characters and must contain a number.',
    );
    expect(describeError({ code: 'PASSWORD_POLICY_VIOLATION', message: 'The password is too weak.' })).toBe('The password is too weak.');
    const denied = 'User: arn:aws:iam::000000000000:user/bob is not authorized to perform: iam:CreateUser on resource: x';
    expect(describeError({ code: 'ACCESS_DENIED', message: denied })).toBe(denied);
    expect(describeError({ code: 'INVALID_CREDENTIALS', message: 'x' })).toMatch(/user name or password is incorrect/);
  });

  test('the password policy reads as rules, only those that apply', () => {
    const base = {
      minimumPasswordLength: 8,
      maximumPasswordLength: 128,
      requireSymbols: false,
      requireNumbers: true,
      requireUppercaseCharacters: false,
      requireLowercaseCharacters: true,
      passwordReusePrevention: 3,
    };
    expect(passwordRuleLines(base)).toEqual([
      'Between 8 and 128 characters',
      'At least one lowercase letter (a–z)',
      'At least one number (0–9)',
      'None of your previous 3 passwords',
    ]);
    expect(passwordRuleLines({ ...base, requireNumbers: false, requireLowercaseCharacters: false, passwordReusePrevention: null })).toEqual(
      ['Between 8 and 128 characters'],
    );
  });
});
