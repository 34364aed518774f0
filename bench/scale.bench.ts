/**
 * npm run bench:scale — the service at the size of a large company: 100k users (paths, tags),
 * 10k groups (each user in up to 10), 20k customer managed policies (attached to groups, users and
 * 2k roles; some are permissions boundaries). Seeds through the domain services in batches, then
 * restarts the server (cold caches) and measures over HTTP, cold then warm. Writes
 * bench/results/scale-<date>.md with SVG charts and ends with one `scale: …` line.
 *
 * Embedded PGlite in a temporary folder by default; BENCH_DATABASE_URL=postgres://… (an empty
 * database) runs on PostgreSQL. Sizes: BENCH_USERS, BENCH_GROUPS, BENCH_POLICIES, BENCH_ROLES,
 * BENCH_SAMPLES (requests per measure). To seed once and measure again later: BENCH_DATA_DIR (a
 * kept PGlite folder; or the BENCH_DATABASE_URL database) with BENCH_STATE (a file for the seed's secrets).
 * The server runs as the Dockerfile runs it: glibc's malloc settings and --heap-growing-percent=50 (BENCH_GLIBC_DEFAULTS=1,
 * BENCH_NODE_ARGS to change).
 */
import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import type { EntityManager } from 'typeorm';
import { type RunningApp, startApp } from '../src/app';
import { type Config, loadConfig } from '../src/config/config';
import type { GroupEntity } from '../src/identity/group.entity';
import type { UserEntity } from '../src/identity/user.entity';
import { UnitOfWork } from '../src/kernel/unit-of-work';
import type { Services } from '../src/services';
import { AS_THE_DOCKERFILE } from '../test/support/service-process';
import { mulberry32 } from './prng';

const N_USERS = Number(process.env.BENCH_USERS ?? 100_000);
const N_GROUPS = Number(process.env.BENCH_GROUPS ?? 10_000);
const N_POLICIES = Number(process.env.BENCH_POLICIES ?? 20_000);
const N_ROLES = Number(process.env.BENCH_ROLES ?? 2_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 400);
const BATCH = 500;
/** V8's heap as the Dockerfile's CMD sets it (BENCH_NODE_ARGS to change; empty: V8's default). */
const nodeArgs = process.env.BENCH_NODE_ARGS === undefined ? AS_THE_DOCKERFILE.nodeArgs : process.env.BENCH_NODE_ARGS.split(' ').filter(Boolean);
const N_BOUNDARIES = 20;
const SIGN_IN_USERS = 20;
const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'cloudwatch', 'secretsmanager', 'ssm', 'iam'];
const VERBS = ['Get', 'List', 'Describe', 'Put', 'Create', 'Delete', 'Update', 'Tag'];

/** Deterministic, so that every run seeds the same shapes. */
const rand = mulberry32(20261202);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (n: number) => Math.floor(rand() * n);

/** An identity policy of 2 to 5 statements, some with variables and conditions. */
function policyDocument(i: number): string {
  const statements = Array.from({ length: 2 + (i % 4) }, (_, s) => {
    const svc = pick(SERVICES);
    const action = rand() < 0.3 ? `${svc}:${pick(VERBS)}*` : rand() < 0.2 ? `${svc}:*` : `${svc}:${pick(VERBS)}Item${s}`;
    const resource = rand() < 0.5 ? '*' : resourceFor(svc, i, rand() < 0.5);
    const st: Record<string, unknown> = { Sid: `S${s}`, Effect: rand() < 0.1 ? 'Deny' : 'Allow', Action: [action], Resource: resource };
    if (rand() < 0.3) st.Condition = { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.0/24'] } };
    return st;
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** A resource ARN of the service's shape (S3 and IAM ARNs have no region), with a variable or a wildcard inside. */
function resourceFor(svc: string, i: number, withVariable: boolean): string {
  const tail = withVariable ? 'home/${aws:username}/*' : `res-${i % 97}-*/part`;
  if (svc === 's3') return `arn:aws:s3:::bucket-${i % 31}/${tail}`;
  if (svc === 'iam') return withVariable ? 'arn:aws:iam::000000000000:user/*/${aws:username}' : 'arn:aws:iam::000000000000:role/app/*';
  return `arn:aws:${svc}:*:000000000000:${tail}`;
}

function boundaryDocument(i: number): string {
  const allowed = SERVICES.filter((_, k) => (k + i) % 3 !== 0).map((s) => `${s}:*`);
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: allowed, Resource: '*' }] });
}

