import { type AddressInfo, connect, createServer as createNetServer, type Socket } from 'node:net';
import { Client } from 'pg';
import { graphql } from '../generated';
import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { ATTACH_USER_POLICY, CREATE_USER, DETACH_USER_POLICY, ME, REVOKE_USER_SESSIONS, USER_NAME_BY_NAME } from '../support/operations';
import { codeOf, createTestDatabase, ok, startTestServer, type TestServer } from '../support/server';

/**
 * Read replicas (DATABASE_REPLICA_URLS) against a real streaming replica of TEST_DATABASE_URL's
 * cluster (TEST_REPLICA_URL; .ci/replica-and-pgbouncer.sh makes one). A physical replica copies
 * every database of the cluster, so the replica's URL names the test's own database. Replay is
 * paused (pg_wal_replay_pause) to make the replica visibly behind.
 */
const base = process.env.TEST_DATABASE_URL;
const replicaBase = process.env.TEST_REPLICA_URL;
if (!base || !replicaBase) {
  const needs = `${base ? '' : 'TEST_DATABASE_URL and '}TEST_REPLICA_URL`;
  console.warn(`replicas.test.ts skipped: it needs ${needs} (a streaming replica of that cluster)`);
}
const withReplica = base && replicaBase ? describe : describe.skip;

const READONLY = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
const EFFECTIVE_POLICY_NAMES = graphql(`
  query EffectivePolicyNamesOnReplica($a: String!) {
    effectivePermissions(principalArn: $a) {
      statements {
        source {
          policyName
        }
      }
    }
  }
`);

function sameDatabase(url: string, of: string): string {
  const u = new URL(url);
  u.pathname = new URL(of).pathname;
  return u.toString();
}

async function routed(s: TestServer, target: 'replica' | 'primary', reason: string): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  const m = new RegExp(`^iam_db_read_routing_total\\{target="${target}",reason="${reason}"\\} (\\d+)`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

withReplica('read replicas', () => {
  let s: TestServer;
  let db: { url: string; drop: () => Promise<void> };
  let primary: Client;
  let replica: Client;

  /** Waits until the replica has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<void> {
    const [{ lsn }] = (await primary.query('SELECT pg_current_wal_lsn()::text AS lsn')).rows as Array<{ lsn: string }>;
    for (let i = 0; i < 400; i++) {
      const r = await replica.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
      if (r.rows[0].done) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the replica did not catch up within 10 s');
  }

  /** Runs with the replica's replay paused: it answers, but sees nothing committed since. */
  async function whilePaused(run: () => Promise<void>): Promise<void> {
    await caughtUp();
    await replica.query('SELECT pg_wal_replay_pause()');
    try {
      for (let i = 0; i < 400; i++) {
        const r = await replica.query('SELECT pg_get_wal_replay_pause_state() AS state');
        if (r.rows[0].state === 'paused') break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await run();
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()');
    }
  }

  beforeAll(async () => {
    db = (await createTestDatabase())!;
    primary = new Client({ connectionString: base });
    replica = new Client({ connectionString: replicaBase });
    await Promise.all([primary.connect(), replica.connect()]);
    await caughtUp(); // the new database exists on the replica too
    s = await startTestServer({ DATABASE_REPLICA_URLS: sameDatabase(replicaBase!, db.url) }, { databaseUrl: db.url });
    await caughtUp();
  });
  afterAll(async () => {
    await replica?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await s?.close();
    await db?.drop();
    await Promise.all([primary?.end(), replica?.end()]);
  });

  test("another caller's query is answered by the replica, which has not seen a write yet; the writer sees it at once", async () => {
    const admin = await s.adminToken();
    const reader = await createUserWithLogin(s);
    ok(await s.gql(ATTACH_USER_POLICY, { u: reader.userName }, admin));
    const late = uniqueName('late');
    await whilePaused(async () => {
      const before = await routed(s, 'replica', 'replica');
      ok(await s.gql(CREATE_USER, { n: late }, admin));
      // Another caller, authorized on the primary, reads the replica's older copy ...
      expect(codeOf(await s.gql(USER_NAME_BY_NAME, { n: late }, reader.token))).toBe('NO_SUCH_ENTITY');
      // ... the writer reads its own write (from the primary: the replica has not replayed it).
      expect(ok(await s.gql(USER_NAME_BY_NAME, { n: late }, admin)).user?.userName).toBe(late);
      expect(await routed(s, 'replica', 'replica')).toBe(before + 1);
      expect(await routed(s, 'primary', 'own-write')).toBeGreaterThan(0);
    });
    await caughtUp();
    expect(ok(await s.gql(USER_NAME_BY_NAME, { n: late }, reader.token)).user?.userName).toBe(late);
  });

  test('a revoked session is refused at once, though the replica still has it', async () => {
    const admin = await s.adminToken();
    const bob = await createUserWithLogin(s);
    ok(await s.gql(ME, {}, bob.token));
    await whilePaused(async () => {
      ok(await s.gql(REVOKE_USER_SESSIONS, { n: bob.userName }, admin));
      expect(codeOf(await s.gql(ME, {}, bob.token))).toBe('UNAUTHENTICATED');
    });
  });

  test('a detached policy stops allowing at once, even after a third caller read the old attachment from the replica', async () => {
    const admin = await s.adminToken();
    const bob = await createUserWithLogin(s);
    const auditor = await createUserWithLogin(s);
    ok(await s.gql(ATTACH_USER_POLICY, { u: bob.userName }, admin));
    ok(await s.gql(ATTACH_USER_POLICY, { u: auditor.userName }, admin));
    const bobArn = `arn:aws:iam::000000000000:user/${bob.userName}`;
    expect(ok(await s.gql(USER_NAME_BY_NAME, { n: 'admin' }, bob.token)).user?.userName).toBe('admin');
    await whilePaused(async () => {
      ok(await s.gql(DETACH_USER_POLICY, { i: { userName: bob.userName, policyArn: READONLY } }, admin));
      // The auditor's query reads Bob's policies from the lagging replica: it still shows the attachment ...
      const seen = ok(await s.gql(EFFECTIVE_POLICY_NAMES, { a: bobArn }, auditor.token));
      expect((seen.effectivePermissions?.statements ?? []).map((st) => st.source.policyName)).toContain('IAMReadOnlyAccess');
      // ... but Bob's own authorization reads the primary, and that copy never reaches the policy cache.
      expect(codeOf(await s.gql(USER_NAME_BY_NAME, { n: 'admin' }, bob.token))).toBe('ACCESS_DENIED');
      expect(codeOf(await s.gql(USER_NAME_BY_NAME, { n: 'admin' }, bob.token))).toBe('ACCESS_DENIED');
    });
  });
});

const pgOnly = base ? describe : describe.skip;
pgOnly('a replica that does not answer', () => {
  let s: TestServer;
  beforeAll(async () => {
    // Nothing listens on port 1: the service starts without it (logged), on the primary alone.
    s = await startTestServer({ DATABASE_REPLICA_URLS: 'postgres://postgres@127.0.0.1:1/postgres' });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the service starts and answers queries from the primary', async () => {
    const admin = await s.adminToken();
    const name = uniqueName('u');
    ok(await s.gql(CREATE_USER, { n: name }, admin));
    const reader = await createUserWithLogin(s);
    ok(await s.gql(ATTACH_USER_POLICY, { u: reader.userName }, admin));
    expect(ok(await s.gql(USER_NAME_BY_NAME, { n: name }, reader.token)).user?.userName).toBe(name);
    expect(await routed(s, 'replica', 'replica')).toBe(0);
  });
});

/** A TCP proxy to the replica that the test can cut and restore, to make the replica go away after the start. */
async function cuttableProxy(
  target: URL,
): Promise<{ port: number; cut: () => Promise<void>; restore: () => Promise<void>; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createNetServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const cut = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of sockets) s.destroy();
    await closed;
  };
  return { port, cut, restore: () => listen(port), close: cut };
}

