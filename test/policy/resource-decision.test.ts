import { buildContext, compilePolicy, decideWithResourcePolicy, type Decision, explain, type GrantCaller } from '../../src/policy';
import { allow, compile, deny, doc, type Stmt } from './policy-fixtures';

/**
 * Resource-based policies with the caller's own ("Policy evaluation logic", the resource-based
 * policies step; "Policy evaluation for requests within a single account"; "Cross-account policy
 * evaluation logic"; "AWS JSON policy elements: Principal / NotPrincipal"). Principals by ARN, as
 * the simulators pass them.
 */
const A = '111122223333';
const B = '444455556666';
const USER = `arn:aws:iam::${A}:user/alice`;
const ROLE = `arn:aws:iam::${A}:role/app`;
const SESSION_ARN = `arn:aws:sts::${A}:assumed-role/app/s1`;
const alice: GrantCaller = { principal: [USER], role: [], account: A };
const session: GrantCaller = { principal: [SESSION_ARN], role: [ROLE], account: A };
const foreign: GrantCaller = { principal: [`arn:aws:iam::${B}:user/bob`], role: [], account: B };
const BUCKET = 'arn:aws:s3:::docs/report.txt';

interface Case {
  identity?: Stmt[];
  boundary?: Stmt[];
  session?: Stmt[];
  resource?: Stmt[] | null;
  owner?: string;
  caller?: GrantCaller;
  action?: string;
  context?: Record<string, string>;
}