const policyArn = (i: number) => `arn:aws:iam::000000000000:policy/team-${i % 50}/scale-p${i}`;
const boundaryArn = (i: number) => `arn:aws:iam::000000000000:policy/boundaries/scale-b${i}`;
const userName = (i: number) => `u${String(i).padStart(6, '0')}`;

// ---------------------------------------------------------------- memory and timing

interface RssSample { t: number; mb: number; phase: string; process: 'bench' | 'server' }
const rssSamples: RssSample[] = [];
let phase = 'start';
let serverPid: number | null = null;
const t0 = Date.now();
/** Resident memory of a process in MB from /proc (VmRSS), or of this one. */
function rssOf(pid: number | null): number {
  if (pid === null) return process.memoryUsage().rss / 2 ** 20;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}
const sampler = setInterval(() => {
  try {
    rssSamples.push({ t: (Date.now() - t0) / 1000, mb: rssOf(serverPid), phase, process: serverPid === null ? 'bench' : 'server' });
  } catch {
    /* the server is starting or gone */
  }
}, 500);
sampler.unref();

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
interface Stats { p50: number; p95: number; p99: number; n: number; sqlPerRequest: number }

// ---------------------------------------------------------------- seeding

async function seed(app: RunningApp) {
  const s: Services = app.services;
  const tx = <T>(work: (em: EntityManager) => Promise<T>) => app.dataSource.transaction(work);
  const inBatches = async (label: string, total: number, fn: (em: EntityManager, i: number) => Promise<void>) => {
    phase = `seed ${label}`;
    const bar = new SingleBar({ format: ` ${label.padEnd(10)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted} | ETA {eta_formatted}`, etaBuffer: 20, hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 }, Presets.shades_classic);
    bar.start(total, 0);
    for (let start = 0; start < total; start += BATCH) {
      const end = Math.min(total, start + BATCH);
      await tx(async (em) => {
        for (let i = start; i < end; i++) await fn(em, i);
      });
      bar.update(end);
    }
    bar.stop();
  };
  const started = Date.now();
  await inBatches('boundaries', N_BOUNDARIES, async (em, i) => {
    await s.managedPolicies.create(em, { policyName: `scale-b${i}`, path: '/boundaries/', policyDocument: boundaryDocument(i) });
  });
  await inBatches('policies', N_POLICIES, async (em, i) => {
    await s.managedPolicies.create(em, { policyName: `scale-p${i}`, path: `/team-${i % 50}/`, policyDocument: policyDocument(i) });
  });
  const groups: GroupEntity[] = [];
  await inBatches('groups', N_GROUPS, async (em, i) => {
    const g = await s.groups.create(em, { groupName: `g${String(i).padStart(5, '0')}`, path: `/dept-${i % 100}/` });
    groups.push(g);
    for (let k = 0; k < 2; k++) await s.policyStore.attach(em, { type: 'GROUP', id: g.id }, policyArn((i * 2 + k) % N_POLICIES));
  });
  await inBatches('users', N_USERS, async (em, i) => {
    const u: UserEntity = await s.users.create(em, {
      userName: userName(i),
      path: `/dept-${i % 100}/`,
      tags: [{ key: 'team', value: `t${i % 200}` }, { key: 'cost-center', value: `cc${i % 37}` }],
      permissionsBoundaryArn: i % 10 === 0 ? boundaryArn(i % N_BOUNDARIES) : null,
    });
    if (i % 5 === 0) await s.policyStore.attach(em, { type: 'USER', id: u.id }, policyArn((i * 7) % N_POLICIES));
    const memberships = int(11);
    const seen = new Set<number>();
    for (let k = 0; k < memberships; k++) {
      const gi = int(groups.length);
      if (seen.has(gi)) continue;
      seen.add(gi);
      await s.groups.addUser(em, groups[gi]!, u);
    }
  });
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'sts:AssumeRole' }] });
  await inBatches('roles', N_ROLES, async (em, i) => {
    const r = await s.roles.create(em, { roleName: `r${String(i).padStart(4, '0')}`, path: '/app/', assumeRolePolicyDocument: trust, permissionsBoundary: i % 10 === 0 ? boundaryArn(i % N_BOUNDARIES) : null });
    for (let k = 0; k < 2; k++) await s.policyStore.attach(em, { type: 'ROLE', id: r.id }, policyArn((i * 3 + k * 11) % N_POLICIES));
  });
  return (Date.now() - started) / 1000;
}

