import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { type RunningApp,startApp } from '../../src/app';
import { type Config,loadConfig } from '../../src/config/config';
import { MEMORY_DATA_DIR } from '../../src/db/data-source';

/**
 * Starts the whole service on port 0 for one test file. Without TEST_DATABASE_URL it runs on its
 * own in-memory PGlite; with it, on a fresh PostgreSQL database made for this server and dropped
 * by close(). The bootstrap administrator gets a random password per server.
 */
export interface TestServer {
  url: string;
  app: RunningApp;
  config: Config;
  adminPassword: string;
  databaseUrl: string | null;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResponse<T>>;
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> | undefined;
}

export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return null;
  const name = `iam_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestServer(env: Record<string, string> = {}, shared?: { databaseUrl: string }): Promise<TestServer> {
  const db = shared ? null : await createTestDatabase();
  const databaseUrl = shared?.databaseUrl ?? db?.url ?? null;
  const adminPassword = env.IAM_BOOTSTRAP_ADMIN_PASSWORD ?? randomBytes(16).toString('base64url');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    IAM_BOOTSTRAP_ADMIN_USERNAME: 'admin',
    IAM_BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
    IAM_MASTER_KEY: randomBytes(32).toString('base64'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { IAM_DATA_DIR: MEMORY_DATA_DIR }),
    ...env,
  });
  const app = await startApp(config);
  let cachedAdminToken: string | null = null;
  const server: TestServer = {
    url: app.url,
    app,
    config,
    adminPassword,
    databaseUrl,
    gql: (query, variables, token) => gqlRequest(app.url, query, variables, token),
    async adminToken() {
      if (cachedAdminToken) return cachedAdminToken;
      const res = await server.gql(
        'mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status session { token } } }',
        { u: 'admin', p: adminPassword },
      );
      const token = res.data?.login?.session?.token;
      if (!token) throw new Error(`admin login failed: ${JSON.stringify(res.errors)}`);
      cachedAdminToken = token;
      return token;
    },
    async close() {
      await app.close();
      await db?.drop();
    },
  };
  return server;
}

export async function gqlRequest<T = any>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: GqlResponse<T>['errors'] };
  return { status: res.status, data: body.data ?? null, errors: body.errors };
}

/** The first error's code, for terse assertions. */
export function codeOf(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
