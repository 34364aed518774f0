import { graphql } from '../generated';
import { createUser, createUserWithLogin, strongPassword } from '../support/factories';
import { ACCOUNT, allowAll, iamFixtures, trustStatement } from '../support/iam-fixtures';
import { delaySessionCacheNotifications, sleep, sqlCount, terminateSessionCacheListeners, within } from '../support/metrics';
import {
  CHANGE_PASSWORD,
  CREATE_ACCESS_KEY,
  DELETE_LOGIN_PROFILE_BY_INPUT,
  DELETE_ROLE,
  DELETE_USER,
  GET_SESSION_TOKEN,
  LOGIN_SESSION,
  ME,
  PUT_USER_POLICY,
  REVOKE_ROLE_SESSIONS,
  REVOKE_USER_SESSIONS,
  TYPENAME,
  USER_NAMES,
} from '../support/operations';
import { codeOf, dataOf, present, startTestServer, type TestServer, useTestServer } from '../support/server';

/** Sessions served from each instance's memory: as fresh as the database, across instances too. */
const LOGOUT = graphql(`
  mutation LogoutInSessionCache {
    logout {
      ok
    }
  }
`);
const SESSION_IDS = graphql(`
  query SessionIdsInSessionCache($u: String!) {
    sessions(userName: $u) {
      id
    }
  }
`);
const REVOKE_SESSION = graphql(`
  mutation RevokeSessionInSessionCache($id: ID!) {
    revokeSession(input: { sessionId: $id }) {
      sessionId
    }
  }
`);
const UPDATE_ACCESS_KEY = graphql(`
  mutation UpdateAccessKeyInSessionCache($i: UpdateAccessKeyInput!) {
    updateAccessKey(input: $i) {
      accessKey {
        status
      }
    }
  }
`);

const live = async (s: TestServer, token: string) => (await s.gql(ME, {}, token)).errors === undefined;
const refused = async (s: TestServer, token: string) => codeOf(await s.gql(ME, {}, token)) === 'UNAUTHENTICATED';

/** SQL statements that `n` authenticated { __typename } requests cost. */
async function sqlOf(s: TestServer, token: string, n: number): Promise<number> {
  const before = await sqlCount(s);
  for (let i = 0; i < n; i++) expect((await s.gql(TYPENAME, {}, token)).errors).toBeUndefined();
  return (await sqlCount(s)) - before;
}

describe('the session cache and the idle timeout', () => {
  const s = useTestServer({ IAM_SESSION_IDLE_TIMEOUT_SECONDS: '2' });

  test('a session served from memory still ends when idle past the idle timeout', async () => {
    const { token } = await createUserWithLogin(s);
    expect(await live(s, token)).toBe(true);
    expect(await live(s, token)).toBe(true);
    await sleep(1200);
    expect(await live(s, token)).toBe(true); // a use restarts the idle clock
    await sleep(1200);
    expect(await live(s, token)).toBe(true);
    await sleep(2600);
    expect(await refused(s, token)).toBe(true);
  });
});

describe('the session cache on one instance', () => {
  const s = useTestServer();

  test('50 authenticated requests cost at most a few SQL statements: the idle clock is written in batches', async () => {
    const { token } = await createUserWithLogin(s);
    const before = await sqlCount(s);
    for (let i = 0; i < 50; i++) expect((await s.gql(TYPENAME, {}, token)).errors).toBeUndefined();
    await sleep(2500); // one flush of the idle clocks
    const statements = (await sqlCount(s)) - before;
    console.log(`50 authenticated requests (and one idle-clock flush): ${statements} SQL statements`);
    expect(statements).toBeLessThanOrEqual(4);
  });

  test('revoked here: refused on the very next request', async () => {
    const u = await createUserWithLogin(s);
    expect(await live(s, u.token)).toBe(true);
    await s.ok(REVOKE_USER_SESSIONS, { n: u.userName }, await s.adminToken());
    expect(await refused(s, u.token)).toBe(true);
  });
});

const pg = process.env.TEST_DATABASE_URL ? describe : describe.skip;
if (!process.env.TEST_DATABASE_URL) console.warn('session-cache: the two-instance tests need TEST_DATABASE_URL (PostgreSQL); skipped');