// ---------------------------------------------------------------- measuring over HTTP

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bench script reading its own queries' answers
type Data = any;

function client(url: string) {
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Data> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Data; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };
  const sql = async () => Number(/^iam_db_queries_total (\d+)/m.exec(await (await fetch(`${url}/metrics`)).text())![1]);
  /** Latencies of `n` requests made one after another (so SQL per request is exact). */
  const measure = async (n: number, fn: (i: number) => Promise<unknown>): Promise<Stats> => {
    const times: number[] = [];
    const before = await sql();
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await fn(i);
      times.push(performance.now() - t);
    }
    const statements = (await sql()) - before;
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), n, sqlPerRequest: statements / n };
  };
  return { gql, measure };
}

const EFFECTIVE = 'query($a: String!) { effectivePermissions(principalArn: $a) { principalArn statements { effect actions resources source { policyArn } } } }';
const USER = 'query($u: String!) { user(userName: $u) { userName arn tags { key value } } }';
const PAGE = 'query($after: String) { users(first: 100, after: $after) { edges { node { userName effectivePermissions { statements { effect actions } } } } pageInfo { endCursor } } }';
const SIMULATE = 'query($a: String!) { simulatePrincipalPolicy(input: {policySourceArn: $a, actionNames: ["s3:GetItem0", "ec2:DescribeItem1", "kms:Decrypt"], resourceArns: ["*"]}) { evaluationResults { evalDecision } } }';
const LOGIN = 'mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status session { token } } }';

async function measureAll(url: string, adminPassword: string, temperature: 'cold' | 'warm', users: number[], passwords: Map<string, string>) {
  const { gql, measure } = client(url);
  phase = `measure ${temperature}`;
  const admin = (await gql(LOGIN, { u: 'admin', p: adminPassword })).login.session.token as string;
  const arnOf = (i: number) => `arn:aws:iam::000000000000:user/dept-${i % 100}/${userName(i)}`;
  const results: Record<string, Stats> = {};
  results.effectivePermissions = await measure(users.length, (k) => gql(EFFECTIVE, { a: arnOf(users[k]!) }, admin));
  results['authorized user(userName)'] = await measure(users.length, (k) => gql(USER, { u: userName(users[(k * 7) % users.length]!) }, admin));
  let after: string | null = null;
  results['users(first: 100) with effectivePermissions'] = await measure(Math.max(3, Math.floor(users.length / 40)), async () => {
    const d = await gql(PAGE, { after }, admin);
    after = d.users.pageInfo.endCursor;
  });
  results.simulatePrincipalPolicy = await measure(users.length, (k) => gql(SIMULATE, { a: arnOf(users[(k * 13) % users.length]!) }, admin));
  const names = [...passwords.keys()];
  results['sign-in (password)'] = await measure(names.length, (k) => gql(LOGIN, { u: names[k]!, p: passwords.get(names[k]!)! }));
  return results;
}

/** From a group policy's new default version to a member's effectivePermissions showing it. */
async function invalidation(url: string, adminPassword: string): Promise<number[]> {
  const { gql } = client(url);
  const admin = (await gql(LOGIN, { u: 'admin', p: adminPassword })).login.session.token as string;
  const delays: number[] = [];
  for (let k = 0; k < 10; k++) {
    const g = (await gql('query($g: String!) { group(groupName: $g) { users(first: 1) { edges { node { arn } } } attachedManagedPolicies { policyArn } } }', { g: `g${String(k).padStart(5, '0')}` }, admin)).group;
    const member = g.users.edges[0]?.node.arn as string | undefined;
    if (!member) continue;
    await gql(EFFECTIVE, { a: member }, admin); // cached before the change
    const sid = `Changed${k}${Date.now()}`;
    const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] });
    const arn = g.attachedManagedPolicies[0].policyArn as string;
    const versions = (await gql('query($a: String!) { policy(arn: $a) { versions { versionId isDefaultVersion } } }', { a: arn }, admin)).policy.versions as Array<{ versionId: string; isDefaultVersion: boolean }>;
    for (const v of versions.filter((x) => !x.isDefaultVersion).slice(0, Math.max(0, versions.length - 3))) {
      await gql('mutation($a: String!, $v: String!) { deletePolicyVersion(input: {policyArn: $a, versionId: $v}) { policy { arn } } }', { a: arn, v: v.versionId }, admin);
    }
    await gql('mutation($a: String!, $d: String!) { createPolicyVersion(input: {policyArn: $a, policyDocument: $d, setAsDefault: true}) { policyVersion { versionId } } }', { a: arn, d: doc }, admin);
    const t = performance.now();
    for (;;) {
      const e = await gql('query($a: String!) { effectivePermissions(principalArn: $a) { statements { sid } } }', { a: member }, admin);
      if ((e.effectivePermissions.statements as Array<{ sid: string | null }>).some((st) => st.sid === sid)) break;
      if (performance.now() - t > 5000) throw new Error('a policy change was not visible after 5 s');
    }
    delays.push(performance.now() - t);
  }
  return delays.sort((a, b) => a - b);
}

