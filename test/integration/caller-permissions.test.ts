import { graphql } from '../generated';
import { createUserWithLogin } from '../support/factories';
import { challengeFor, createMfaUser } from '../support/mfa';
import { ATTACH_USER_POLICY_BY_INPUT, CREATE_POLICY, RESPOND_TO_MFA_CHALLENGE } from '../support/operations';
import { SELF_SERVICE_MFA_POLICY } from '../support/self-service-policy';
import { startTestServer, type TestServer } from '../support/server';

/**
 * callerPermissions: a signed-in caller's own decisions, as the API itself would decide their
 * calls now (the web console disables what they may not use). Over HTTP.
 */
const CALLER_PERMISSIONS = graphql(`
  query CallerPermissions($r: [CallerPermissionRequest!]!) {
    callerPermissions(requests: $r) {
      action
      resource
      decision
      message
      allowedWithMfa
    }
  }
`);

const userArn = (name: string) => `arn:aws:iam::000000000000:user/${name}`;

describe('callerPermissions', () => {
  let s: TestServer;
  let policyArn: string;
  beforeAll(async () => {
    s = await startTestServer();
    const created = await s.ok(
      CREATE_POLICY,
      { i: { policyName: 'SelfServiceMfa', policyDocument: SELF_SERVICE_MFA_POLICY } },
      await s.adminToken(),
    );
    policyArn = created.createPolicy!.policy.arn;
  });
  afterAll(async () => s.close());

  const attach = async (userName: string) => s.ok(ATTACH_USER_POLICY_BY_INPUT, { i: { userName, policyArn } }, await s.adminToken());

  test("without MFA, AWS's self-service policy allows only setting up a device; it says what MFA would change", async () => {
    const u = await createUserWithLogin(s);
    await attach(u.userName);
    const me = userArn(u.userName);
    const res = await s.ok(
      CALLER_PERMISSIONS,
      {
        r: [
          { action: 'iam:CreateVirtualMFADevice', resource: 'arn:aws:iam::000000000000:mfa/phone' },
          { action: 'iam:ChangePassword', resource: me },
          { action: 'iam:ListSessions', resource: me },
          { action: 'iam:CreateAccessKey', resource: me },
        ],
      },
      u.token,
    );
    const [device, password, sessions, keys] = res.callerPermissions;
    expect(device).toMatchObject({ action: 'iam:CreateVirtualMFADevice', decision: 'ALLOWED', message: null, allowedWithMfa: true });
    expect(password).toMatchObject({ decision: 'EXPLICIT_DENY', allowedWithMfa: true });
    expect(password.message).toBe(
      `User: ${me} is not authorized to perform: iam:ChangePassword on resource: ${me} with an explicit deny in an identity-based policy`,
    );
    // Own sessions are self-service, but an explicit deny still wins; MFA lifts it.
    expect(sessions).toMatchObject({ decision: 'EXPLICIT_DENY', allowedWithMfa: true });
    // Nothing allows access keys: MFA would not help.
    expect(keys).toMatchObject({ decision: 'EXPLICIT_DENY', allowedWithMfa: false });
  });

  test('the same policy, signed in with MFA: allowed; without any policy, own sessions stay self-service', async () => {
    const m = await createMfaUser(s);
    await attach(m.userName);
    const respond = await s.ok(RESPOND_TO_MFA_CHALLENGE, { t: await challengeFor(s, m.userName, m.password), c: m.recoveryCodes[0] });
    const mfaToken = respond.respondToMfaChallenge!.session!.token;
    const me = userArn(m.userName);
    const res = await s.ok(CALLER_PERMISSIONS, { r: [{ action: 'iam:ChangePassword', resource: me }] }, mfaToken);
    expect(res.callerPermissions[0]).toMatchObject({ decision: 'ALLOWED', allowedWithMfa: true });

    const plain = await createUserWithLogin(s);
    const own = await s.ok(
      CALLER_PERMISSIONS,
      {
        r: [
          { action: 'iam:ListSessions', resource: userArn(plain.userName) },
          { action: 'iam:ListSessions', resource: userArn(m.userName) },
        ],
      },
      plain.token,
    );
    expect(own.callerPermissions.map((p) => p.decision)).toEqual(['ALLOWED', 'IMPLICIT_DENY']);
  });

  test('bounded, and only for a signed-in caller', async () => {
    const admin = await s.adminToken();
    const many = Array.from({ length: 101 }, () => ({ action: 'iam:GetUser', resource: '*' }));
    expect((await s.gql(CALLER_PERMISSIONS, { r: many }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await s.gql(CALLER_PERMISSIONS, { r: [] }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await s.gql(CALLER_PERMISSIONS, { r: [{ action: 'not an action', resource: '*' }] }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await s.gql(CALLER_PERMISSIONS, { r: [{ action: 'iam:GetUser', resource: '*' }] });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const allowed = await s.ok(CALLER_PERMISSIONS, { r: [{ action: 'iam:CreateUser', resource: '*' }] }, admin);
    expect(allowed.callerPermissions[0].decision).toBe('ALLOWED');
  });
});