/** A string other than "*" is an `AWS` principal (`"Principal": "arn:…"` alone is a syntax error, as in AWS). */
const who = (p: unknown): unknown => (typeof p === 'string' && p !== '*' ? { AWS: p } : p);
const rp = (Principal: unknown, Effect = 'Allow', extra: Stmt = {}): Stmt => ({
  Effect,
  Principal: who(Principal),
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::docs/*',
  ...extra,
});
const notRp = (NotPrincipal: unknown, Effect = 'Deny'): Stmt => ({ Effect, NotPrincipal, Action: 's3:*', Resource: 'arn:aws:s3:::docs/*' });

function decide(c: Case) {
  return decideWithResourcePolicy({
    request: { action: c.action ?? 's3:GetObject', resource: BUCKET, context: buildContext(c.context ?? {}) },
    policies: {
      identity: c.identity ? [compile(c.identity)] : [],
      boundary: c.boundary ? [compile(c.boundary)] : undefined,
      session: c.session ? [compile(c.session)] : undefined,
    },
    resourcePolicy: c.resource ? compilePolicy(doc(c.resource), { id: 'ResourcePolicy' }, { kind: 'RESOURCE' }) : null,
    resourceOwner: c.owner,
    caller: c.caller ?? alice,
  });
}
const decision = (c: Case): Decision => decide(c).decision;

const get = [allow('s3:GetObject')];
const other = [allow('s3:PutObject')];

describe('same account: either side may allow', () => {
  it.each<[string, Case, Decision]>([
    ['identity-only allow, no resource policy', { identity: get }, 'ALLOWED'],
    [
      'identity-only allow, resource policy silent on the caller',
      { identity: get, resource: [rp(`arn:aws:iam::${A}:user/carol`)] },
      'ALLOWED',
    ],
    ['resource-only allow naming the user', { resource: [rp(USER)] }, 'ALLOWED'],
    ['resource-only allow naming the user, in a list under AWS', { resource: [rp({ AWS: [ROLE, USER] })] }, 'ALLOWED'],
    ['neither allows', { identity: other, resource: [rp(`arn:aws:iam::${A}:user/carol`)] }, 'IMPLICIT_DENY'],
    ['the resource statement is for another action', { resource: [rp(USER)], action: 's3:DeleteObject' }, 'IMPLICIT_DENY'],
    ['the resource statement is for another resource', { resource: [{ ...rp(USER), Resource: 'arn:aws:s3:::other/*' }] }, 'IMPLICIT_DENY'],
    [
      'resource allow with a condition that holds',
      {
        resource: [rp(USER, 'Allow', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } })],
        context: { 'aws:SecureTransport': 'true' },
      },
      'ALLOWED',
    ],
    [
      'resource allow with a condition that fails',
      { resource: [rp(USER, 'Allow', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } })] },
      'IMPLICIT_DENY',
    ],
  ])('%s', (_, c, expected) => expect(decision(c)).toBe(expected));
});

describe('same account: an explicit deny in either policy wins', () => {
  it.each<[string, Case, Decision]>([
    ['resource Deny over identity Allow', { identity: get, resource: [rp(USER, 'Deny')] }, 'EXPLICIT_DENY'],
    ['identity Deny over resource Allow naming the user', { identity: [deny('s3:GetObject')], resource: [rp(USER)] }, 'EXPLICIT_DENY'],
    ['boundary Deny over resource Allow naming the user', { boundary: [allow('*'), deny('s3:*')], resource: [rp(USER)] }, 'EXPLICIT_DENY'],
    [
      'session-policy Deny over resource Allow naming the session',
      { caller: session, session: [deny('s3:*')], resource: [rp(SESSION_ARN)] },
      'EXPLICIT_DENY',
    ],
    ['resource Deny and resource Allow together', { resource: [rp(USER), rp('*', 'Deny')] }, 'EXPLICIT_DENY'],
  ])('%s', (_, c, expected) => expect(decision(c)).toBe(expected));

  it('says which layer denied', () => {
    expect(decide({ identity: get, resource: [rp(USER, 'Deny')] }).deniedBy).toBe('RESOURCE');
    expect(decide({ identity: [deny('s3:GetObject')], resource: [rp(USER)] }).deniedBy).toBe('IDENTITY');
  });
});

describe('same account: whom the resource policy names decides which implicit denies it overrides', () => {
  it.each<[string, Case, Decision]>([
    // The IAM user named: not limited by identity policies or the boundary.
    ['user named, boundary does not allow', { resource: [rp(USER)], boundary: other }, 'ALLOWED'],
    // The role session named: not limited by identity, boundary or session policy.
    [
      'session named, nothing of its own allows',
      { caller: session, resource: [rp(SESSION_ARN)], boundary: other, session: other },
      'ALLOWED',
    ],
    // The role named (the caller being its session): limited by the boundary and the session policy.
    ['role named, no identity policy', { caller: session, resource: [rp(ROLE)] }, 'ALLOWED'],
    ['role named, boundary does not allow', { caller: session, resource: [rp(ROLE)], boundary: other }, 'IMPLICIT_DENY'],
    ['role named, session policy does not allow', { caller: session, resource: [rp(ROLE)], session: other }, 'IMPLICIT_DENY'],
    ['role named, boundary and session policy allow', { caller: session, resource: [rp(ROLE)], boundary: get, session: get }, 'ALLOWED'],
    // Another session of the same role is not this one.
    ['another session of the role named', { caller: session, resource: [rp(`arn:aws:sts::${A}:assumed-role/app/s2`)] }, 'IMPLICIT_DENY'],
    // The account named: delegates to the account, whose identity policies must allow.
    ['account id named, no identity Allow', { resource: [rp(A)] }, 'IMPLICIT_DENY'],
    ['account root ARN named, no identity Allow', { resource: [rp({ AWS: `arn:aws:iam::${A}:root` })] }, 'IMPLICIT_DENY'],
    ['account named, identity Allow', { resource: [rp(A)], identity: get }, 'ALLOWED'],
    ['account named, identity Allow outside the boundary', { resource: [rp(A)], identity: get, boundary: other }, 'IMPLICIT_DENY'],
    // Everyone: "*" and {"AWS": "*"}, not limited by boundary or session policy.
    ['"*", nothing of its own allows', { caller: session, resource: [rp('*')], boundary: other, session: other }, 'ALLOWED'],
    ['{"AWS": "*"}', { resource: [rp({ AWS: '*' })] }, 'ALLOWED'],
    [
      '"*" limited by aws:PrincipalArn to the role',
      {
        caller: session,
        resource: [rp('*', 'Allow', { Condition: { ArnEquals: { 'aws:PrincipalArn': ROLE } } })],
        context: { 'aws:PrincipalArn': ROLE },
      },
      'ALLOWED',
    ],
  ])('%s', (_, c, expected) => expect(decision(c)).toBe(expected));

  it('reports the grant', () => {
    expect(decide({ caller: session, resource: [rp(SESSION_ARN), rp(ROLE)] }).grant).toBe('PRINCIPAL');
    expect(decide({ caller: session, resource: [rp(ROLE), rp(A)] }).grant).toBe('ROLE');
    expect(decide({ resource: [rp(A)], identity: get }).grant).toBe('ACCOUNT');
  });
});

describe('cross-account: both the identity side and the resource policy must allow', () => {
  const named = [rp(foreign.principal[0])];
  it.each<[string, Case, Decision]>([
    ['both allow', { caller: foreign, owner: A, identity: get, resource: named }, 'ALLOWED'],
    ['only the resource policy allows (naming the user)', { caller: foreign, owner: A, resource: named }, 'IMPLICIT_DENY'],
    ['only the identity policy allows', { caller: foreign, owner: A, identity: get, resource: [rp(USER)] }, 'IMPLICIT_DENY'],
    ['identity allows, no resource policy', { caller: foreign, owner: A, identity: get, resource: null }, 'IMPLICIT_DENY'],
    ['resource names the caller account, identity allows', { caller: foreign, owner: A, identity: get, resource: [rp(B)] }, 'ALLOWED'],
    ['resource names "*", identity allows', { caller: foreign, owner: A, identity: get, resource: [rp('*')] }, 'ALLOWED'],
    [
      'resource allows, identity allows outside the boundary',
      { caller: foreign, owner: A, identity: get, boundary: other, resource: named },
      'IMPLICIT_DENY',
    ],
    ['resource Deny', { caller: foreign, owner: A, identity: get, resource: [...named, rp(B, 'Deny')] }, 'EXPLICIT_DENY'],
    ['same owner given explicitly is the same account', { owner: A, resource: [rp(USER)] }, 'ALLOWED'],
  ])('%s', (_, c, expected) => expect(decision(c)).toBe(expected));

  it('says which side did not allow', () => {
    expect(decide({ caller: foreign, owner: A, resource: named }).deniedBy).toBe('IDENTITY');
    expect(decide({ caller: foreign, owner: A, identity: get, resource: [rp(USER)] }).deniedBy).toBe('RESOURCE');
    expect(decide({ caller: foreign, owner: A, identity: get, resource: named }).crossAccount).toBe(true);
  });
});

describe('NotPrincipal', () => {
  it.each<[string, Case, Decision]>([
    ['Deny NotPrincipal listing the user spares the user', { identity: get, resource: [notRp({ AWS: [USER, A] })] }, 'ALLOWED'],
    [
      'Deny NotPrincipal listing another user denies',
      { identity: get, resource: [notRp({ AWS: `arn:aws:iam::${A}:user/carol` })] },
      'EXPLICIT_DENY',
    ],
    [
      'Deny NotPrincipal listing session, role and account spares the session',
      { caller: session, identity: get, resource: [notRp({ AWS: [SESSION_ARN, ROLE, A] })] },
      'ALLOWED',
    ],
    [
      'Deny NotPrincipal listing only the role denies its session',
      { caller: session, identity: get, resource: [notRp({ AWS: ROLE })] },
      'EXPLICIT_DENY',
    ],
    [
      'Deny NotPrincipal denies a caller with a boundary whatever it lists',
      { identity: get, boundary: get, resource: [notRp({ AWS: [USER, A] })] },
      'EXPLICIT_DENY',
    ],
    [
      'Allow NotPrincipal grants a caller it does not list',
      { resource: [notRp({ AWS: `arn:aws:iam::${A}:user/carol` }, 'Allow')] },
      'ALLOWED',
    ],
    ['Allow NotPrincipal does not grant a caller it lists', { resource: [notRp({ AWS: USER }, 'Allow')] }, 'IMPLICIT_DENY'],
  ])('%s', (_, c, expected) => expect(decision(c)).toBe(expected));
});

describe('federated principals', () => {
  const web: GrantCaller = { ...session, federated: ['cognito-identity.amazonaws.com'] };
  it('a Federated principal names a session that came through the provider', () => {
    expect(decision({ caller: web, resource: [rp({ Federated: 'cognito-identity.amazonaws.com' })] })).toBe('ALLOWED');
    expect(decision({ caller: session, resource: [rp({ Federated: 'cognito-identity.amazonaws.com' })] })).toBe('IMPLICIT_DENY');
  });
});

describe('matched statements and explanation', () => {
  it('lists the resource-policy statements that matched, and explains the grant', () => {
    const r = decide({ resource: [{ ...rp(USER), Sid: 'ReadDocs' }, rp(`arn:aws:iam::${A}:user/carol`)] });
    expect(r.matchedStatements).toEqual([
      { policy: { id: 'ResourcePolicy' }, statementIndex: 0, sid: 'ReadDocs', effect: 'Allow', scope: 'RESOURCE' },
    ]);
    expect(explain(r, { action: 's3:GetObject', resource: BUCKET })).toContain('allowed by statement "ReadDocs" of ResourcePolicy');
  });
  it('names the resource-based policy in a deny', () => {
    const r = decide({ identity: get, resource: [rp(USER, 'Deny', { Sid: 'NoReads' })] });
    expect(explain(r, { action: 's3:GetObject' })).toContain(
      'explicit deny in a resource-based policy (statement "NoReads" of ResourcePolicy)',
    );
    const cross = decide({ caller: foreign, owner: A, identity: get, resource: [rp(USER)] });
    expect(explain(cross, { action: 's3:GetObject' })).toContain('because no resource-based policy allows the s3:GetObject action');
    const neither = decide({ resource: [rp(`arn:aws:iam::${A}:user/carol`)] });
    expect(explain(neither, { action: 's3:GetObject', resourcePolicy: true })).toContain(
      'no identity-based or resource-based policy allows',
    );
  });
  it('lists a NotPrincipal Deny once', () => {
    const r = decide({ identity: get, resource: [notRp({ AWS: `arn:aws:iam::${A}:user/carol` })] });
    expect(r.matchedStatements.filter((m) => m.scope === 'RESOURCE')).toHaveLength(1);
  });
});