// ---------------------------------------------------------------- the report

function barChart(title: string, rows: Array<{ label: string; cold: Stats; warm: Stats }>): string {
  const w = 760, rowH = 54, top = 40, left = 290, h = top + rows.length * rowH + 30;
  const max = Math.max(...rows.flatMap((r) => [r.cold.p99, r.warm.p99]), 1);
  const x = (v: number) => left + (v / max) * (w - left - 60);
  const bars = rows.map((r, i) => {
    const y = top + i * rowH;
    const one = (s: Stats, dy: number, colour: string, name: string) =>
      `<rect x="${left}" y="${y + dy}" width="${x(s.p99) - left}" height="14" fill="${colour}" opacity="0.35"/>` +
      `<rect x="${left}" y="${y + dy}" width="${x(s.p95) - left}" height="14" fill="${colour}" opacity="0.6"/>` +
      `<rect x="${left}" y="${y + dy}" width="${x(s.p50) - left}" height="14" fill="${colour}"/>` +
      `<text x="${x(s.p99) + 4}" y="${y + dy + 11}" font-size="11">${name} ${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.p99.toFixed(1)} ms</text>`;
    return `<text x="8" y="${y + 22}" font-size="12">${r.label}</text>${one(r.cold, 4, '#c0392b', 'cold')}${one(r.warm, 22, '#2471a3', 'warm')}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>` +
    `<text x="8" y="20" font-size="14" font-weight="bold">${title}</text>${bars.join('')}` +
    `<text x="8" y="${h - 10}" font-size="11">bars: p50 (solid), p95, p99 (lighter), milliseconds, linear scale up to ${max.toFixed(1)} ms</text></svg>`;
}

function rssChart(samples: RssSample[]): string {
  const w = 760, h = 300, left = 50, bottom = 40, top = 30;
  const tMax = Math.max(...samples.map((s) => s.t), 1), mMax = Math.max(...samples.map((s) => s.mb), 400) * 1.05;
  const x = (t: number) => left + (t / tMax) * (w - left - 20);
  const y = (mb: number) => h - bottom - (mb / mMax) * (h - bottom - top);
  const path = samples.map((s, i) => `${i ? 'L' : 'M'}${x(s.t).toFixed(1)},${y(s.mb).toFixed(1)}`).join('');
  const phases: string[] = [];
  samples.forEach((s, i) => {
    if (i === 0 || samples[i - 1]!.phase !== s.phase) phases.push(`<line x1="${x(s.t)}" y1="${top}" x2="${x(s.t)}" y2="${h - bottom}" stroke="#bbb"/><text x="${x(s.t) + 2}" y="${top + 10 + (phases.length % 4) * 12}" font-size="10">${s.phase}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>` +
    `<text x="8" y="18" font-size="14" font-weight="bold">Resident memory (MB) over the run</text>${phases.join('')}` +
    `<line x1="${left}" y1="${y(400)}" x2="${w - 20}" y2="${y(400)}" stroke="#c0392b" stroke-dasharray="4"/><text x="${w - 120}" y="${y(400) - 4}" font-size="10">goal 400 MB</text>` +
    `<path d="${path}" fill="none" stroke="#2471a3" stroke-width="1.5"/>` +
    `<text x="${left}" y="${h - 10}" font-size="11">seconds 0 … ${tMax.toFixed(0)}; peak ${Math.max(...samples.map((s) => s.mb)).toFixed(0)} MB</text></svg>`;
}

// ---------------------------------------------------------------- memory per cached principal

/**
 * The policy cache's cost per principal at this size: loads the policy sets of PROBE users (each
 * with its groups' policies, compiled) into the cache of an in-process server, heap before and after.
 */
async function cacheFootprint(masterKey: string, db: string | undefined, dataDir: string | null, probe: number): Promise<{ perPrincipalKb: number; perDocumentKb: number; documentsCompiled: number; bounds: Config['policyCache'] }> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', IAM_MASTER_KEY: masterKey, ...(db ? { DATABASE_URL: db } : { IAM_DATA_DIR: dataDir! }) });
  const app = await startApp(config);
  try {
    const rows = (await app.dataSource.query('SELECT id FROM users ORDER BY user_name LIMIT $1', [probe])) as Array<{ id: string }>;
    const heap = () => {
      global.gc?.();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    const documents = new Set<string>();
    for (const { id } of rows) {
      const set = await app.services.policyStore.policySet(new UnitOfWork(app.dataSource.manager), { type: 'USER', id });
      for (const p of [...set.identity, ...set.boundary]) documents.add(p.meta.id);
    }
    const withSets = heap();
    // The principals' sets out, the compiled documents (shared between them) still cached.
    app.services.policyStore.cache.clear();
    const documentsOnly = heap();
    return {
      perPrincipalKb: (withSets - documentsOnly) / rows.length / 1024,
      perDocumentKb: (documentsOnly - before) / Math.max(1, documents.size) / 1024,
      documentsCompiled: documents.size,
      bounds: config.policyCache,
    };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------- the server alone

/** The service as an operator runs it, in its own process, on the seeded database. */
async function startServer(masterKey: string, db: string | undefined, dataDir: string | null) {
  const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
  const env = {
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    // As the Dockerfile runs it; BENCH_GLIBC_DEFAULTS=1 leaves glibc's malloc as it is.
    ...(process.env.BENCH_GLIBC_DEFAULTS ? {} : AS_THE_DOCKERFILE.env),
    IAM_AUTH_IP_MAX_FAILURES: '1000000',
    IAM_MASTER_KEY: masterKey,
    ...(db ? { DATABASE_URL: db } : { IAM_DATA_DIR: dataDir! }),
  };
  const child = spawn(process.execPath, [...nodeArgs, join(__dirname, '..', 'dist', 'src', 'main.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const m = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(buffered);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  child.stdout.resume();
  serverPid = child.pid!;
  phase = 'server started';
  return {
    url,
    pid: child.pid!,
    peakMb: () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

// ---------------------------------------------------------------- main

/** What a later run needs to measure an already seeded database again (BENCH_STATE). */
interface SeedState { adminPassword: string; masterKey: string; seedSeconds: number; passwords: Array<[string, string]>; sizes: number[] }

/** Seeds a fresh database, or with BENCH_STATE=file reuses the one that file describes (BENCH_DATA_DIR or BENCH_DATABASE_URL). */
async function seeded(db: string | undefined, dataDir: string | null): Promise<SeedState> {
  const stateFile = process.env.BENCH_STATE;
  if (stateFile && existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as SeedState;
    if (state.sizes.join() !== [N_USERS, N_GROUPS, N_POLICIES, N_ROLES].join()) throw new Error(`${stateFile} describes other sizes: ${state.sizes.join()}`);
    console.log(`reusing the database seeded in ${state.seedSeconds.toFixed(0)} s (${stateFile})`);
    return state;
  }
  const adminPassword = `Adm-${randomBytes(12).toString('base64url')}`;
  const masterKey = randomBytes(32).toString('base64');
  const config: Config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    IAM_BOOTSTRAP_ADMIN_USERNAME: 'admin',
    IAM_BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
    IAM_MASTER_KEY: masterKey,
    ...(db ? { DATABASE_URL: db } : { IAM_DATA_DIR: dataDir! }),
  });
  const app = await startApp(config);
  const seedSeconds = await seed(app);
  // A few users who can sign in (argon2 costs ~30 ms each, so only these have passwords).
  const passwords: Array<[string, string]> = [];
  const { gql } = client(app.url);
  const admin = (await gql(LOGIN, { u: 'admin', p: adminPassword })).login.session.token as string;
  for (let k = 0; k < SIGN_IN_USERS; k++) {
    const u = userName((k * 1009) % N_USERS);
    const p = `Pw-${randomBytes(12).toString('base64url')}`;
    await gql('mutation($u: String!, $p: String!) { createLoginProfile(input: {userName: $u, password: $p}) { loginProfile { userName } } }', { u, p }, admin);
    passwords.push([u, p]);
  }
  await app.close();
  const state: SeedState = { adminPassword, masterKey, seedSeconds, passwords, sizes: [N_USERS, N_GROUPS, N_POLICIES, N_ROLES] };
  if (stateFile) writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 });
  return state;
}

async function main() {
  const db = process.env.BENCH_DATABASE_URL;
  const keptDir = process.env.BENCH_DATA_DIR;
  if (keptDir) mkdirSync(keptDir, { recursive: true });
  const dataDir = db ? null : (keptDir ?? mkdtempSync(join(tmpdir(), 'iam-scale-')));
  const where = db ? 'PostgreSQL' : `embedded PGlite (on disk, ${dataDir})`;
  console.log(`bench:scale on ${where}: ${N_USERS} users, ${N_GROUPS} groups, ${N_POLICIES} policies, ${N_ROLES} roles`);
  const { adminPassword, masterKey, seedSeconds, passwords: pairs } = await seeded(db, dataDir);
  const passwords = new Map(pairs);
  console.log(`seeded in ${seedSeconds.toFixed(0)} s; starting the server alone (node dist/src/main.js) for cold caches`);
  phase = 'cache footprint';
  const footprint = await cacheFootprint(masterKey, db, dataDir, Math.min(5000, N_USERS));
  const server = await startServer(masterKey, db, dataDir);
  const rssAfterStart = rssOf(server.pid);
  const sample = Array.from({ length: SAMPLES }, () => int(N_USERS));
  const cold = await measureAll(server.url, adminPassword, 'cold', sample, passwords);
  const warm = await measureAll(server.url, adminPassword, 'warm', sample, passwords);
  phase = 'invalidation';
  const inval = await invalidation(server.url, adminPassword);
  phase = 'end';
  const rssEnd = rssOf(server.pid);
  const metricsText = await (await fetch(`${server.url}/metrics`)).text();
  const gauge = (name: string) => Number(new RegExp(`^iam_process_${name} ([0-9.e+]+)`, 'm').exec(metricsText)?.[1] ?? NaN) / 2 ** 20;
  const heap = { used: gauge('nodejs_heap_size_used_bytes'), total: gauge('nodejs_heap_size_total_bytes'), external: gauge('nodejs_external_memory_bytes') };
  const serverSamples = rssSamples.filter((x) => x.process === 'server');
  const measuredPeak = Math.max(...serverSamples.map((x) => x.mb), rssEnd);
  const peakHwm = server.peakMb();
  const seedPeak = Math.max(...rssSamples.filter((x) => x.phase.startsWith('seed')).map((x) => x.mb), 0);
  await server.stop();
  if (dataDir && !keptDir) rmSync(dataDir, { recursive: true, force: true });

  const labels = Object.keys(cold);
  const fmt = (s: Stats) => `${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.p99.toFixed(2)}`;
  const table = [
    '| measure | cold p50 / p95 / p99 ms | warm p50 / p95 / p99 ms | SQL per request cold / warm | requests |',
    '|---|---|---|---|---|',
    ...labels.map((l) => `| ${l} | ${fmt(cold[l]!)} | ${fmt(warm[l]!)} | ${cold[l]!.sqlPerRequest.toFixed(1)} / ${warm[l]!.sqlPerRequest.toFixed(1)} | ${warm[l]!.n} |`),
  ];
  console.log(`\n${table.join('\n')}`);
  console.log(`policy change → visible in effectivePermissions: p50 ${percentile(inval, 50).toFixed(1)} ms, max ${percentile(inval, 100).toFixed(1)} ms (${inval.length} changes)`);
  console.log(`server RSS: after start ${rssAfterStart.toFixed(0)} MB, peak while measuring ${measuredPeak.toFixed(0)} MB (VmHWM ${peakHwm.toFixed(0)} MB), end ${rssEnd.toFixed(0)} MB; bench process peak while seeding ${seedPeak.toFixed(0)} MB`);

  const date = new Date().toISOString().slice(0, 10);
  const tag = db ? 'postgres' : 'pglite';
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const latencySvg = `scale-${date}-${tag}-latency.svg`;
  const rssSvg = `scale-${date}-${tag}-rss.svg`;
  writeFileSync(join(dir, latencySvg), barChart(`Latency at ${N_USERS} users, ${where.split(' (')[0]}`, labels.map((l) => ({ label: l, cold: cold[l]!, warm: warm[l]! }))));
  writeFileSync(join(dir, rssSvg), rssChart(serverSamples));
  const report = [
    `# Scale bench, ${date}, ${where.split(' (')[0]}`,
    '',
    `\`npm run bench:scale\`${db ? ' with `BENCH_DATABASE_URL`' : ''} on this 2-core machine: ${N_USERS} users (paths, two tags, one in ten with a boundary, one in five with a managed policy of its own),`,
    `${N_GROUPS} groups (two managed policies each; each user in 0 to 10), ${N_POLICIES} customer managed policies (2 to 5 statements) and ${N_BOUNDARIES} boundaries,`,
    `${N_ROLES} roles (two managed policies each, one in ten with a boundary). Seeded through the domain services in transactions of ${BATCH} in ${seedSeconds.toFixed(0)} s.`,
    `Then the server restarted (cold caches) and ${SAMPLES} requests per measure were made one after another over HTTP, for random users, cold then warm (the same users again).`,
    '',
    ...table,
    '',
    `A policy change (a group policy's new default version) was visible in a member's next \`effectivePermissions\` in p50 ${percentile(inval, 50).toFixed(1)} ms, at most ${percentile(inval, 100).toFixed(1)} ms (${inval.length} changes; the first read after the mutation's answer already showed it when this is one read's latency).`,
    '',
    `Resident memory of the server process alone (\`node ${nodeArgs.join(' ')} dist/src/main.js\`${process.env.BENCH_GLIBC_DEFAULTS ? ", glibc's default malloc" : ' with MALLOC_ARENA_MAX=2 and MALLOC_MMAP_THRESHOLD_=131072 as in the Dockerfile'}, read from /proc): after start ${rssAfterStart.toFixed(0)} MB, peak while measuring ${measuredPeak.toFixed(0)} MB (VmHWM ${peakHwm.toFixed(0)} MB), at the end ${rssEnd.toFixed(0)} MB. The seeding ran in the bench's own process (peak ${seedPeak.toFixed(0)} MB, not the service's figure).`,
    '',
    `Of the server's memory at the end: JavaScript heap ${heap.used.toFixed(0)} MB used of ${heap.total.toFixed(0)} MB, external (mostly PGlite's WebAssembly memory, with \`IAM_EMBEDDED_SHARED_BUFFERS_MB\` = 32) ${heap.external.toFixed(0)} MB.`,
    '',
    `The policy cache's cost (${Math.min(5000, N_USERS)} users' policy sets loaded in a server of its own, heap after a full GC): ${footprint.perDocumentKb.toFixed(1)} KB per compiled document (${footprint.documentsCompiled} distinct documents, shared between the principals that have them) and ${footprint.perPrincipalKb.toFixed(1)} KB per cached principal on top; at the bounds (${footprint.bounds.maxDocuments} documents, ${footprint.bounds.maxPrincipals} principals) about ${((footprint.perDocumentKb * footprint.bounds.maxDocuments + footprint.perPrincipalKb * footprint.bounds.maxPrincipals) / 1024).toFixed(0)} MB.`,
    '',
    `![latency](${latencySvg})`,
    '',
    `![memory](${rssSvg})`,
    '',
  ].join('\n');
  writeFileSync(join(dir, `scale-${date}-${tag}.md`), report);
  console.log(`server memory at the end: heap ${heap.used.toFixed(0)} MB used of ${heap.total.toFixed(0)} MB, external ${heap.external.toFixed(0)} MB`);
  console.log(`policy cache: ${footprint.perDocumentKb.toFixed(1)} KB per compiled document (${footprint.documentsCompiled} for ${Math.min(5000, N_USERS)} users), ${footprint.perPrincipalKb.toFixed(1)} KB per cached principal`);
  console.log(`report: bench/results/scale-${date}-${tag}.md`);
  console.log(`scale: users=${N_USERS} groups=${N_GROUPS} policies=${N_POLICIES} effective_p95_ms=${warm.effectivePermissions!.p95.toFixed(2)} authz_p95_ms=${warm['authorized user(userName)']!.p95.toFixed(2)} rss_mb=${measuredPeak.toFixed(0)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
