import { graphql } from '../generated';
import { createUser, createUserWithLogin } from '../support/factories';
import { sqlCount, terminateSessionCacheListeners, within } from '../support/metrics';
import { DELETE_USER, LOGIN_STATUS, PUT_USER_POLICY, TAG_USER } from '../support/operations';
import { codeOf, present, startTestServer, type TestServer, useTestServer } from '../support/server';

/** user(userName) served from each instance's memory: as fresh as the database, across instances too. */
const USER_IN_CACHE = graphql(`
  query UserInUserCache($n: String!) {
    user(userName: $n) {
      arn
      path
      tags {
        key
        value
      }
    }
  }
`);
const MOVE_USER = graphql(`
  mutation MoveUserInUserCache($n: String!, $p: String!) {
    updateUser(input: { userName: $n, newPath: $p }) {
      user {
        path
      }
    }
  }
`);

/** SQL statements that `n` reads of a user cost. */
async function sqlOfReads(s: TestServer, token: string, userName: string, n: number): Promise<number> {
  const before = await sqlCount(s);
  for (let i = 0; i < n; i++) expect((await s.gql(USER_IN_CACHE, { n: userName }, token)).errors).toBeUndefined();
  return (await sqlCount(s)) - before;
}

const tagOf = async (s: TestServer, token: string, userName: string) =>
  present((await s.gql(USER_IN_CACHE, { n: userName }, token)).data?.user).tags.find((t) => t.key === 'team')?.value ?? null;

describe('the user cache on one instance', () => {
  const s = useTestServer();

  test('a user read again runs no SQL, and a change made here is read at once', async () => {
    const admin = await s.adminToken();
    const { userName } = await createUser(s);
    await sqlOfReads(s, admin, userName, 1);
    expect(await sqlOfReads(s, admin, userName, 5)).toBe(0);
    await s.ok(TAG_USER, { i: { userName, tags: [{ key: 'team', value: 'red' }] } }, admin);
    expect(await tagOf(s, admin, userName)).toBe('red');
    await s.ok(MOVE_USER, { n: userName, p: '/moved/' }, admin);
    expect(present((await s.gql(USER_IN_CACHE, { n: userName }, admin)).data?.user).path).toBe('/moved/');
    await s.ok(DELETE_USER, { u: userName }, admin);
    expect(codeOf(await s.gql(USER_IN_CACHE, { n: userName }, admin))).toBe('NO_SUCH_ENTITY');
  });

  test('authorization judges the user where it now is: moved out of the allowed path, it is denied at once', async () => {
    const admin = await s.adminToken();
    const reader = await createUserWithLogin(s);
    const account = s.config.accountId;
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: `arn:aws:iam::${account}:user/team-a/*` }],
    };
    await s.ok(
      PUT_USER_POLICY,
      { i: { userName: reader.userName, policyName: 'read-team-a', policyDocument: JSON.stringify(doc) } },
      admin,
    );
    const { userName } = await createUser(s, undefined, { path: '/team-a/' });
    expect(codeOf(await s.gql(USER_IN_CACHE, { n: userName }, reader.token))).toBeUndefined();
    expect(codeOf(await s.gql(USER_IN_CACHE, { n: userName }, reader.token))).toBeUndefined();
    await s.ok(MOVE_USER, { n: userName, p: '/team-b/' }, admin);
    expect(codeOf(await s.gql(USER_IN_CACHE, { n: userName }, reader.token))).toBe('ACCESS_DENIED');
  });
});

const PASSWORD_LAST_USED = graphql(`
  query PasswordLastUsedInUserCache($n: String!) {
    user(userName: $n) {
      passwordLastUsed
    }
  }
`);

describe('sign-ins and the user cache, on one instance', () => {
  const s = useTestServer();

  test("a sign-in keeps other users cached, and the one who signed in is read with the sign-in's time", async () => {
    const admin = await s.adminToken();
    const { userName } = await createUser(s);
    const signer = await createUserWithLogin(s);
    await sqlOfReads(s, admin, userName, 1);
    const lastUsed = async () =>
      new Date(present(present((await s.gql(PASSWORD_LAST_USED, { n: signer.userName }, admin)).data?.user).passwordLastUsed)).getTime();
    const first = await lastUsed();
    await new Promise((r) => setTimeout(r, 20));
    expect(codeOf(await s.gql(LOGIN_STATUS, { u: signer.userName, p: signer.password }))).toBeUndefined();
    expect(await sqlOfReads(s, admin, userName, 3)).toBe(0);
    expect(await lastUsed()).toBeGreaterThan(first);
    await s.ok(TAG_USER, { i: { userName, tags: [{ key: 'team', value: 'green' }] } }, admin);
    expect(await tagOf(s, admin, userName)).toBe('green');
  });
});

