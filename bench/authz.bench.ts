/**
 * npm run bench:authz — authorization's cost as a user would see it, on one server in one run:
 * throughput of an authorized `user(userName)` request vs `{ __typename }` (goal ≥ 0.8), of an
 * authenticated `{ __typename }` vs an anonymous one (authentication's cost, goal ≥ 0.8: the
 * session cache), and SQL statements per request in steady state (iam_db_queries_total; goal 0 for
 * authentication and authorization).
 * Embedded PGlite by default; BENCH_DATABASE_URL=postgres://… runs on PostgreSQL.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { MEMORY_DATA_DIR } from '../src/db/data-source';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 4000);
/** user(userName)'s resolver looks its target up by name (for the ARN and the answer): the user cache answers it after the first time. */
const RESOLVER_LOOKUPS = 0;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

/** The bench reads a few known paths of its own queries' answers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bench script, not the API's types
type BenchData = any;

async function main() {
  const password = randomBytes(12).toString('base64url');
  const db = process.env.BENCH_DATABASE_URL;
  const app = await startApp(
    loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      IAM_BOOTSTRAP_ADMIN_USERNAME: 'admin',
      IAM_BOOTSTRAP_ADMIN_PASSWORD: password,
      IAM_MASTER_KEY: randomBytes(32).toString('base64'),
      ...(db ? { DATABASE_URL: db } : { IAM_DATA_DIR: MEMORY_DATA_DIR }),
    }),
  );
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: BenchData; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const sql = async () => Number(/^iam_db_queries_total (\d+)/m.exec(await (await fetch(`${app.url}/metrics`)).text())![1]);

  const token = (await gql('mutation($p: String!) { login(input: {userName: "admin", password: $p}) { session { token } } }', { p: password })).login.session.token;
  // A realistic caller: a group with a managed policy, an inline policy, and a boundary.
  await gql('mutation { createGroup(input: {groupName: "readers"}) { group { arn } } }', {}, token);
  await gql('mutation { attachGroupPolicy(input: {groupName: "readers", policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess"}) { group { groupName } } }', {}, token);
  await gql('mutation { createUser(input: {userName: "target"}) { user { arn } } }', {}, token);
  await gql('mutation { addUserToGroup(input: {groupName: "readers", userName: "admin"}) { group { groupName } } }', {}, token);

  const authorized = () => gql('{ user(userName: "target") { userName } }', {}, token);
  const plain = () => gql('{ __typename }', {}, token);
  const anonymous = () => gql('{ __typename }');

  async function throughput(fn: () => Promise<unknown>): Promise<number> {
    for (let i = 0; i < 200; i++) await fn(); // warm-up
    let n = 0;
    const end = Date.now() + DURATION_MS;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < end) {
          await fn();
          n++;
        }
      }),
    );
    return n / (DURATION_MS / 1000);
  }

  async function sqlPer(fn: () => Promise<unknown>, n = 200): Promise<number> {
    const before = await sql();
    for (let i = 0; i < n; i++) await fn();
    return ((await sql()) - before) / n;
  }

  // Interleave to share any drift between the two.
  const anonFirst = await throughput(anonymous);
  const plainFirst = await throughput(plain);
  const anonRps = (anonFirst + (await throughput(anonymous))) / 2;
  const plainRps = (plainFirst + (await throughput(plain))) / 2;
  const authRps = (await throughput(authorized) + (await throughput(authorized))) / 2;
  const sqlPlain = await sqlPer(plain);
  const sqlAuth = await sqlPer(authorized);
  const decisionsBefore = /iam_authz_decisions_total\{decision="ALLOWED"\} (\d+)/.exec(await (await fetch(`${app.url}/metrics`)).text());

  const rows = [
    ['measure', 'value', 'goal'],
    ['{ __typename } requests/s (anonymous)', anonRps.toFixed(0), ''],
    ['{ __typename } requests/s (authenticated)', plainRps.toFixed(0), ''],
    ['ratio authenticated / anonymous { __typename }', (plainRps / anonRps).toFixed(2), '>= 0.80'],
    ['user(userName) requests/s (authorized)', authRps.toFixed(0), ''],
    ['ratio authorized user(userName) / authenticated { __typename }', (authRps / plainRps).toFixed(2), '>= 0.80'],
    ['SQL per authenticated { __typename } (authentication)', sqlPlain.toFixed(2), '0'],
    ['SQL per user(userName), total', sqlAuth.toFixed(2), ''],
    ['SQL per user(userName) from authorization', Math.max(0, sqlAuth - sqlPlain - RESOLVER_LOOKUPS).toFixed(2), '0'],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\nbench:authz on ${db ? 'PostgreSQL' : 'embedded PGlite'}, ${CONCURRENCY} concurrent clients, ${DURATION_MS} ms per run`);
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i]!)).join('  '));
  console.log(`\nnote: SQL per __typename is authentication's (cached sessions: none; the idle clock is written every 2 s);`);
  console.log(`      user(userName)'s lookup of its target by name is answered by the user cache`);
  console.log(`      (IAM_USER_CACHE_MAX); authorization = total - authentication.`);
  console.log(`      ALLOWED decisions so far: ${decisionsBefore?.[1] ?? '?'}`);
  await app.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
