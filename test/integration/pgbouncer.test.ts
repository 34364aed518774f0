import { Client } from 'pg';
import { createUserWithLogin, uniqueName } from '../support/factories';
import { ATTACH_USER_POLICY, CREATE_USER, DETACH_USER_POLICY, FIRST_USER_NAME, USER_NAME_BY_NAME } from '../support/operations';
import { codeOf, createTestDatabase, ok, startTestServer, type TestServer } from '../support/server';

/**
 * The pool through pgbouncer in transaction mode (TEST_PGBOUNCER_URL, in front of
 * TEST_DATABASE_URL's server; .ci/replica-and-pgbouncer.sh runs one), LISTEN and the start-up
 * lock on a direct connection (DATABASE_LISTEN_URL). Two instances start together.
 */
const base = process.env.TEST_DATABASE_URL;
const bouncerBase = process.env.TEST_PGBOUNCER_URL;
if (!base || !bouncerBase) {
  const needs = `${base ? '' : 'TEST_DATABASE_URL and '}TEST_PGBOUNCER_URL`;
  console.warn(`pgbouncer.test.ts skipped: it needs ${needs} (pgbouncer in transaction mode in front of that server)`);
}
const withBouncer = base && bouncerBase ? describe : describe.skip;

withBouncer('through pgbouncer in transaction mode', () => {
  let a: TestServer;
  let b: TestServer;
  let db: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    db = (await createTestDatabase())!;
    const pooled = new URL(bouncerBase!);
    pooled.pathname = new URL(db.url).pathname;
    // One administrator password for both: whichever bootstraps, the other signs in with it.
    const env = { DATABASE_LISTEN_URL: db.url, IAM_BOOTSTRAP_ADMIN_PASSWORD: `Pw-${uniqueName('admin')}-Long-9` };
    // Both migrate at once: the advisory lock must hold on the direct connection.
    [a, b] = await Promise.all([
      startTestServer(env, { databaseUrl: pooled.toString() }),
      startTestServer(env, { databaseUrl: pooled.toString() }),
    ]);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await db?.drop();
  });

  test('the service\'s pool is one of pgbouncer\'s, in transaction mode', async () => {
    ok(await a.gql(FIRST_USER_NAME, {}, await a.adminToken()));
    const console = new Client({ connectionString: new URL('/pgbouncer', bouncerBase).toString() });
    await console.connect();
    try {
      const { rows } = await console.query('SHOW POOLS');
      const pools = rows as Array<{ database: string; pool_mode: string; cl_active: string }>;
      const ours = pools.find((r) => `/${r.database}` === new URL(db.url).pathname);
      expect(ours?.pool_mode).toBe('transaction');
      expect(Number(ours?.cl_active)).toBeGreaterThan(0);
    } finally {
      await console.end();
    }
  });

  test('sign-in, mutations and queries work, and a policy change on one instance is enforced by the other', async () => {
    const adminA = await a.adminToken();
    const u = await createUserWithLogin(a);
    const name = uniqueName('pooled');
    ok(await a.gql(CREATE_USER, { n: name }, adminA));
    ok(await a.gql(ATTACH_USER_POLICY, { u: u.userName }, adminA));
    expect(ok(await b.gql(USER_NAME_BY_NAME, { n: name }, u.token)).user?.userName).toBe(name); // cached on b now
    ok(await a.gql(DETACH_USER_POLICY, { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, adminA));
    let code: string | undefined;
    for (let i = 0; i < 200 && code !== 'ACCESS_DENIED'; i++) code = codeOf(await b.gql(FIRST_USER_NAME, {}, u.token));
    expect(code).toBe('ACCESS_DENIED');
  });
});
