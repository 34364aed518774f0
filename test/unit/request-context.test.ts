import type { UserCaller } from '../../src/authz/principal';
import { buildRequestContext } from '../../src/authz/request-context';
import { compilePolicy, evaluate } from '../../src/policy';

/**
 * The request context of a caller: its keys are resolved when a policy reads them, and must say
 * exactly what a context built eagerly said (AWS global condition keys; the operation's keys win).
 */
const issued = new Date('2026-12-01T10:00:00.000Z');
const now = new Date('2026-12-01T10:05:30.250Z');

function caller(session: Partial<UserCaller['session']> = {}, tags = [{ key: 'Team', value: 'red' }]): UserCaller {
  return {
    kind: 'USER',
    arn: 'arn:aws:iam::123456789012:user/alice',
    userId: 'AIDAEXAMPLEALICE00001',
    user: { userName: 'alice', tags },
    session: {
      authMethod: 'PASSWORD',
      temporary: true,
      mfaAuthenticated: true,
      mfaAuthenticatedAt: issued,
      createdAt: issued,
      context: null,
      ...session,
    },
  } as unknown as UserCaller;
}

const origin = { sourceIp: '203.0.113.7', secureTransport: true };
const value = (c: ReturnType<typeof buildRequestContext>, key: string) => c.lookup(key)?.values;

describe('a caller request context', () => {
  test('has the AWS global keys of a password session with MFA, in any case', () => {
    const c = buildRequestContext(origin, caller(), {}, now);
    expect(value(c, 'aws:username')).toEqual(['alice']);
    expect(value(c, 'AWS:PrincipalType')).toEqual(['User']);
    expect(value(c, 'aws:principalarn')).toEqual(['arn:aws:iam::123456789012:user/alice']);
    expect(value(c, 'aws:userid')).toEqual(['AIDAEXAMPLEALICE00001']);
    expect(value(c, 'aws:PrincipalTag/team')).toEqual(['red']);
    expect(value(c, 'aws:MultiFactorAuthPresent')).toEqual(['true']);
    expect(value(c, 'aws:MultiFactorAuthAge')).toEqual(['330']);
    expect(value(c, 'aws:TokenIssueTime')).toEqual([issued.toISOString()]);
    expect(value(c, 'aws:CurrentTime')).toEqual([now.toISOString()]);
    expect(value(c, 'aws:EpochTime')).toEqual([String(Math.floor(now.getTime() / 1000))]);
    expect(value(c, 'aws:SourceIp')).toEqual(['203.0.113.7']);
    expect(value(c, 'aws:SecureTransport')).toEqual(['true']);
    expect(c.lookup('aws:PrincipalTag/cost')).toBeUndefined();
    expect(c.keys()).toEqual([
      'aws:username',
      'aws:PrincipalType',
      'aws:PrincipalArn',
      'aws:PrincipalTag/Team',
      'aws:userid',
      'aws:MultiFactorAuthPresent',
      'aws:MultiFactorAuthAge',
      'aws:TokenIssueTime',
      'aws:SourceIp',
      'aws:CurrentTime',
      'aws:EpochTime',
      'aws:SecureTransport',
    ]);
  });

  test('a long-term access key has neither MultiFactorAuthPresent nor TokenIssueTime; no MFA, no MFA age', () => {
    const key = buildRequestContext(origin, caller({ authMethod: 'ACCESS_KEY', temporary: false }), {}, now);
    expect(key.has('aws:MultiFactorAuthPresent')).toBe(false);
    expect(key.has('aws:TokenIssueTime')).toBe(false);
    expect(key.has('aws:MultiFactorAuthAge')).toBe(false);
    const withoutMfa = caller({ mfaAuthenticated: false, mfaAuthenticatedAt: null });
    const noMfa = buildRequestContext({ sourceIp: null, secureTransport: false }, withoutMfa, {}, now);
    expect(value(noMfa, 'aws:MultiFactorAuthPresent')).toEqual(['false']);
    expect(noMfa.has('aws:MultiFactorAuthAge')).toBe(false);
    expect(noMfa.has('aws:SourceIp')).toBe(false);
    expect(value(noMfa, 'aws:SecureTransport')).toEqual(['false']);
  });

  test("the operation's keys and the session's fixed keys win over the caller's, and a deleted key stays deleted", () => {
    const c = buildRequestContext(origin, caller({ context: { 'aws:PrincipalTag/Team': 'blue' } }), { 'AWS:SourceIp': '10.0.0.1' }, now);
    expect(value(c, 'aws:principaltag/team')).toEqual(['blue']);
    expect(value(c, 'aws:sourceip')).toEqual(['10.0.0.1']);
    c.delete('aws:username');
    expect(c.has('aws:username')).toBe(false);
    expect(c.keys()).not.toContain('aws:username');
    expect(c.keys().filter((k) => k.toLowerCase() === 'aws:sourceip')).toEqual(['AWS:SourceIp']);
    const copy = c.clone().set('aws:username', ['bob'], false, 'STRING');
    expect(value(copy, 'aws:username')).toEqual(['bob']);
    expect(c.has('aws:username')).toBe(false);
  });

  test('two spellings of one tag key: the last value, as the eager context kept it', () => {
    const tags = [
      { key: 'team', value: 'red' },
      { key: 'TEAM', value: 'green' },
    ];
    const c = buildRequestContext(origin, caller({}, tags), {}, now);
    expect(value(c, 'aws:PrincipalTag/Team')).toEqual(['green']);
    expect(c.keys().filter((k) => k.toLowerCase() === 'aws:principaltag/team')).toEqual(['aws:PrincipalTag/TEAM']);
  });

  test('policies decide on the resolved keys: variables, dates, numbers and addresses', () => {
    const policy = compilePolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::bucket/${aws:username}/*',
            Condition: {
              IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
              DateGreaterThan: { 'aws:CurrentTime': '2026-12-01T00:00:00Z' },
              NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
              StringEquals: { 'aws:PrincipalTag/team': 'red' },
            },
          },
        ],
      }),
      { id: 'p' },
    );
    const decide = (resource: string, ip: string) =>
      evaluate(
        { action: 's3:GetObject', resource, context: buildRequestContext({ sourceIp: ip, secureTransport: true }, caller(), {}, now) },
        { identity: [policy] },
      ).decision;
    expect(decide('arn:aws:s3:::bucket/alice/report', '203.0.113.7')).toBe('ALLOWED');
    expect(decide('arn:aws:s3:::bucket/bob/report', '203.0.113.7')).toBe('IMPLICIT_DENY');
    expect(decide('arn:aws:s3:::bucket/alice/report', '198.51.100.1')).toBe('IMPLICIT_DENY');
  });
});
