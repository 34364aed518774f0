import { isValid, type ValidateOptions,validatePolicy } from '../../src/policy';

/**
 * Validation of resource-based policies ("AWS JSON policy elements: Principal"; IAM Access
 * Analyzer's ValidatePolicy with policyType RESOURCE_POLICY): every statement names whom it
 * applies to, and like an identity policy names its resources; findings are located.
 */
const RESOURCE: ValidateOptions = { kind: 'RESOURCE' };
const st = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::docs/*',
  ...extra,
});
const validate = (statement: unknown, o: ValidateOptions = RESOURCE) =>
  validatePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statement }), o);
const without = (key: string) => {
  const s = st();
  delete s[key];
  return s;
};

describe('resource-based policies', () => {
  it.each<[string, unknown]>([
    ['a user principal', st()],
    ['an account id', st({ Principal: { AWS: '111122223333' } })],
    ['an account root ARN', st({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } })],
    [
      'a role and a session',
      st({ Principal: { AWS: ['arn:aws:iam::111122223333:role/app', 'arn:aws:sts::111122223333:assumed-role/app/s1'] } }),
    ],
    ['a federated provider', st({ Principal: { Federated: 'cognito-identity.amazonaws.com' } })],
    ['a service principal', st({ Principal: { Service: 'cloudtrail.amazonaws.com' } })],
    ['"*" with a condition', st({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })],
    ['NotPrincipal with Deny', st({ Effect: 'Deny', Principal: undefined, NotPrincipal: { AWS: '111122223333' } })],
    ['any action, not only STS ones', st({ Action: ['s3:*', 'sqs:SendMessage'] })],
  ])('accepts %s', (_, statement) => {
    const findings = validate(statement);
    expect(findings.filter((f) => f.severity === 'ERROR')).toEqual([]);
    expect(isValid(findings)).toBe(true);
  });

  it('requires Principal or NotPrincipal in each statement, located at the statement', () => {
    const findings = validate([st(), without('Principal')]);
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: 'ERROR',
        code: 'MISSING_PRINCIPAL',
        message: 'Missing required field Principal',
        path: '$.Statement[1]',
      }),
    );
    expect(findings.filter((f) => f.code === 'MISSING_PRINCIPAL')).toHaveLength(1);
  });

  it('requires Resource or NotResource', () => {
    expect(validate(without('Resource'))).toContainEqual(
      expect.objectContaining({ severity: 'ERROR', code: 'MISSING_RESOURCE', path: '$.Statement' }),
    );
    expect(isValid(validate(st({ Resource: undefined, NotResource: 'arn:aws:s3:::docs/secret/*' })))).toBe(true);
  });

  it('checks principal values as trust policies do', () => {
    const findings = validate(st({ Principal: { AWS: 'arn:aws:iam::111122223333:user/*' } }));
    expect(findings).toContainEqual(
      expect.objectContaining({ severity: 'ERROR', code: 'INVALID_PRINCIPAL', path: '$.Statement.Principal.AWS' }),
    );
    expect(validate(st({ Principal: 'arn:aws:iam::111122223333:user/alice' }))).toContainEqual(
      expect.objectContaining({ severity: 'ERROR', code: 'INVALID_PRINCIPAL', path: '$.Statement.Principal' }),
    );
    expect(validate(st({ NotPrincipal: { AWS: '111122223333' } }))).toContainEqual(
      expect.objectContaining({ code: 'PRINCIPAL_AND_NOT_PRINCIPAL' }),
    );
  });

  it('warns on an Allow to everyone without a condition, and on Allow with NotPrincipal', () => {
    expect(validate(st({ Principal: '*' }))).toContainEqual(
      expect.objectContaining({ severity: 'SECURITY_WARNING', code: 'RESOURCE_ANYONE', path: '$.Statement.Principal' }),
    );
    expect(validate(st({ Principal: { AWS: '*' } }))).toContainEqual(
      expect.objectContaining({ code: 'RESOURCE_ANYONE', path: '$.Statement.Principal.AWS' }),
    );
    const np = validate(st({ Principal: undefined, NotPrincipal: { AWS: '111122223333' } }));
    expect(np).toContainEqual(
      expect.objectContaining({ severity: 'WARNING', code: 'ALLOW_WITH_NOT_PRINCIPAL', path: '$.Statement.NotPrincipal' }),
    );
  });

  it('still rejects a Principal in an identity policy', () => {
    expect(validate(st(), { kind: 'IDENTITY' })).toContainEqual(
      expect.objectContaining({ code: 'PRINCIPAL_NOT_ALLOWED', path: '$.Statement.Principal' }),
    );
  });

  it('keeps the rest of the grammar: Effect, Sid, actions, conditions', () => {
    expect(validate(st({ Effect: 'allow' }))).toContainEqual(
      expect.objectContaining({ code: 'INVALID_EFFECT', path: '$.Statement.Effect' }),
    );
    expect(validate([st({ Sid: 'A' }), st({ Sid: 'A' })])).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_SID' }));
    expect(validate(st({ Condition: { StringEqualz: { 'aws:username': 'x' } } }))).toContainEqual(
      expect.objectContaining({ severity: 'ERROR' }),
    );
  });
});
