import { graphql } from '../generated';
import { createUserWithLogin, uniqueName } from '../support/factories';
import { ACCOUNT, ASSUME_ROLE as ASSUME, type AssumeRoleOptions,policyDoc, trustStatement } from '../support/iam-fixtures';
import { DELETE_ROLE, ME, REVOKE_ROLE_SESSIONS } from '../support/operations';
import { codeOf, dataOf, firstError,present, useTestServer } from '../support/server';

const trust = policyDoc;
const allow = trustStatement;

describe('sts: assumeRole by users and role sessions', () => {
  const s = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });

  async function createRole(doc: string, extra: Record<string, unknown> = {}) {
    const roleName = uniqueName('role');
    const res = await s.gql(
      graphql(`
        mutation CreateRoleInStsAssumeRole($input: CreateRoleInput!) {
          createRole(input: $input) {
            role {
              roleName
              roleId
              arn
            }
          }
        }
      `),
      { input: { roleName, assumeRolePolicyDocument: doc, ...extra } },
      admin,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return dataOf(res).createRole?.role as { roleName: string; roleId: string; arn: string };
  }

  const assume = (token: string, input: AssumeRoleOptions) => s.gql(ASSUME, { input: { roleSessionName: 'sess-1', ...input } }, token);

  test('a user named in the trust policy assumes the role: AWS session ARN and id, and me is the session', async () => {
    const user = await createUserWithLogin(s);
    const role = await createRole(trust([allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]));
    const before = Date.now();
    const res = await assume(user.token, { roleArn: role.arn, roleSessionName: 'alice@work', durationSeconds: 900 });
    expect(res.errors).toBeUndefined();
    const { credentials, assumedRoleUser } = present(dataOf(res).assumeRole);
    expect(assumedRoleUser).toEqual({
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role.roleName}/alice@work`,
      assumedRoleId: `${role.roleId}:alice@work`,
    });
    const expiresIn = new Date(credentials.expiration).getTime() - before;
    expect(expiresIn).toBeGreaterThan(895_000);
    expect(expiresIn).toBeLessThan(905_000);
    const me = await s.gql(
      graphql(`
        query MeInStsAssumeRole {
          me {
            arn
            userId
            ... on AssumedRoleSession {
              assumedRoleId
              roleArn
              roleName
              roleSessionName
              expiration
            }
          }
        }
      `),
      {},
      credentials.sessionToken,
    );
    expect(dataOf(me).me).toEqual({
      arn: assumedRoleUser.arn,
      userId: `${role.roleId}:alice@work`,
      assumedRoleId: `${role.roleId}:alice@work`,
      roleArn: role.arn,
      roleName: role.roleName,
      roleSessionName: 'alice@work',
      expiration: credentials.expiration,
    });
  });

  test('a user the trust policy does not name is refused with AWS message; an unknown role the same way', async () => {
    const user = await createUserWithLogin(s);
    const other = await createUserWithLogin(s);
    const role = await createRole(trust([allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/${other.userName}` })]));
    const res = await assume(user.token, { roleArn: role.arn });
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(firstError(res).message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/${user.userName} is not authorized to perform: sts:AssumeRole on resource: ${role.arn}`,
    );
    const ghost = `arn:aws:iam::${ACCOUNT}:role/no-such-role`;
    const unknown = await assume(user.token, { roleArn: ghost });
    expect(codeOf(unknown)).toBe('ACCESS_DENIED');
    expect(firstError(unknown).message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/${user.userName} is not authorized to perform: sts:AssumeRole on resource: ${ghost}`,
    );
  });

  test('an explicit Deny in the trust policy wins over an Allow; conditions see the caller (aws:username)', async () => {
    const user = await createUserWithLogin(s);
    const userArn = `arn:aws:iam::${ACCOUNT}:user/${user.userName}`;
    const denied = await createRole(
      trust([allow({ AWS: userArn }), { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]),
    );
    expect(codeOf(await assume(user.token, { roleArn: denied.arn }))).toBe('ACCESS_DENIED');
    const byName = await createRole(trust([allow({ AWS: userArn }, { Condition: { StringEquals: { 'aws:username': 'somebody-else' } } })]));
    expect(codeOf(await assume(user.token, { roleArn: byName.arn }))).toBe('ACCESS_DENIED');
    const mine = await createRole(
      trust([
        allow({ AWS: userArn }, { Condition: { StringEquals: { 'aws:username': user.userName, 'sts:RoleSessionName': 'ok-name' } } }),
      ]),
    );
    expect(codeOf(await assume(user.token, { roleArn: mine.arn, roleSessionName: 'other-name' }))).toBe('ACCESS_DENIED');
    expect((await assume(user.token, { roleArn: mine.arn, roleSessionName: 'ok-name' })).errors).toBeUndefined();
  });

  test('durationSeconds: 900 up to the role maximum, else BAD_USER_INPUT; roleSessionName is checked', async () => {
    const user = await createUserWithLogin(s);
    const role = await createRole(trust([allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]), { maxSessionDuration: 7200 });
    for (const bad of [899, 7201, 43201]) {
      const res = await assume(user.token, { roleArn: role.arn, durationSeconds: bad });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(firstError(res).extensions?.field).toBe('durationSeconds');
    }
    const max = await assume(user.token, { roleArn: role.arn, durationSeconds: 7200 });
    expect(max.errors).toBeUndefined();
    expect(new Date(present(dataOf(max).assumeRole).credentials.expiration).getTime() - Date.now()).toBeGreaterThan(7190_000);
    for (const name of ['x', 'has space', 'a'.repeat(65), 'slash/no']) {
      const res = await assume(user.token, { roleArn: role.arn, roleSessionName: name });
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleSessionName' });
    }
  });

  test('role chaining: a role session assumes a role that trusts its role, capped at one hour', async () => {
    const user = await createUserWithLogin(s);
    const first = await createRole(trust([allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]), { maxSessionDuration: 43200 });
    const second = await createRole(trust([allow({ AWS: first.arn })]), { maxSessionDuration: 43200 });
    const hop1 = await assume(user.token, { roleArn: first.arn, roleSessionName: 'hop1', durationSeconds: 7200 });
    const token1 = dataOf(hop1).assumeRole?.credentials.sessionToken;
    const tooLong = await assume(present(token1), { roleArn: second.arn, roleSessionName: 'hop2', durationSeconds: 3601 });
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(firstError(tooLong).message).toContain('1 hour session limit for roles assumed by role chaining');
    const hop2 = await assume(present(token1), { roleArn: second.arn, roleSessionName: 'hop2', durationSeconds: 3600 });
    expect(hop2.errors).toBeUndefined();
    expect(dataOf(hop2).assumeRole?.assumedRoleUser.arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/${second.roleName}/hop2`);
    // The first role is not trusted by itself: its session is refused, in AWS words for an assumed role.
    const self = await assume(present(token1), { roleArn: first.arn });
    expect(firstError(self).message).toBe(
      `User: arn:aws:sts::${ACCOUNT}:assumed-role/${first.roleName}/hop1 is not authorized to perform: sts:AssumeRole on resource: ` +
        `${first.arn}`,
    );
  });

  test('revokeRoleSessions ends the sessions issued before now; a new session works', async () => {
    const user = await createUserWithLogin(s);
    const role = await createRole(trust([allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]));
    const a = dataOf(await assume(user.token, { roleArn: role.arn, roleSessionName: 'a1' })).assumeRole?.credentials.sessionToken;
    const b = dataOf(await assume(user.token, { roleArn: role.arn, roleSessionName: 'b1' })).assumeRole?.credentials.sessionToken;
    expect((await s.gql(ME, {}, a)).errors).toBeUndefined();
    const revoked = await s.gql(REVOKE_ROLE_SESSIONS, { n: role.roleName }, admin);
    expect(dataOf(revoked).revokeRoleSessions?.revokedCount).toBe(2);
    for (const t of [a, b]) {
      const res = await s.gql(ME, {}, t);
      expect(res.status).toBe(401);
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const fresh = dataOf(await assume(user.token, { roleArn: role.arn, roleSessionName: 'c1' })).assumeRole?.credentials.sessionToken;
    expect(dataOf(await s.gql(ME, {}, fresh)).me?.arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/${role.roleName}/c1`);
  });

  test('a role session stops working when it expires and when its role is deleted', async () => {
    const user = await createUserWithLogin(s);
    const role = await createRole(trust([allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]));
    const token = dataOf(await assume(user.token, { roleArn: role.arn, roleSessionName: 'expiring' })).assumeRole?.credentials.sessionToken;
    expect((await s.gql(ME, {}, token)).errors).toBeUndefined();
    // Fast-forward this session's clock: its expiry instant is now in the past.
    await s.app.dataSource.query(
      "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE role_session_name = 'expiring' AND role_id IS NOT NULL",
    );
    expect(codeOf(await s.gql(ME, {}, token))).toBe('UNAUTHENTICATED');

    const live = dataOf(await assume(user.token, { roleArn: role.arn, roleSessionName: 'live' })).assumeRole?.credentials.sessionToken;
    const del = await s.gql(DELETE_ROLE, { n: role.roleName }, admin);
    expect(del.errors).toBeUndefined();
    expect(codeOf(await s.gql(ME, {}, live))).toBe('UNAUTHENTICATED');
  });

  test('a malformed session policy is MALFORMED_POLICY_DOCUMENT; serialNumber without tokenCode is BAD_USER_INPUT', async () => {
    const user = await createUserWithLogin(s);
    const role = await createRole(trust([allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]));
    const bad = await assume(user.token, {
      roleArn: role.arn,
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser' }] }),
    });
    expect(codeOf(bad)).toBe('MALFORMED_POLICY_DOCUMENT');
    const half = await assume(user.token, { roleArn: role.arn, serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/x` });
    expect(firstError(half).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tokenCode' });
  });

  test('assumeRole needs a bearer token', async () => {
    const res = await s.gql(ASSUME, { input: { roleArn: `arn:aws:iam::${ACCOUNT}:role/any`, roleSessionName: 'anon' } });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  test('the audit log records the assumption with the role as resource', async () => {
    const user = await createUserWithLogin(s);
    const role = await createRole(trust([allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]));
    await assume(user.token, { roleArn: role.arn, roleSessionName: 'audited' });
    const events = await s.gql(
      graphql(`
        query AuditEventsInStsAssumeRole($p: String) {
          auditEvents(principalArn: $p, action: "sts:AssumeRole") {
            edges {
              node {
                action
                resourceArn
                outcome
              }
            }
          }
        }
      `),
      { p: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` },
      admin,
    );
    expect(dataOf(events).auditEvents?.edges.map((e) => e.node)).toEqual([
      { action: 'sts:AssumeRole', resourceArn: role.arn, outcome: 'SUCCESS' },
    ]);
  });
});
