import { type AssumeRoleCaller, compilePolicy, decideAssumeRole, type Decision } from '../../src/policy';
import { allow, compile, deny, doc, type Stmt } from './policy-fixtures';

/**
 * sts:AssumeRole within one account ("Policy evaluation logic", resource-based policies;
 * "AWS JSON policy elements: Principal"): which implicit denies a trust Allow overrides depends
 * on whom it names. Principals are unique ids, as trust policies store them.
 */
const ACCOUNT = '123456789012';
const ROLE_ID = 'AROAEXAMPLEROLE00001';
const SESSION: AssumeRoleCaller = { principalId: `${ROLE_ID}:s1`, roleId: ROLE_ID, account: ACCOUNT };
const USER: AssumeRoleCaller = { principalId: 'AIDAEXAMPLEUSER00001', roleId: null, account: ACCOUNT };

const trust = (principal: unknown, extra: Stmt[] = []) =>
  compilePolicy(doc([{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }, ...extra]), { id: 'trust' }, { kind: 'TRUST' });

interface Layers {
  identity?: Stmt[];
  boundary?: Stmt[];
  session?: Stmt[];
}

function decide(principal: unknown, caller: AssumeRoleCaller, layers: Layers, extra: Stmt[] = []): Decision {
  return decideAssumeRole({
    trust: trust(principal, extra),
    caller,
    policies: {
      identity: (layers.identity ?? []).map((s) => compile(s)),
      boundary: layers.boundary ? [compile(layers.boundary)] : undefined,
      session: layers.session ? [compile(layers.session)] : undefined,
    },
    request: { action: 'sts:AssumeRole', resource: `arn:aws:iam::${ACCOUNT}:role/target` },
  }).decision;
}

const onlyGetUser = [allow('iam:GetUser')];
const assume = [allow('sts:AssumeRole')];

describe('decideAssumeRole: AWS same-account rules', () => {
  it.each<[string, unknown, AssumeRoleCaller, Layers, Decision]>([
    // The session principal named: no implicit deny matters.
    ['session ARN, nothing allows', { AWS: SESSION.principalId }, SESSION, { session: onlyGetUser, boundary: onlyGetUser }, 'ALLOWED'],
    ['user ARN, boundary does not allow', { AWS: USER.principalId }, USER, { boundary: onlyGetUser }, 'ALLOWED'],
    ['wildcard, session policy does not allow', '*', SESSION, { session: onlyGetUser }, 'ALLOWED'],
    // The role named: boundary and session policy limit, identity policies need not allow.
    ['role ARN, no identity policy', { AWS: ROLE_ID }, SESSION, {}, 'ALLOWED'],
    ['role ARN, session policy does not allow', { AWS: ROLE_ID }, SESSION, { session: onlyGetUser }, 'IMPLICIT_DENY'],
    ['role ARN, boundary does not allow', { AWS: ROLE_ID }, SESSION, { boundary: onlyGetUser }, 'IMPLICIT_DENY'],
    ['role ARN, boundary and session allow', { AWS: ROLE_ID }, SESSION, { boundary: assume, session: assume }, 'ALLOWED'],
    // The account named: the identity policies must allow, within boundary and session policy.
    ['account, no identity Allow', { AWS: ACCOUNT }, SESSION, {}, 'IMPLICIT_DENY'],
    ['account, identity Allow', { AWS: `arn:aws:iam::${ACCOUNT}:root` }, SESSION, { identity: assume }, 'ALLOWED'],
    ['account, identity Allow outside the boundary', { AWS: ACCOUNT }, USER, { identity: assume, boundary: onlyGetUser }, 'IMPLICIT_DENY'],
    ['account, identity Allow outside the session policy', { AWS: ACCOUNT }, SESSION, { identity: assume, session: onlyGetUser }, 'IMPLICIT_DENY'],
    // Names are not identities: another user's id, or a name, matches nobody.
    ['another user', { AWS: 'AIDAEXAMPLEOTHER0001' }, USER, { identity: assume }, 'IMPLICIT_DENY'],
    ['an ARN is never compared with a caller', { AWS: 'arn:aws:iam::123456789012:user/alice' }, USER, { identity: assume }, 'IMPLICIT_DENY'],
    // Explicit denies refuse whatever the trust policy names.
    ['session ARN, explicit deny in the session policy', { AWS: SESSION.principalId }, SESSION, { session: [deny('sts:*')] }, 'EXPLICIT_DENY'],
    ['user ARN, explicit deny in the boundary', { AWS: USER.principalId }, USER, { boundary: [allow('*'), deny('sts:AssumeRole')] }, 'EXPLICIT_DENY'],
  ])('%s', (_name, principal, caller, layers, expected) => {
    expect(decide(principal, caller, layers)).toBe(expected);
  });

  it('a trust Deny wins over every Allow', () => {
    expect(decide({ AWS: USER.principalId }, USER, { identity: assume }, [{ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }])).toBe('EXPLICIT_DENY');
  });

  it('NotPrincipal with Deny spares a caller only when all its identities are listed, and never one with a boundary', () => {
    const denyOthers = (listed: string[]) => [{ Effect: 'Deny', NotPrincipal: { AWS: listed }, Action: 'sts:AssumeRole' }];
    expect(decide({ AWS: USER.principalId }, USER, {}, denyOthers([USER.principalId!]))).toBe('EXPLICIT_DENY');
    expect(decide({ AWS: USER.principalId }, USER, {}, denyOthers([USER.principalId!, ACCOUNT]))).toBe('ALLOWED');
    expect(decide({ AWS: USER.principalId }, USER, { boundary: [allow('*')] }, denyOthers([USER.principalId!, ACCOUNT]))).toBe('EXPLICIT_DENY');
    expect(decide({ AWS: SESSION.principalId }, SESSION, {}, denyOthers([SESSION.principalId!, ACCOUNT]))).toBe('EXPLICIT_DENY');
    expect(decide({ AWS: SESSION.principalId }, SESSION, {}, denyOthers([SESSION.principalId!, ROLE_ID, ACCOUNT]))).toBe('ALLOWED');
  });

  it('reports the trust statement and which grant applied', () => {
    const r = decideAssumeRole({
      trust: trust({ AWS: ROLE_ID }),
      caller: SESSION,
      policies: { identity: [] },
      request: { action: 'sts:AssumeRole', resource: `arn:aws:iam::${ACCOUNT}:role/target` },
    });
    expect(r).toMatchObject({ decision: 'ALLOWED', grant: 'ROLE', matchedStatements: [{ scope: 'TRUST', effect: 'Allow', statementIndex: 0 }] });
  });
});