const EFFECTIVE_BY_ARN = graphql(`
  query EffectiveByArnInUserCache($a: String!) {
    effectivePermissions(principalArn: $a) {
      principalArn
    }
  }
`);

describe('a principal named by its ARN, on one instance', () => {
  const s = useTestServer();

  test('effectivePermissions by ARN asked again runs no SQL, and the user moved or deleted here is refused at once', async () => {
    const admin = await s.adminToken();
    const { userName } = await createUser(s, undefined, { path: '/team-a/' });
    const arn = `arn:aws:iam::${s.config.accountId}:user/team-a/${userName}`;
    expect(present((await s.gql(EFFECTIVE_BY_ARN, { a: arn }, admin)).data?.effectivePermissions).principalArn).toBe(arn);
    const before = await sqlCount(s);
    for (let i = 0; i < 3; i++) expect((await s.gql(EFFECTIVE_BY_ARN, { a: arn }, admin)).errors).toBeUndefined();
    expect((await sqlCount(s)) - before).toBe(0);
    await s.ok(MOVE_USER, { n: userName, p: '/team-b/' }, admin);
    expect(codeOf(await s.gql(EFFECTIVE_BY_ARN, { a: arn }, admin))).toBe('NO_SUCH_ENTITY');
    const moved = `arn:aws:iam::${s.config.accountId}:user/team-b/${userName}`;
    expect(present((await s.gql(EFFECTIVE_BY_ARN, { a: moved }, admin)).data?.effectivePermissions).principalArn).toBe(moved);
    await s.ok(DELETE_USER, { u: userName }, admin);
    expect(codeOf(await s.gql(EFFECTIVE_BY_ARN, { a: moved }, admin))).toBe('NO_SUCH_ENTITY');
  });
});

describe('the user cache turned off', () => {
  const s = useTestServer({ IAM_USER_CACHE_MAX: '0' });

  test('every read of a user reads the database', async () => {
    const admin = await s.adminToken();
    const { userName } = await createUser(s);
    await sqlOfReads(s, admin, userName, 1);
    expect(await sqlOfReads(s, admin, userName, 3)).toBe(3);
  });
});

const pg = process.env.TEST_DATABASE_URL ? describe : describe.skip;
if (!process.env.TEST_DATABASE_URL) console.warn('user-cache: the two-instance tests need TEST_DATABASE_URL (PostgreSQL); skipped');

pg('the user cache across two instances on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  let adminA: string;
  let adminB: string;
  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({}, { databaseUrl: a.databaseUrl! });
    adminA = await a.adminToken();
    adminB = adminA; // one database: the token of the admin signed in on A works on B
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  test("another instance's tag, move and deletion are read here within 100 ms", async () => {
    const { userName } = await createUser(a);
    await sqlOfReads(b, adminB, userName, 1);
    expect(await sqlOfReads(b, adminB, userName, 3)).toBe(0);
    await a.ok(TAG_USER, { i: { userName, tags: [{ key: 'team', value: 'blue' }] } }, adminA);
    const tagged = await within(2000, async () => (await tagOf(b, adminB, userName)) === 'blue');
    await a.ok(MOVE_USER, { n: userName, p: '/elsewhere/' }, adminA);
    const moved = await within(2000, async () => (await b.gql(USER_IN_CACHE, { n: userName }, adminB)).data?.user?.path === '/elsewhere/');
    await a.ok(DELETE_USER, { u: userName }, adminA);
    const deleted = await within(2000, async () => codeOf(await b.gql(USER_IN_CACHE, { n: userName }, adminB)) === 'NO_SUCH_ENTITY');
    console.log(
      `user cache: the other instance read the tag after ${tagged} ms, the move after ${moved} ms, the deletion after ${deleted} ms`,
    );
    for (const delay of [tagged, moved, deleted]) {
      expect(delay).not.toBeNull();
      expect(delay!).toBeLessThanOrEqual(100);
    }
  });

  test('while the listener is down nothing is cached, so a change elsewhere is read at once', async () => {
    const { userName } = await createUser(a);
    await sqlOfReads(b, adminB, userName, 2);
    await terminateSessionCacheListeners(a.databaseUrl!);
    // B notices the lost connection (its reads go to the database again) …
    expect(await within(2000, async () => (await sqlOfReads(b, adminB, userName, 3)) >= 3)).not.toBeNull();
    // … so a change through A, whose notification B cannot hear, is read on B at once.
    await a.ok(TAG_USER, { i: { userName, tags: [{ key: 'team', value: 'green' }] } }, adminA);
    expect(await tagOf(b, adminB, userName)).toBe('green');
    // After the listener reconnects, reads are served from memory again.
    expect(await within(5000, async () => (await sqlOfReads(b, adminB, userName, 3)) === 0)).not.toBeNull();
  });
});