pg('the session cache across two instances on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  let adminA: string;
  beforeAll(async () => {
    a = await startTestServer({ IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF: '100' });
    b = await startTestServer({ IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF: '100' }, { databaseUrl: a.databaseUrl! });
    adminA = await a.adminToken();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  /** The token, used (and so cached) on both, is ended through A: refused on A at once, on B within 2 s. */
  async function endedEverywhere(what: string, token: string, end: () => Promise<void>) {
    for (const s of [b, b, a]) expect(await live(s, token)).toBe(true);
    await end();
    expect(await refused(a, token)).toBe(true);
    const delay = await within(2000, () => refused(b, token));
    console.log(`${what}: refused on the other instance after ${delay} ms`);
    expect(delay).not.toBeNull();
  }

  test('revokeSession through A', async () => {
    const u = await createUserWithLogin(a);
    const [session] = dataOf(await a.gql(SESSION_IDS, { u: u.userName }, adminA)).sessions;
    await endedEverywhere('revokeSession', u.token, async () => {
      await a.ok(REVOKE_SESSION, { id: present(session).id }, adminA);
    });
  });

  test('logout, revokeUserSessions, a password change, user deletion', async () => {
    const l = await createUserWithLogin(a);
    await endedEverywhere('logout', l.token, async () => {
      expect(dataOf(await a.gql(LOGOUT, {}, l.token)).logout?.ok).toBe(true);
    });
    const r = await createUserWithLogin(a);
    await endedEverywhere('revokeUserSessions', r.token, async () => {
      await a.ok(REVOKE_USER_SESSIONS, { n: r.userName }, adminA);
    });
    const p = await createUserWithLogin(a);
    const other = present(dataOf(await a.gql(LOGIN_SESSION, { u: p.userName, p: p.password })).login?.session?.token);
    await endedEverywhere('changePassword (the other sessions)', other, async () => {
      await a.ok(CHANGE_PASSWORD, { i: { oldPassword: p.password, newPassword: strongPassword() } }, p.token);
    });
    const d = await createUserWithLogin(a);
    // A user with a login profile cannot be deleted (DELETE_CONFLICT, as in AWS): the profile goes first.
    await endedEverywhere('deleteLoginProfile + deleteUser', d.token, async () => {
      await a.ok(DELETE_LOGIN_PROFILE_BY_INPUT, { i: { userName: d.userName } }, adminA);
      expect((await a.ok(DELETE_USER, { u: d.userName }, adminA)).deleteUser?.userName).toBe(d.userName);
    });
  });

  test('revokeRoleSessions and a role deletion end the role sessions', async () => {
    const iam = iamFixtures(a, () => adminA);
    for (const [what, end] of [
      ['revokeRoleSessions', (roleName: string) => a.ok(REVOKE_ROLE_SESSIONS, { n: roleName }, adminA)],
      ['deleteRole', (roleName: string) => a.ok(DELETE_ROLE, { n: roleName }, adminA)],
    ] as const) {
      const role = await iam.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:root` })]);
      const token = await iam.session(adminA, { roleArn: role.arn });
      await endedEverywhere(what, token, async () => {
        await end(role.roleName);
      });
    }
  });

  test('access key deactivation ends the getSessionToken sessions of that key', async () => {
    const { userName } = await createUser(a);
    const statement = { Effect: 'Allow', Action: 'sts:GetSessionToken', Resource: '*' };
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
    await a.gql(PUT_USER_POLICY, { i: { userName, policyName: 'sts', policyDocument: policy } }, adminA);
    const key = present(dataOf(await a.gql(CREATE_ACCESS_KEY, { u: userName }, adminA)).createAccessKey?.accessKey);
    const gst = await a.gql(GET_SESSION_TOKEN, {
      i: { accessKeyId: key.accessKeyId, secretAccessKey: present(key.secretAccessKey), durationSeconds: 900 },
    });
    const token = present(dataOf(gst).getSessionToken?.credentials?.sessionToken);
    await endedEverywhere('updateAccessKey Inactive', token, async () => {
      await a.ok(UPDATE_ACCESS_KEY, { i: { userName, accessKeyId: key.accessKeyId, status: 'Inactive' } }, adminA);
    });
  });

  test("a change to the caller's user or role written here is seen by its next request here, however late the notification", async () => {
    const iam = iamFixtures(a, () => adminA);
    const listUsers = allowAll('iam:ListUsers');
    const onlyGetUser = await iam.createPolicy([allowAll('iam:GetUser')]);
    const u = await createUserWithLogin(a);
    await iam.putUserPolicy(u.userName, [listUsers]);
    const role = await iam.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:root` })]);
    await iam.putRolePolicy(role.roleName, [listUsers]);
    const roleToken = await iam.session(adminA, { roleArn: role.arn });
    for (const token of [u.token, roleToken, u.token, roleToken]) expect((await a.gql(USER_NAMES, {}, token)).errors).toBeUndefined();
    const undo = delaySessionCacheNotifications(a, 1500);
    try {
      await iam.putUserBoundary(u.userName, onlyGetUser);
      expect(codeOf(await a.gql(USER_NAMES, {}, u.token))).toBe('ACCESS_DENIED');
      await iam.putRoleBoundary(role.roleName, onlyGetUser);
      expect(codeOf(await a.gql(USER_NAMES, {}, roleToken))).toBe('ACCESS_DENIED');
    } finally {
      undo();
    }
  });

  test('while the LISTEN connection is down nothing is cached: a revocation elsewhere is refused at once; caching resumes', async () => {
    const u = await createUserWithLogin(a);
    const keep = await createUserWithLogin(a);
    expect(await sqlOf(b, u.token, 5)).toBeLessThanOrEqual(2);
    await terminateSessionCacheListeners(a.databaseUrl!);
    // B notices the lost connection (its requests read the database again) …
    expect(await within(2000, async () => (await sqlOf(b, keep.token, 3)) >= 3)).not.toBeNull();
    // … so a revocation through A, whose notification B cannot hear, is refused on B at once.
    await a.ok(REVOKE_USER_SESSIONS, { n: u.userName }, adminA);
    expect(await refused(b, u.token)).toBe(true);
    // After the listener reconnects, requests are served from memory again.
    expect(await within(5000, async () => (await sqlOf(b, keep.token, 5)) <= 1)).not.toBeNull();
  });
});
