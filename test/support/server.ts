import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { type RunningApp,startApp } from '../../src/app';
import { type Config,loadConfig } from '../../src/config/config';
import { MEMORY_DATA_DIR } from '../../src/db/data-source';
import { graphql } from '../generated';
import type { TypedDocumentString } from '../generated/graphql';

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
  /** Sends an operation written with `graphql(...)`: its variables and data are typed from schema.graphql. */
  gql<TData, TVariables>(
    document: TypedDocumentString<TData, TVariables>,
    variables?: TVariables,
    token?: string | null,
  ): Promise<GqlResponse<TData>>;
  /**
   * Sends text codegen never sees, for the few tests whose point is a request the schema refuses or
   * cannot type (malformed or invalid documents, alias and depth bombs built at run time, wrong
   * variables). Its data is `unknown`: such a test asserts on errors, or narrows what it reads.
   */
  /** Like gql, for a step that must succeed: returns the data, or fails the test with the errors. */
  ok: SendOk;
  rawGql(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResponse<unknown>>;
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors: GqlError[] | undefined;
}

/** The shape of gql: a test file binds its caller's token once (`const q: Send = (d, v, t = admin) => s.gql(d, v, t)`). */
export type Send = <TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables?: TVariables,
  token?: string | null,
) => Promise<GqlResponse<TData>>;

/** Any operation that takes these variables: for a loop that sends several documents alike. */
export type DocumentWith<TVariables> = TypedDocumentString<unknown, TVariables>;

/** The shape of ok: the data of a step that must succeed. */
export type SendOk = <TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables?: TVariables,
  token?: string | null,
) => Promise<TData>;

export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
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
    gql: (document, variables, token) => gqlRequest(app.url, document, variables, token),
    ok: async (document, variables, token) => ok(await gqlRequest(app.url, document, variables, token)),
    rawGql: (query, variables, token) => gqlRequest(app.url, query, variables, token),
    async adminToken() {
      if (cachedAdminToken) return cachedAdminToken;
      const res = await server.gql(
        graphql(`
          mutation AdminLogin($u: String!, $p: String!) {
            login(input: { userName: $u, password: $p }) {
              status
              session {
                token
              }
            }
          }
        `),
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

/**
 * One server for the enclosing describe block: started in beforeAll, closed in afterAll. The handle
 * forwards to it, so a test file writes `const s = useTestServer()` instead of the same hooks again.
 */
export function useTestServer(env: Record<string, string> = {}): TestServer {
  let server: TestServer | null = null;
  beforeAll(async () => {
    server = await startTestServer(env);
  });
  afterAll(async () => {
    await server?.close();
  });
  return new Proxy({} as TestServer, {
    get(_target, key) {
      if (!server) throw new Error('the test server starts in beforeAll: use it in a hook or a test');
      return Reflect.get(server, key);
    },
  });
}

/** One POST to /graphql. A typed document gives typed data; plain text gives `unknown` (see rawGql). */
export function gqlRequest<TData, TVariables>(
  baseUrl: string,
  document: TypedDocumentString<TData, TVariables>,
  variables?: TVariables,
  token?: string | null,
  extraHeaders?: Record<string, string>,
): Promise<GqlResponse<TData>>;
export function gqlRequest(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
  extraHeaders?: Record<string, string>,
): Promise<GqlResponse<unknown>>;
export async function gqlRequest<T>(
  baseUrl: string,
  document: TypedDocumentString<T, unknown> | string,
  variables?: unknown,
  token?: string | null,
  extraHeaders: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: GqlResponse<T>['errors'] };
  return { status: res.status, data: body.data ?? null, errors: body.errors };
}

/** The first error's code, for terse assertions. */
export function codeOf(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** The data of a response that must have succeeded; any error fails the test with the errors in the message. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || res.data === null) throw new Error(`expected success, got ${res.status}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The first error of a response that must have failed; fails the test when there is none. */
export function firstError(res: GqlResponse<unknown>): GqlError {
  const error = res.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${res.status}: ${JSON.stringify(res.data)}`);
  return error;
}

/** One finding of a MALFORMED_POLICY_DOCUMENT error, as the server puts it in extensions.findings. */
export interface ErrorFinding {
  message?: string;
  path?: string;
  [key: string]: unknown;
}

/** The findings the first error carries; fails the test when it carries none. */
export function findingsOf(res: GqlResponse<unknown>): ErrorFinding[] {
  const findings = res.errors?.[0]?.extensions?.findings;
  if (!Array.isArray(findings)) throw new Error(`expected findings, got ${JSON.stringify(res.errors)}`);
  return findings as ErrorFinding[];
}

/** A value the schema may leave null (a payload after an error, an optional field) that this step needs. */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${value}`);
  return value;
}

/** The data of a response, errors or not (a partial result keeps the fields that resolved); fails only when there is none. */
export function dataOf<T>(res: GqlResponse<T>): T {
  if (res.data === null) throw new Error(`expected data, got ${res.status}: ${JSON.stringify(res.errors)}`);
  return res.data;
}
