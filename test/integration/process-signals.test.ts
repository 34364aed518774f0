import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../support/server';
import { postGraphQL, serviceEnv, startServiceProcess } from '../support/service-process';

/**
 * The service as a process of its own, on embedded PGlite in a data folder: SIGTERM drains,
 * SIGKILL in the middle of writes loses nothing that was acknowledged and leaves nothing half
 * done, and a damaged data folder stops the start with a message instead of an empty database.
 */
const LOGIN = 'mutation($p: String!) { login(input: { userName: "admin", password: $p }) { session { token } } }';
const CREATE = 'mutation($n: String!) { createUser(input: { userName: $n, path: "/crash/" }) { user { userName } } }';
const STORED = 'query { users(pathPrefix: "/crash/", first: 1000) { edges { node { userName } } } }';
const AUDITED = 'query { auditEvents(action: "iam:CreateUser", first: 1000) { edges { node { resourceArn outcome } } } }';

type Answer = Awaited<ReturnType<typeof postGraphQL>>;
const tokenOf = (a: Answer) =>
  'body' in a ? ((a.body.data?.login as { session?: { token?: string } } | undefined)?.session?.token ?? null) : null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the service process and its signals', () => {
  let dir: string;
  let dropAfter: { drop: () => Promise<void> } | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'iam-signals-'));
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropAfter?.drop();
    dropAfter = null;
  });

  test('SIGTERM: the requests already running finish, new ones get 503, the process exits 0', async () => {
    const env = serviceEnv({ IAM_DATA_DIR: join(dir, 'data'), IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF: '100' });
    const service = await startServiceProcess(env);
    // A request whose body is still on its way when the signal comes (sent in two halves), and sign-ins
    // (an argon2 verification each) running then.
    const body = JSON.stringify({ query: '{ __typename }' });
    const slow = connect(Number(new URL(service.url).port), '127.0.0.1');
    let slowAnswer = '';
    slow.on('data', (chunk) => (slowAnswer += chunk.toString()));
    const slowDone = new Promise((resolve) => slow.once('close', resolve));
    slow.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    const running = Array.from({ length: 6 }, () => postGraphQL(service.url, LOGIN, { p: env.IAM_BOOTSTRAP_ADMIN_PASSWORD }));
    // Once the service is answering all of them (the gauge counts the /metrics request too):
    const inFlight = async () =>
      Number(/^iam_http_requests_in_flight (\d+)/m.exec(await (await fetch(`${service.url}/metrics`)).text())?.[1] ?? 0);
    for (let i = 0; i < 200 && (await inFlight()) < running.length + 2; i++) await sleep(10);
    service.child.kill('SIGTERM');
    // The service logs this line and marks itself draining in the same tick (src/main.ts, src/app.ts):
    // waiting for it, not a fixed time, keeps a loaded machine from sending the late request too early.
    for (let i = 0; i < 500 && !service.output().includes('shutting down'); i++) await sleep(10);
    const late = await postGraphQL(service.url, '{ __typename }');
    slow.end(body.slice(5));
    await slowDone;
    const answers = await Promise.all(running);
    const code = await service.exited;
    for (const a of answers) expect(tokenOf(a)).not.toBeNull();
    expect(slowAnswer).toMatch(/^HTTP\/1\.1 200/);
    expect(slowAnswer).toContain('"__typename":"Query"');
    // A new request while they finish: 503 at once, not a refused connection.
    expect(late).toMatchObject({ status: 503, body: { errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
    expect(code).toBe(0);
    expect(service.output()).toContain('"msg":"stopped"');
  }, 90_000);

  const databases = process.env.TEST_DATABASE_URL ? ['embedded PGlite', 'PostgreSQL'] : ['embedded PGlite'];
  test.each(databases)(
    'SIGKILL during a burst of mutations on %s: every acknowledged one is there after a restart, with its audit record',
    async (kind) => {
      const pg = kind === 'PostgreSQL' ? await createTestDatabase() : null;
      dropAfter = pg;
      const env = serviceEnv(pg ? { DATABASE_URL: pg.url } : { IAM_DATA_DIR: join(dir, 'data') });
      const first = await startServiceProcess(env);
      const token = tokenOf(await postGraphQL(first.url, LOGIN, { p: env.IAM_BOOTSTRAP_ADMIN_PASSWORD }))!;
      const acknowledged: string[] = [];
      let killed = false;
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; !killed; i++) {
          const name = `crash-${w}-${i}`;
          const a = await postGraphQL(first.url, CREATE, { n: name }, token);
          if ('body' in a && !a.body.errors && a.body.data?.createUser) acknowledged.push(name);
        }
      });
      await sleep(1500);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      killed = true;
      await Promise.all(writers);
      expect(acknowledged.length).toBeGreaterThan(0);

      const second = await startServiceProcess(env);
      try {
        const again = tokenOf(await postGraphQL(second.url, LOGIN, { p: env.IAM_BOOTSTRAP_ADMIN_PASSWORD }))!;
        const stored = await postGraphQL(second.url, STORED, {}, again);
        const audited = await postGraphQL(second.url, AUDITED, {}, again);
        if (!('body' in stored) || !('body' in audited)) throw new Error('the restarted service did not answer');
        const names = (stored.body.data!.users as { edges: Array<{ node: { userName: string } }> }).edges.map((e) => e.node.userName);
        const events = (audited.body.data!.auditEvents as { edges: Array<{ node: { resourceArn: string; outcome: string } }> }).edges;
        const recorded = events
          .filter((e) => e.node.outcome === 'SUCCESS')
          .map((e) => e.node.resourceArn.slice(e.node.resourceArn.lastIndexOf('/') + 1));
        console.log(`process-signals: ${acknowledged.length} acknowledged before SIGKILL, ${names.length} stored after the restart`);
        for (const n of acknowledged) expect(names).toContain(n);
        expect([...names].sort()).toEqual([...recorded].sort());
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    },
    120_000,
  );

  test('a damaged data folder stops the start with a message naming it, never an empty database', async () => {
    const data = join(dir, 'data');
    const env = serviceEnv({ IAM_DATA_DIR: data });
    const first = await startServiceProcess(env);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // The control file says where recovery starts: garbage there is damage PostgreSQL cannot repair.
    writeFileSync(join(data, 'global', 'pg_control'), Buffer.alloc(8192, 0x5a));
    const second = startServiceProcess(env);
    await expect(second).rejects.toThrow(/exited \(1\)/);
    const message = await second.catch((err: Error) => err.message);
    expect(message).toContain(data);
    expect(message).toMatch(/could not be opened/);
    // A folder with files but no database in it (another program's, or parts deleted): refused too.
    const stray = join(dir, 'stray');
    mkdirSync(stray);
    writeFileSync(join(stray, 'notes.txt'), 'not a database');
    const third = await startServiceProcess(serviceEnv({ IAM_DATA_DIR: stray })).catch((err: Error) => err.message);
    expect(third).toContain(`IAM_DATA_DIR=${stray} holds files but no database`);
  }, 90_000);
});
