import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { type RunningApp,startApp } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config/config';
import { graphql } from '../generated';
import { strongPassword, uniqueName } from '../support/factories';
import { CREATE_LOGIN_PROFILE, CREATE_USER, LOGIN_STATUS_AND_SESSION as LOGIN } from '../support/operations';
import { codeOf, createTestDatabase, dataOf,gqlRequest, type Send } from '../support/server';

interface Store {
  env: Record<string, string>;
  drop(): Promise<void>;
}

async function freshStore(): Promise<Store> {
  const db = await createTestDatabase();
  if (db) return { env: { DATABASE_URL: db.url }, drop: db.drop };
  const dir = mkdtempSync(join(tmpdir(), 'iam-bootstrap-'));
  return { env: { IAM_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function start(store: Store, env: Record<string, string>) {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info', base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', IAM_MASTER_KEY: MASTER_KEY, ...store.env, ...env });
  const app = await startApp(config, { log });
  const send: Send = (document, variables, token) => gqlRequest(app.url, document, variables, token);
  return { app, lines, gql: send };
}

const MASTER_KEY = randomBytes(32).toString('base64');
const bootstrapLines = (lines: Array<Record<string, unknown>>) => lines.filter((l) => String(l.msg).startsWith('bootstrap'));

describe('bootstrap administrator', () => {
  let store: Store;
  let running: RunningApp | null = null;
  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(async () => {
    await running?.close();
    running = null;
    await store.drop();
  });

  test('a deleted administrator is not re-created at the next start, and the log says why', async () => {
    const password = strongPassword();
    const env = { IAM_BOOTSTRAP_ADMIN_USERNAME: 'root', IAM_BOOTSTRAP_ADMIN_PASSWORD: password };
    const first = await start(store, env);
    running = first.app;
    expect(bootstrapLines(first.lines).map((l) => l.msg)).toEqual([expect.stringContaining('bootstrap: created the administrator')]);
    const root = dataOf(await first.gql(LOGIN, { u: 'root', p: password })).login?.session?.token;
    // The operators make their own administrator and delete the bootstrap one.
    const ops = { userName: uniqueName('ops'), password: strongPassword() };
    await first.gql(CREATE_USER, { n: ops.userName }, root);
    await first.gql(CREATE_LOGIN_PROFILE, { i: ops }, root);
    await first.gql(
      graphql(`
        mutation AttachUserPolicyInBootstrap($u: String!) {
          attachUserPolicy(input: { userName: $u, policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }) {
            user {
              userName
            }
          }
        }
      `),
      { u: ops.userName },
      root,
    );
    const opsToken = dataOf(await first.gql(LOGIN, { u: ops.userName, p: ops.password })).login?.session?.token;
    await first.gql(
      graphql(`
        mutation DetachUserPolicyInBootstrap {
          detachUserPolicy(input: { userName: "root", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }) {
            user {
              userName
            }
          }
        }
      `),
      {},
      opsToken,
    );
    await first.gql(
      graphql(`
        mutation DeleteLoginProfile {
          deleteLoginProfile(input: { userName: "root" }) {
            userName
          }
        }
      `),
      {},
      opsToken,
    );
    const deleted = await first.gql(
      graphql(`
        mutation DeleteUserInBootstrap {
          deleteUser(input: { userName: "root" }) {
            userName
          }
        }
      `),
      {},
      opsToken,
    );
    expect(deleted.errors).toBeUndefined();
    await first.app.close();
    running = null;

    const second = await start(store, env);
    running = second.app;
    expect(codeOf(await second.gql(LOGIN, { u: 'root', p: password }))).toBe('INVALID_CREDENTIALS');
    const lookup = await second.gql(
      graphql(`
        query UserInBootstrap {
          user(userName: "root") {
            userName
          }
        }
      `),
      {},
      dataOf(await second.gql(LOGIN, { u: ops.userName, p: ops.password })).login?.session?.token,
    );
    expect(codeOf(lookup)).toBe('NO_SUCH_ENTITY');
    const said = bootstrapLines(second.lines);
    expect(said).toHaveLength(1);
    expect(said[0]!.msg).toContain('the database already has users');
    expect(said[0]!.msg).toContain('IAM_BOOTSTRAP_ADMIN_PASSWORD');
    expect(JSON.stringify(second.lines)).not.toContain(password);
  });

  test('a bootstrap password that breaks the password policy stops the start, naming the variable; nothing is created', async () => {
    let error: unknown;
    try {
      running = (await start(store, { IAM_BOOTSTRAP_ADMIN_USERNAME: 'root', IAM_BOOTSTRAP_ADMIN_PASSWORD: 'password' })).app;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('IAM_BOOTSTRAP_ADMIN_PASSWORD');
    expect((error as Error).message).toContain('commonly used');
    expect((error as Error).message).not.toContain('"password"');
    for (const weak of ['short-pw', 'x'.repeat(129)]) {
      await expect(start(store, { IAM_BOOTSTRAP_ADMIN_USERNAME: 'root', IAM_BOOTSTRAP_ADMIN_PASSWORD: weak })).rejects.toThrow(
        /IAM_BOOTSTRAP_ADMIN_PASSWORD/,
      );
    }
    // The failed starts left nothing listening behind them (the caches' LISTEN connections stopped with them).
    if (store.env.DATABASE_URL) {
      const pg = new Client({ connectionString: store.env.DATABASE_URL });
      await pg.connect();
      const listening = async () =>
        (
          await pg.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
               AND application_name IN ('iam-policy-cache', 'iam-session-cache')`,
          )
        ).rowCount;
      for (let i = 0; i < 100 && (await listening()) !== 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await listening()).toBe(0);
      await pg.end();
    }
    // The database is still empty: a good password then bootstraps it.
    const good = strongPassword();
    const next = await start(store, { IAM_BOOTSTRAP_ADMIN_USERNAME: 'root', IAM_BOOTSTRAP_ADMIN_PASSWORD: good });
    running = next.app;
    expect(dataOf(await next.gql(LOGIN, { u: 'root', p: good })).login?.status).toBe('SUCCESS');
  });

  test('without the variables an empty database gets "admin" once; a later start says it skipped', async () => {
    const first = await start(store, {});
    running = first.app;
    expect(bootstrapLines(first.lines).map((l) => l.msg)).toEqual([expect.stringContaining('generated password')]);
    await first.app.close();
    running = null;
    const second = await start(store, {});
    running = second.app;
    expect(bootstrapLines(second.lines).map((l) => l.msg)).toEqual(['bootstrap skipped: the database already has users']);
  });

  // Two instances on one empty database can only race on PostgreSQL (an embedded database
  // belongs to one process).
  const onPostgres = process.env.TEST_DATABASE_URL ? test : test.skip;
  onPostgres('two instances starting together on an empty database make one administrator', async () => {
    const password = strongPassword();
    const env = { IAM_BOOTSTRAP_ADMIN_USERNAME: 'root', IAM_BOOTSTRAP_ADMIN_PASSWORD: password };
    const [a, b] = await Promise.all([start(store, env), start(store, env)]);
    try {
      const said = [...bootstrapLines(a.lines), ...bootstrapLines(b.lines)].map((l) => String(l.msg));
      expect(said.filter((m) => m.includes('created'))).toHaveLength(1);
      expect(said.filter((m) => m.includes('skipped'))).toHaveLength(1);
      const rows = await a.app.dataSource.query('SELECT user_name FROM users');
      expect(rows).toEqual([{ user_name: 'root' }]);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });
});
