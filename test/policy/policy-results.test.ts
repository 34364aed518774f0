/**
 * Result shape, trust policies, contexts, explain and listings.
 */
import {
  buildContext,
  compilePolicy,
  contextFromEntries,
  evaluate,
  evaluateTrust,
  explain,
  normalizeStatements,
  parsePolicy,
  scanJson,
} from '../../src/policy';
import { allow, compile, deny, doc } from './policy-fixtures';

const S3 = 'arn:aws:s3:::bucket/key';

describe('evaluation result (Policy evaluation logic; IAM policy simulator)', () => {
  it('reports matched statements with policy meta, index, sid, effect and scope', () => {
    const p1 = compilePolicy(doc([{ Sid: 'Read', ...allow('s3:Get*') }]), { id: 'read' });
    const p2 = compilePolicy(doc([allow('iam:*'), { Sid: 'NoDelete', ...deny('s3:GetObject', S3) }]), { id: 'guard' });
    const r = evaluate({ action: 's3:GetObject', resource: S3 }, { identity: [p1, p2] });
    expect(r.decision).toBe('EXPLICIT_DENY');
    expect(r.deniedBy).toBe('IDENTITY');
    expect(r.matchedStatements).toEqual(
      expect.arrayContaining([
        { policy: { id: 'read' }, statementIndex: 0, sid: 'Read', effect: 'Allow', scope: 'IDENTITY' },
        { policy: { id: 'guard' }, statementIndex: 1, sid: 'NoDelete', effect: 'Deny', scope: 'IDENTITY' },
      ]),
    );
    expect(r.matchedStatements).toHaveLength(2);
    expect(r.allowedByPermissionsBoundary).toBeNull();
  });

  it('deniedBy names the boundary or the session', () => {
    const id = [compile(allow('*'))];
    expect(evaluate({ action: 's3:GetObject', resource: S3 }, { identity: id, boundary: [compile(allow('ec2:*'))] })).toMatchObject({
      decision: 'IMPLICIT_DENY',
      deniedBy: 'BOUNDARY',
      allowedByPermissionsBoundary: false,
    });
    expect(evaluate({ action: 's3:GetObject', resource: S3 }, { identity: id, boundary: [compile(deny('s3:*'))] })).toMatchObject({
      decision: 'EXPLICIT_DENY',
      deniedBy: 'BOUNDARY',
    });
    expect(evaluate({ action: 's3:GetObject', resource: S3 }, { identity: id, boundary: [compile(allow('s3:*'))] })).toMatchObject({
      decision: 'ALLOWED',
      allowedByPermissionsBoundary: true,
    });
    expect(evaluate({ action: 's3:GetObject', resource: S3 }, { identity: id, session: [compile(allow('ec2:*'))] })).toMatchObject({
      decision: 'IMPLICIT_DENY',
      deniedBy: 'SESSION',
    });
    expect(evaluate({ action: 's3:GetObject', resource: S3 }, { identity: [] })).toMatchObject({
      decision: 'IMPLICIT_DENY',
      deniedBy: 'IDENTITY',
    });
    expect(evaluate({ action: 's3:GetObject', resource: S3 }, { identity: id, boundary: [] }).allowedByPermissionsBoundary).toBeNull();
  });

  it('lists missing context values of relevant statements only', () => {
    const p = compile([
      allow('s3:GetObject', '*', { StringEquals: { 'aws:PrincipalTag/Team': 'red' }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }),
      allow('ec2:*', '*', { StringEquals: { 'ec2:Region': 'x' } }),
      allow('s3:GetObject', 'arn:aws:s3:::b/${aws:username}/*'),
    ]);
    const r = evaluate(
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b/alice/x', context: buildContext({ 'aws:SourceIp': '10.0.0.1' }) },
      { identity: [p] },
    );
    expect(r.decision).toBe('IMPLICIT_DENY');
    expect(r.missingContextValues.sort()).toEqual(['aws:PrincipalTag/Team', 'aws:username']);
  });

  it('does not report keys whose variable has a default', () => {
    const p = compile(allow('s3:GetObject', "arn:aws:s3:::b/${aws:username, 'anon'}/*"));
    const r = evaluate({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/anon/x' }, { identity: [p] });
    expect(r).toMatchObject({ decision: 'ALLOWED', missingContextValues: [] });
  });

  it('a policy shared by identity and boundary is evaluated in both layers', () => {
    const p = compile(allow('s3:*'));
    const r = evaluate({ action: 's3:GetObject', resource: S3 }, { identity: [p], boundary: [p] });
    expect(r.decision).toBe('ALLOWED');
    expect(r.matchedStatements.map((m) => m.scope).sort()).toEqual(['BOUNDARY', 'IDENTITY']);
  });

  it('a statement listed in several index buckets is reported once', () => {
    const p = compile(allow(['s3:GetObject', 's3:Get*', '*']));
    const r = evaluate({ action: 's3:GetObject', resource: S3 }, { identity: [p, compile(allow('iam:*'))] });
    expect(r.matchedStatements).toHaveLength(1);
  });

  it('explain gives AWS-like sentences', () => {
    const p = compilePolicy(doc([{ Sid: 'Guard', ...deny('s3:*') }]), { id: 'x', name: 'GuardPolicy' });
    const r = evaluate({ action: 's3:GetObject', resource: S3 }, { identity: [p] });
    expect(explain(r, { action: 's3:GetObject', resource: S3 })).toContain('with an explicit deny in an identity-based policy');
    expect(explain(r)).toContain('"Guard" of GuardPolicy');
    const none = evaluate({ action: 's3:GetObject', resource: S3 }, { identity: [] });
    expect(explain(none, { action: 's3:GetObject' })).toContain('because no identity-based policy allows the s3:GetObject action');
    const cond = compilePolicy(doc(allow('s3:*', '*', { StringEquals: { 'aws:username': 'bob' } })), { id: 'c' });
    const ctx = buildContext({ 'aws:username': 'alice' });
    const r2 = evaluate({ action: 's3:GetObject', resource: S3, context: ctx }, { identity: [cond] });
    expect(explain(r2, { action: 's3:GetObject', policies: [cond], context: ctx })).toContain(
      'Conditions not met: StringEquals aws:username',
    );
    const b = evaluate({ action: 's3:GetObject', resource: S3 }, { identity: [compile(allow('*'))], boundary: [compile(allow('ec2:*'))] });
    expect(explain(b, { action: 's3:GetObject' })).toContain('no permissions boundary allows');
  });
});

describe('trust policies (AWS JSON policy elements: Principal)', () => {
  const trust = (s: Record<string, unknown>[]) => compilePolicy(doc(s), { id: 'trust' }, { kind: 'TRUST' });
  const assume = { Effect: 'Allow', Action: 'sts:AssumeRole' };
  const alice = { type: 'AWS' as const, arn: 'arn:aws:iam::123456789012:user/alice' };

  it.each([
    ['"*" is everyone', '*', alice, 'ALLOWED'],
    ['AWS "*" is everyone', { AWS: '*' }, alice, 'ALLOWED'],
    ['account id is the whole account', { AWS: '123456789012' }, alice, 'ALLOWED'],
    ['account root ARN is the whole account', { AWS: 'arn:aws:iam::123456789012:root' }, alice, 'ALLOWED'],
    ['other account', { AWS: '111111111111' }, alice, 'IMPLICIT_DENY'],
    ['user ARN', { AWS: 'arn:aws:iam::123456789012:user/alice' }, alice, 'ALLOWED'],
    ['other user ARN', { AWS: 'arn:aws:iam::123456789012:user/bob' }, alice, 'IMPLICIT_DENY'],
    [
      'role ARN matches a session of the role',
      { AWS: 'arn:aws:iam::123456789012:role/ci' },
      { type: 'AWS' as const, arn: 'arn:aws:sts::123456789012:assumed-role/ci/s1', identifiers: ['arn:aws:iam::123456789012:role/ci'] },
      'ALLOWED',
    ],
    ['service principal', { Service: 'ec2.amazonaws.com' }, { type: 'Service' as const, arn: 'ec2.amazonaws.com' }, 'ALLOWED'],
    ['other service', { Service: 'ec2.amazonaws.com' }, { type: 'Service' as const, arn: 'lambda.amazonaws.com' }, 'IMPLICIT_DENY'],
    [
      'federated provider',
      { Federated: 'arn:aws:iam::123456789012:oidc-provider/example.com' },
      { type: 'Federated' as const, arn: 'arn:aws:iam::123456789012:oidc-provider/example.com' },
      'ALLOWED',
    ],
    ['type must agree', { Service: 'ec2.amazonaws.com' }, { type: 'AWS' as const, arn: 'ec2.amazonaws.com' }, 'IMPLICIT_DENY'],
  ])('%s', (_n, principal, who, expected) => {
    const r = evaluateTrust(trust([{ ...assume, Principal: principal }]), { principal: who, action: 'sts:AssumeRole' });
    expect(r.decision).toBe(expected);
  });

  it('checks the action', () => {
    const p = trust([{ ...assume, Principal: { AWS: '123456789012' } }]);
    expect(evaluateTrust(p, { principal: alice, action: 'sts:AssumeRoleWithWebIdentity' }).decision).toBe('IMPLICIT_DENY');
    expect(evaluateTrust(p, { principal: alice, action: 'STS:assumerole' }).decision).toBe('ALLOWED');
  });

  it('NotPrincipal with Deny denies everyone but the listed principal', () => {
    const p = trust([
      { ...assume, Principal: '*' },
      { Effect: 'Deny', Action: 'sts:AssumeRole', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/alice' } },
    ]);
    expect(evaluateTrust(p, { principal: alice, action: 'sts:AssumeRole' }).decision).toBe('ALLOWED');
    expect(
      evaluateTrust(p, { principal: { type: 'AWS', arn: 'arn:aws:iam::123456789012:user/bob' }, action: 'sts:AssumeRole' }),
    ).toMatchObject({
      decision: 'EXPLICIT_DENY',
      deniedBy: 'TRUST',
    });
  });

  it('evaluates conditions (web identity audience)', () => {
    const p = trust([
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRoleWithWebIdentity',
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/*' },
        },
      },
    ]);
    const who = { type: 'Federated' as const, arn: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' };
    const ok = buildContext({
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      'token.actions.githubusercontent.com:sub': 'repo:org/app:ref:refs/heads/main',
    });
    expect(evaluateTrust(p, { principal: who, action: 'sts:AssumeRoleWithWebIdentity', context: ok }).decision).toBe('ALLOWED');
    const bad = buildContext({
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      'token.actions.githubusercontent.com:sub': 'repo:other/app',
    });
    expect(evaluateTrust(p, { principal: who, action: 'sts:AssumeRoleWithWebIdentity', context: bad }).decision).toBe('IMPLICIT_DENY');
  });

  it('ExternalId condition for third parties', () => {
    const p = trust([{ ...assume, Principal: { AWS: '111122223333' }, Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }]);
    const who = { type: 'AWS' as const, arn: 'arn:aws:iam::111122223333:role/vendor' };
    expect(evaluateTrust(p, { principal: who, action: 'sts:AssumeRole' })).toMatchObject({
      decision: 'IMPLICIT_DENY',
      missingContextValues: ['sts:ExternalId'],
    });
    expect(
      evaluateTrust(p, { principal: who, action: 'sts:AssumeRole', context: buildContext({ 'sts:ExternalId': 'abc' }) }).decision,
    ).toBe('ALLOWED');
  });
});

describe('contexts (AWS global condition context keys; SimulatePrincipalPolicy ContextEntries)', () => {
  it('buildContext types values and skips null/undefined', () => {
    const c = buildContext({
      'aws:username': 'alice',
      'aws:MultiFactorAuthPresent': true,
      'aws:TagKeys': ['a', 'b'],
      'aws:MultiFactorAuthAge': null,
      'aws:EpochTime': 5,
    });
    expect(c.lookup('AWS:USERNAME')?.values).toEqual(['alice']);
    expect(c.lookup('aws:MultiFactorAuthPresent')?.values).toEqual(['true']);
    expect(c.lookup('aws:tagkeys')?.multi).toBe(true);
    expect(c.has('aws:MultiFactorAuthAge')).toBe(false);
    expect(c.lookup('aws:EpochTime')?.type).toBe('NUMERIC');
  });

  it('contextFromEntries accepts valid entries', () => {
    const { context, findings } = contextFromEntries([
      { contextKeyName: 'aws:CurrentTime', contextKeyValues: ['2024-06-01T12:00:00Z'], contextKeyType: 'DATE' },
      { contextKeyName: 'aws:TagKeys', contextKeyValues: ['a', 'b'], contextKeyType: 'STRING_LIST' },
      { contextKeyName: 'aws:SourceIp', contextKeyValues: ['2001:db8::1'], contextKeyType: 'IP' },
      { contextKeyName: 'aws:SecureTransport', contextKeyValues: ['TRUE'], contextKeyType: 'BOOLEAN' },
      { contextKeyName: 'ex:b', contextKeyValues: ['AAE='], contextKeyType: 'BINARY' },
      { contextKeyName: 's3:max-keys', contextKeyValues: ['10'], contextKeyType: 'NUMERIC' },
    ]);
    expect(findings).toEqual([]);
    expect(context!.lookup('aws:SecureTransport')!.values).toEqual(['true']);
    const p = compile(
      allow('*', '*', {
        Bool: { 'aws:SecureTransport': 'true' },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['a', 'b'] },
        IpAddress: { 'aws:SourceIp': '2001:db8::/32' },
        BinaryEquals: { 'ex:b': 'AAE=' },
      }),
    );
    expect(evaluate({ action: 'x:Y', resource: '*', context: context! }, { identity: [p] }).decision).toBe('ALLOWED');
  });

  it.each([
    ['a DATE that does not parse', { contextKeyName: 'aws:CurrentTime', contextKeyValues: ['yesterday'], contextKeyType: 'DATE' as const }],
    ['a NUMERIC that is text', { contextKeyName: 's3:max-keys', contextKeyValues: ['ten'], contextKeyType: 'NUMERIC' as const }],
    ['a BOOLEAN that is neither', { contextKeyName: 'aws:SecureTransport', contextKeyValues: ['yes'], contextKeyType: 'BOOLEAN' as const }],
    ['a bad IP', { contextKeyName: 'aws:SourceIp', contextKeyValues: ['1.2.3'], contextKeyType: 'IP' as const }],
    ['bad base64', { contextKeyName: 'ex:b', contextKeyValues: ['%%'], contextKeyType: 'BINARY' as const }],
    ['two values for a single type', { contextKeyName: 'aws:username', contextKeyValues: ['a', 'b'], contextKeyType: 'STRING' as const }],
    ['an unknown type', { contextKeyName: 'aws:username', contextKeyValues: ['a'], contextKeyType: 'TEXT' as never }],
  ])('contextFromEntries rejects %s', (_n, entry) => {
    const { context, findings } = contextFromEntries([entry]);
    expect(context).toBeNull();
    expect(findings[0].severity).toBe('ERROR');
  });
});

describe('parsing and listings', () => {
  it('remembers JSON paths', () => {
    const { document } = parsePolicy(doc([allow('s3:*'), allow('s3:*', '*', { StringEquals: { 'aws:username': ['a', 'b'] } })]));
    const st = document!.statements[1];
    expect(st.path).toBe('$.Statement[1]');
    expect(st.condition!.operators[0].path).toBe('$.Statement[1].Condition.StringEquals');
    expect(st.condition!.operators[0].keys[0].values[1].path).toBe("$.Statement[1].Condition.StringEquals['aws:username'][1]");
  });

  it('scanJson reports duplicates and never throws on deep nesting', () => {
    expect(scanJson('{"a":1,"a":2}').duplicates).toEqual([{ key: 'a', path: '$.a' }]);
    expect(scanJson('['.repeat(10000)).root).toBeNull();
    expect(scanJson('"\\ud800"').root).toMatchObject({ type: 'string' });
  });

  it('normalizes statements', () => {
    const text = doc([
      {
        Sid: 'A',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: ['arn:aws:s3:::b/*'],
        Condition: { Bool: { 'aws:SecureTransport': true } },
      },
      { Effect: 'Deny', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::x' },
    ]);
    expect(normalizeStatements(text)).toEqual([
      {
        sid: 'A',
        effect: 'Allow',
        actions: ['s3:GetObject'],
        notActions: [],
        resources: ['arn:aws:s3:::b/*'],
        notResources: [],
        condition: { Bool: { 'aws:SecureTransport': true } },
      },
      { sid: null, effect: 'Deny', actions: [], notActions: ['iam:*'], resources: [], notResources: ['arn:aws:s3:::x'], condition: null },
    ]);
    expect(normalizeStatements('nope')).toEqual([]);
  });

  it('compile leaves out statements AWS would reject and says why', () => {
    const p = compilePolicy(doc([{ Effect: 'allow', Action: '*', Resource: '*' }, allow('s3:*')]), { id: 'x' });
    expect(p.statements).toHaveLength(1);
    expect(p.findings[0]).toMatchObject({ code: 'INVALID_EFFECT', path: '$.Statement[0]' });
  });
});
