/**
 * npm run bench:decisions — what an application gets from batchIsAuthorized (issue 13): decisions
 * per second over HTTP with 100 requests per call, next to the in-process evaluator's decisions per
 * second on the same policies and requests in the same run (goal: at least a quarter of it), the
 * p50 and p99 latency of a call (goal p99 under 20 ms), and SQL statements per call in steady state
 * (goal 0). The principal is a signed-in user with ten policies of its own and through a group,
 * asked about by an application (a user with iam:SimulatePrincipalPolicy on users); a third of the
 * requests carry the document's resource policy. The calls come from a worker thread (an
 * application is another program: its HTTP client and JSON run beside the service's thread), and the
 * same calls go to the GraphQL stack alone (Apollo Server with this schema and a resolver that
 * decides nothing), which shows the most any evaluator behind this API can reach on this machine.
 * Embedded PGlite by default; BENCH_DATABASE_URL=postgres://… (an empty database) runs on PostgreSQL.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { startApp } from '../src/app';
import { buildRequestContext } from '../src/authz/request-context';
import { loadConfig } from '../src/config/config';
import { MEMORY_DATA_DIR } from '../src/db/data-source';
import { compilePolicy, contextFromEntries, decideWithResourcePolicy, evaluate } from '../src/policy';
import { gqlRequest } from '../test/support/server';
import { runLoad } from './http-load';
import { mulberry32 } from './prng';
import { stackAlone } from './stack-alone';

const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const PER_CALL = 100;
const SERVICES = ['docs', 'sheets', 'chat', 'files', 'billing'];
const VERBS = ['Read', 'Write', 'Comment', 'Share', 'Delete', 'List'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bench script reading its own queries' answers
type BenchData = any;

const rand = mulberry32(20261203);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** A policy of 3 to 6 statements over the application's services, with wildcards, a variable and some conditions. */
function policy(i: number): string {
  const statements = Array.from({ length: 3 + (i % 4) }, (_, s) => {
    const svc = pick(SERVICES);
    const action = rand() < 0.3 ? `${svc}:${pick(VERBS).slice(0, 2)}*` : `${svc}:${pick(VERBS)}`;
    const resource = rand() < 0.4 ? `arn:aws:${svc}:::doc/team/\${aws:username}/*` : `arn:aws:${svc}:::doc/${pick(['a', 'b', 'c'])}*`;
    const st: Record<string, unknown> = { Sid: `P${i}S${s}`, Effect: rand() < 0.1 ? 'Deny' : 'Allow', Action: action, Resource: resource };
    if (rand() < 0.3) st.Condition = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '10.0.0.0/8'] } };
    return st;
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/**
 * The floor under any evaluator: the same calls to the GraphQL stack alone, whose batchIsAuthorized
 * decides nothing (a fixed answer per request).
 */
function stackAloneDeciding(): ReturnType<typeof stackAlone> {
  const answer = { decision: 'IMPLICIT_DENY', principalArn: null, matchedStatements: [], missingContextValues: [], explanation: '' };
  return stackAlone({ Query: { batchIsAuthorized: (_: unknown, args: { input: { requests: unknown[] } }) => ({ results: args.input.requests.map(() => answer) }) } });
}