withReplica('a replica that goes away after the start', () => {
  let s: TestServer;
  let db: { url: string; drop: () => Promise<void> };
  let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
  beforeAll(async () => {
    db = (await createTestDatabase())!;
    // The service drops a replica that does not answer at its start: wait until the new database is there.
    const replica = new Client({ connectionString: replicaBase });
    await replica.connect();
    const name = new URL(db.url).pathname.slice(1);
    for (let i = 0; i < 400 && (await replica.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await replica.end();
    proxy = await cuttableProxy(new URL(replicaBase!));
    const viaProxy = new URL(sameDatabase(replicaBase!, db.url));
    viaProxy.port = String(proxy.port);
    s = await startTestServer({ DATABASE_REPLICA_URLS: viaProxy.toString(), DATABASE_REPLICA_RETRY_SECONDS: '1' }, { databaseUrl: db.url });
  });
  afterAll(async () => {
    await s?.close();
    await proxy?.close().catch(() => undefined);
    await db?.drop();
  });

  test('queries go on from the primary while it is gone, and to the replica again once it is back (after 1 s of rest)', async () => {
    const admin = await s.adminToken();
    const reader = await createUserWithLogin(s);
    ok(await s.gql(ATTACH_USER_POLICY, { u: reader.userName }, admin));
    const readAdmin = () => s.gql(USER_NAME_BY_NAME, { n: 'admin' }, reader.token);
    // The replica has the new database's rows once it replays them: poll until a query is answered there.
    const before = await routed(s, 'replica', 'replica');
    // (until it has, the reader is unknown there: NO_SUCH_ENTITY)
    let answered = false;
    for (let i = 0; i < 200 && !answered; i++) {
      answered = codeOf(await readAdmin()) === undefined && (await routed(s, 'replica', 'replica')) > before;
      if (!answered) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(answered).toBe(true);

    // Users never read before, so that each read is a query to the database (not the user cache).
    const unread: string[] = [];
    for (let i = 0; i < 5; i++) unread.push((await createUser(s)).userName);
    await proxy.cut();
    const down = await routed(s, 'primary', 'replica-down');
    for (const n of unread) expect(ok(await s.gql(USER_NAME_BY_NAME, { n }, reader.token)).user?.userName).toBe(n);
    expect(await routed(s, 'primary', 'replica-down')).toBeGreaterThanOrEqual(down + 5);

    await proxy.restore();
    const back = await routed(s, 'replica', 'replica');
    const start = Date.now();
    while (Date.now() - start < 3000 && (await routed(s, 'replica', 'replica')) === back) {
      expect(codeOf(await readAdmin())).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await routed(s, 'replica', 'replica')).toBeGreaterThan(back);
  });
});