async function main() {
  const password = randomBytes(12).toString('base64url');
  const db = process.env.BENCH_DATABASE_URL;
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    IAM_BOOTSTRAP_ADMIN_USERNAME: 'admin',
    IAM_BOOTSTRAP_ADMIN_PASSWORD: password,
    IAM_MASTER_KEY: randomBytes(32).toString('base64'),
    ...(db ? { DATABASE_URL: db } : { IAM_DATA_DIR: MEMORY_DATA_DIR }),
  });
  const app = await startApp(config);
  const account = config.accountId;
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<BenchData> => {
    const res = await gqlRequest(app.url, query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const sql = async () => Number(/^iam_db_queries_total (\d+)/m.exec(await (await fetch(`${app.url}/metrics`)).text())![1]);
  const login = async (u: string, p: string) =>
    (await gql('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { session { token } } }', { u, p })).login.session
      .token as string;
  const put = (userName: string, policyName: string, doc: string, admin: string) =>
    gql('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyName, policyDocument: doc } }, admin);
  try {
    const admin = await login('admin', password);
    const docs = Array.from({ length: 10 }, (_, i) => policy(i));
    const userPassword = `Pw-${randomBytes(12).toString('base64url')}-9`;
    for (const [name, pw] of [
      ['alice', userPassword],
      ['docs-app', userPassword],
    ]) {
      await gql('mutation($u: String!) { createUser(input: {userName: $u}) { user { arn } } }', { u: name }, admin);
      await gql(
        'mutation($u: String!, $p: String!) { createLoginProfile(input: {userName: $u, password: $p}) { loginProfile { userName } } }',
        { u: name, p: pw },
        admin,
      );
    }
    await gql('mutation { createGroup(input: {groupName: "writers"}) { group { arn } } }', {}, admin);
    await gql('mutation { addUserToGroup(input: {groupName: "writers", userName: "alice"}) { group { groupName } } }', {}, admin);
    // Managed policies (an inline policy of a user holds at most 2,048 characters in all): five of alice's own, five through her group.
    for (let i = 0; i < 10; i++) {
      const arn = (
        await gql(
          'mutation($n: String!, $d: String!) { createPolicy(input: {policyName: $n, policyDocument: $d}) { policy { arn } } }',
          { n: `app-${i}`, d: docs[i] },
          admin,
        )
      ).createPolicy.policy.arn;
      if (i < 5) await gql('mutation($a: String!) { attachUserPolicy(input: {userName: "alice", policyArn: $a}) { user { userName } } }', { a: arn }, admin);
      else await gql('mutation($a: String!) { attachGroupPolicy(input: {groupName: "writers", policyArn: $a}) { group { groupName } } }', { a: arn }, admin);
    }
    const ask = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: `arn:aws:iam::${account}:user/*` }],
    });
    await put('docs-app', 'ask', ask, admin);
    const aliceToken = await login('alice', userPassword);
    const appToken = await login('docs-app', userPassword);
    const aliceArn = `arn:aws:iam::${account}:user/alice`;

    // The requests: actions and documents of the application's services, a third with the document's own policy.
    const resourcePolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: aliceArn }, Action: 'docs:Read', Resource: 'arn:aws:docs:::doc/shared/*' }],
    });
    const requests = Array.from({ length: PER_CALL * 10 }, (_, i) => {
      const svc = pick(SERVICES);
      const withPolicy = i % 3 === 0;
      return {
        principal: { sessionToken: aliceToken },
        action: withPolicy ? 'docs:Read' : `${svc}:${pick(VERBS)}`,
        resource: withPolicy ? `arn:aws:docs:::doc/shared/${i}` : `arn:aws:${svc}:::doc/${pick(['a1', 'b2', `team/alice/${i}`, 'z9'])}`,
        contextEntries: [{ contextKeyName: 'aws:SourceIp', contextKeyValues: [rand() < 0.5 ? '203.0.113.7' : '198.51.100.7'], contextKeyType: 'IP' }],
        ...(withPolicy ? { resourcePolicy } : {}),
      };
    });
    const BATCH = 'query($r: [IsAuthorizedInput!]!) { batchIsAuthorized(input: {requests: $r}) { results { decision } } }';
    const bodies = Array.from({ length: 10 }, (_, k) => JSON.stringify({ query: BATCH, variables: { r: requests.slice(k * PER_CALL, (k + 1) * PER_CALL) } }));
    const spec = { token: appToken, bodies, calls: CALLS, warm: 20, concurrency: CONCURRENCY, expect: { field: 'batchIsAuthorized', results: PER_CALL } };
    await runLoad({ ...spec, url: app.url, calls: 20 }); // warm: caches, JIT
    const before = await sql();
    const { latencies, seconds } = await runLoad({ ...spec, url: app.url });
    const statements = ((await sql()) - before) / CALLS;
    const overHttp = (CALLS * PER_CALL) / seconds;
    // Latency as one caller sees it, one call after another (with several in flight on one event loop, a call waits for the others).
    const alone = (await runLoad({ ...spec, url: app.url, concurrency: 1 })).latencies.sort((a, b) => a - b);

    // The same calls to the GraphQL stack alone (no service, no decision): the floor of any evaluator here.
    const bare = await stackAloneDeciding();
    let floor: number;
    try {
      floor = (CALLS * PER_CALL) / (await runLoad({ ...spec, url: bare.url })).seconds;
    } finally {
      await bare.close();
    }

    // In process, the same policies, requests and context entries, one decision after another.
    const compiled = docs.map((d, i) => compilePolicy(d, { id: `p${i}` }));
    const rp = compilePolicy(resourcePolicy, { id: 'rp' }, { kind: 'RESOURCE' });
    const caller = {
      kind: 'USER',
      arn: aliceArn,
      userId: 'AIDA',
      user: { userName: 'alice', tags: [] },
      session: { authMethod: 'PASSWORD', temporary: true, mfaAuthenticated: false, createdAt: new Date(), context: null },
    };
    const decideInProcess = (r: (typeof requests)[number]) => {
      const context = buildRequestContext(null, caller as never);
      const entries = contextFromEntries(r.contextEntries as never).context!;
      for (const k of entries.keys()) {
        const v = entries.lookup(k)!;
        context.set(v.name, v.values, v.multi, v.type);
      }
      const request = { action: r.action, resource: r.resource, context };
      if (!r.resourcePolicy) return evaluate(request, { identity: compiled }).decision;
      return decideWithResourcePolicy({ request, policies: { identity: compiled }, resourcePolicy: rp, caller: { principal: [aliceArn], role: [], account } })
        .decision;
    };
    for (let w = 0; w < 20_000; w++) decideInProcess(requests[w % requests.length]!);
    const n = 200_000;
    const t1 = performance.now();
    for (let w = 0; w < n; w++) decideInProcess(requests[w % requests.length]!);
    const inProcess = n / ((performance.now() - t1) / 1000);

    latencies.sort((a, b) => a - b);
    const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
    const q = (p: number) => pct(latencies, p);
    const row = (k: string, v: string) => console.log(`${k.padEnd(62)} ${v}`);
    console.log(`\nbatchIsAuthorized, ${PER_CALL} requests per call, ${CALLS} calls, ${CONCURRENCY} at a time; ${db ? 'PostgreSQL' : 'embedded PGlite'}`);
    row('decisions per second over HTTP', overHttp.toFixed(0));
    row('in-process decisions per second (same policies)', inProcess.toFixed(0));
    row('HTTP / in-process (goal >= 0.25)', (overHttp / inProcess).toFixed(3));
    row('the GraphQL stack alone, deciding nothing: requests per s', floor.toFixed(0));
    row('  its ratio to in-process (the most any evaluator gets)', (floor / inProcess).toFixed(3));
    row('call latency p50 / p99 ms, one call at a time (goal p99 < 20)', `${pct(alone, 0.5).toFixed(2)} / ${pct(alone, 0.99).toFixed(2)}`);
    row(`call latency p50 / p99 ms, ${CONCURRENCY} at a time`, `${q(0.5).toFixed(2)} / ${q(0.99).toFixed(2)}`);
    row('SQL statements per call, steady state (goal 0)', statements.toFixed(2));
    console.log(
      `decisions: http_per_s=${overHttp.toFixed(0)} in_process_per_s=${inProcess.toFixed(0)} ratio=${(overHttp / inProcess).toFixed(3)} stack_alone_per_s=${floor.toFixed(0)} p99_ms=${pct(alone, 0.99).toFixed(2)} p99_ms_at_${CONCURRENCY}=${q(0.99).toFixed(2)} sql_per_call=${statements.toFixed(2)}`,
    );
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
