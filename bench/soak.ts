/**
 * npm run soak -- --minutes N: mixed traffic for a minute of warm-up and then N minutes against one
 * service: password + TOTP sign-ins, reads (a user, a page of users, effective permissions),
 * policy changes, simulations, and failed guesses from many addresses. Every minute it prints the
 * requests, the errors by code and the service's resident memory; it ends with the line
 *   soak: minutes=N requests=N errors_unexpected=N rss_start_mb=X rss_end_mb=X rss_growth_pct=X
 * where start is the median RSS of the warm-up's last minute and end that of the last minute
 * (read every 5 s: one reading swings with the garbage collector's phase). Expected errors are the failed guesses' own
 * (INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS) and NO_SUCH_ENTITY for deleting a policy already gone;
 * any other error, or a request that fails, is unexpected.
 *
 * By default it builds and starts the service itself (node dist/src/main.js with glibc's malloc set as the
 * Dockerfile sets it, embedded PGlite in a temporary folder,
 * IAM_TRUST_PROXY=127.0.0.1 so that each simulated client has its own address) and reads its RSS
 * from /proc. With --url URL it drives a running service instead (SOAK_ADMIN_PASSWORD: the
 * password of its user `admin`; RSS from /metrics), whose proxy setting must let X-Forwarded-For through.
 * Options: --minutes N (10), --warmup-minutes M (1), --concurrency C (4).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@otplib/totp';
import { base32Decode, nodeCryptoPlugin } from '../src/mfa/node-crypto-plugin';
import { AS_THE_DOCKERFILE, serviceEnv, type ServiceProcess, startServiceProcess } from '../test/support/service-process';
import { mulberry32 } from './prng';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const MINUTES = Number(arg('minutes', '10'));
const WARMUP_MINUTES = Number(arg('warmup-minutes', '1'));
const CONCURRENCY = Number(arg('concurrency', '4'));
const TOTP_USERS = 24;
/** The errors a failed guess expects; a delete of a policy that is already gone expects NO_SUCH_ENTITY. */
const GUESS = new Set(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);
const GONE = new Set(['NO_SUCH_ENTITY']);
const NONE = new Set<string>();

const rand = mulberry32(20261203);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
const step = () => Math.floor(Date.now() / 30_000);
const totp = (seed: string, s: number) =>
  generate({ secret: base32Decode(seed), epoch: s * 30, digits: 6, period: 30, algorithm: 'sha1', crypto: nodeCryptoPlugin });

interface Tally {
  requests: number;
  unexpected: number;
  byCode: Map<string, number>;
}
const newTally = (): Tally => ({ requests: 0, unexpected: 0, byCode: new Map() });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bench script reading its own queries' answers
type Data = any;

async function main() {
  const url0 = arg('url', '');
  let service: ServiceProcess | null = null;
  let dir: string | null = null;
  let adminPassword = process.env.SOAK_ADMIN_PASSWORD ?? '';
  if (!url0) {
    dir = mkdtempSync(join(tmpdir(), 'iam-soak-'));
    // glibc's malloc as the Dockerfile sets it (SOAK_GLIBC_DEFAULTS=1 leaves glibc's defaults).
    const malloc = process.env.SOAK_GLIBC_DEFAULTS ? {} : AS_THE_DOCKERFILE.env;
    const env = serviceEnv({ IAM_DATA_DIR: join(dir, 'data'), IAM_TRUST_PROXY: '127.0.0.1', ...malloc });
    adminPassword = env.IAM_BOOTSTRAP_ADMIN_PASSWORD!;
    process.stdout.write('building, then starting the service as npm start does (node dist/src/main.js; embedded PGlite in a temporary folder)…\n');
    const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
    // V8's heap as the Dockerfile's CMD sets it (SOAK_NODE_ARGS to change; empty: V8's default).
    const nodeArgs = process.env.SOAK_NODE_ARGS === undefined ? AS_THE_DOCKERFILE.nodeArgs : process.env.SOAK_NODE_ARGS.split(' ').filter(Boolean);
    service = await startServiceProcess(env, { built: true, nodeArgs });
  }
  const url = url0 || service!.url;
  let minute = newTally();
  const total = newTally();

  /** One request as a client at `ip`; counts it; returns its data, or null on an error. */
  async function call(query: string, variables: Record<string, unknown>, token: string | null, ip: string, expected: ReadonlySet<string> = NONE): Promise<Data | null> {
    minute.requests++;
    total.requests++;
    let code: string | null = null;
    let data: Data = null;
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Data; errors?: Array<{ extensions?: { code?: string } }> };
      code = body.errors?.[0]?.extensions?.code ?? (res.ok ? null : `HTTP_${res.status}`);
      data = body.data ?? null;
    } catch (err) {
      code = `NETWORK_${(err as { cause?: { code?: string } }).cause?.code ?? 'ERROR'}`;
    }
    if (code === null) return data;
    for (const t of [minute, total]) {
      t.byCode.set(code, (t.byCode.get(code) ?? 0) + 1);
      if (!expected.has(code)) t.unexpected++;
    }
    return null;
  }
  const must = async (query: string, variables: Record<string, unknown>, token: string | null) => {
    const data = await call(query, variables, token, '10.0.0.1');
    if (!data) throw new Error(`set-up request failed: ${query.slice(0, 60)}`);
    return data;
  };

  process.stdout.write(`setting up ${TOTP_USERS} users with TOTP, a reader and guessing targets…\n`);
  const admin = (await must('mutation($p: String!) { login(input: {userName: "admin", password: $p}) { session { token } } }', { p: adminPassword }, null)).login.session
    .token as string;
  const users: Array<{ userName: string; password: string; seed: string; lastStep: number }> = [];
  for (let i = 0; i < TOTP_USERS; i++) {
    const userName = `soak-${i}-${randomBytes(3).toString('hex')}`;
    const password = `Pw-${randomBytes(12).toString('base64url')}-9a`;
    await must('mutation($u: String!) { createUser(input: {userName: $u}) { user { arn } } }', { u: userName }, admin);
    await must('mutation($u: String!, $p: String!) { createLoginProfile(input: {userName: $u, password: $p}) { loginProfile { userName } } }', { u: userName, p: password }, admin);
    const d = (await must('mutation($n: String!) { createVirtualMfaDevice(input: {virtualMfaDeviceName: $n}) { virtualMfaDevice { serialNumber base32StringSeed } } }', { n: userName }, admin))
      .createVirtualMfaDevice.virtualMfaDevice;
    const s = step();
    const codes = { authenticationCode1: await totp(d.base32StringSeed, s - 1), authenticationCode2: await totp(d.base32StringSeed, s) };
    await must('mutation($i: EnableMfaDeviceInput!) { enableMfaDevice(input: $i) { mfaDevice { serialNumber } } }', { i: { userName, serialNumber: d.serialNumber, ...codes } }, admin);
    users.push({ userName, password, seed: d.base32StringSeed, lastStep: s });
  }
  const reader = `soak-reader-${randomBytes(3).toString('hex')}`;
  const readerPassword = `Pw-${randomBytes(12).toString('base64url')}-9a`;
  await must('mutation($u: String!) { createUser(input: {userName: $u}) { user { arn } } }', { u: reader }, admin);
  await must('mutation($u: String!, $p: String!) { createLoginProfile(input: {userName: $u, password: $p}) { loginProfile { userName } } }', { u: reader, p: readerPassword }, admin);
  const readOnly = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
  await must('mutation($u: String!, $a: String!) { attachUserPolicy(input: {userName: $u, policyArn: $a}) { user { userName } } }', { u: reader, a: readOnly }, admin);
  const readerToken = (await must('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { session { token } } }', { u: reader, p: readerPassword }, null)).login
    .session.token as string;
  const account = (await must('{ me { arn } }', {}, admin)).me.arn.split(':')[4] as string;
  const arnOf = (u: string) => `arn:aws:iam::${account}:user/${u}`;

  const ops: Array<[number, () => Promise<void>]> = [
    [0.3, async () => void (await call('query($n: String!) { user(userName: $n) { userName arn tags { key } } }', { n: pick(users).userName }, readerToken, '10.1.0.1'))],
    [0.1, async () => void (await call('{ users(first: 50) { edges { node { userName } } } }', {}, readerToken, '10.1.0.2'))],
    [0.15, async () => void (await call('query($a: String!) { effectivePermissions(principalArn: $a) { statements { effect } } }', { a: arnOf(pick(users).userName) }, readerToken, '10.1.0.3'))],
    [
      0.1,
      async () => {
        const input = { policySourceArn: arnOf(pick(users).userName), actionNames: ['iam:GetUser', 's3:GetObject', 'iam:CreateUser'] };
        await call('query($i: SimulatePrincipalPolicyInput!) { simulatePrincipalPolicy(input: $i) { evaluationResults { evalDecision } } }', { i: input }, admin, '10.1.0.4');
      },
    ],
    [
      0.1,
      async () => {
        const u = pick(users).userName;
        const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${Math.floor(rand() * 1000)}/*` }] });
        if (rand() < 0.7) await call('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName: u, policyName: 'soak', policyDocument: doc } }, admin, '10.1.0.5');
        else await call('mutation($u: String!) { deleteUserPolicy(input: {userName: $u, policyName: "soak"}) { user { userName } } }', { u }, admin, '10.1.0.5', GONE);
      },
    ],
    [
      0.1,
      async () => {
        const now = step();
        const u = users.find((x) => x.lastStep < now);
        if (!u) return;
        u.lastStep = now; // one sign-in per device per step: a TOTP step is single-use
        const ip = `10.2.${Math.floor(rand() * 250)}.${1 + Math.floor(rand() * 250)}`;
        const l = await call('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status mfaChallenge { token } } }', { u: u.userName, p: u.password }, null, ip);
        if (!l?.login?.mfaChallenge) return;
        const r = await call('mutation($t: String!, $c: String!) { respondToMfaChallenge(input: {challengeToken: $t, code: $c}) { session { token } } }', { t: l.login.mfaChallenge.token, c: await totp(u.seed, now) }, null, ip);
        const token = r?.respondToMfaChallenge?.session?.token;
        if (token) await call('mutation { logout { ok } }', {}, token, ip);
      },
    ],
    [
      0.15,
      async () => {
        const ip = `10.3.${Math.floor(rand() * 250)}.${1 + Math.floor(rand() * 250)}`;
        await call('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status } }', { u: `nobody-${Math.floor(rand() * 50)}`, p: 'wrong-password' }, null, ip, GUESS);
      },
    ],
  ];
  const choose = () => {
    let r = rand();
    for (const [w, op] of ops) if ((r -= w) < 0) return op;
    return ops[0]![1];
  };

  const rssMb = async (): Promise<number> => {
    if (service?.child.pid) {
      const status = readFileSync(`/proc/${service.child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
    }
    const text = await (await fetch(`${url}/metrics`)).text();
    return Number(/^iam_process_resident_memory_bytes (\S+)/m.exec(text)?.[1] ?? 0) / 1024 / 1024;
  };

  /** The service's JavaScript heap in use and its memory outside the heap (buffers, embedded PGlite's WebAssembly memory), MB. */
  const heapMb = async (): Promise<string> => {
    const text = await (await fetch(`${url}/metrics`)).text();
    const mb = (name: string) => (Number(new RegExp(`^iam_process_nodejs_${name} (\\S+)`, 'm').exec(text)?.[1] ?? 0) / 1024 / 1024).toFixed(0);
    // What V8 holds from the system per space (new, old, code, large objects…): the part of RSS that the heap in use does not show.
    const spaces = [...text.matchAll(/^iam_process_nodejs_heap_space_size_total_bytes\{space="(\w+)"\} (\S+)/gm)]
      .filter(([, , v]) => Number(v) >= 1024 * 1024)
      .map(([, space, v]) => `${space} ${(Number(v) / 1024 / 1024).toFixed(0)}`);
    return `heap used ${mb('heap_size_used_bytes')} MB of ${mb('heap_size_total_bytes')} MB held (${spaces.join(', ')}), external ${mb('external_memory_bytes')} MB`;
  };

  const end = Date.now() + (WARMUP_MINUTES + MINUTES) * 60_000;
  let running = true;
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    while (running && Date.now() < end) await choose()();
  });
  // RSS swings by a tenth or more with the garbage collector's phase (old space fills, then a major
  // collection returns it): one reading per minute says more about when it fell than about growth.
  // So it is read every 5 s, and each minute counts by the median of its readings.
  let samples: number[] = [];
  const sampler = setInterval(() => void rssMb().then((v) => samples.push(v), () => undefined), 5_000);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  let rssStart = 0;
  let rssEnd = 0;
  let measured = 0;
  const startedAt = Date.now();
  for (let m = 1; Date.now() < end; m++) {
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(startedAt + m * 60_000, end) - Date.now())));
    if (samples.length === 0) samples.push(await rssMb());
    const rss = median(samples);
    const range = `${Math.min(...samples).toFixed(0)}-${Math.max(...samples).toFixed(0)}`;
    samples = [];
    const warm = m <= WARMUP_MINUTES;
    if (m === Math.ceil(WARMUP_MINUTES) && warm) rssStart = rss;
    if (!warm) measured++;
    rssEnd = rss;
    const codes = [...minute.byCode].map(([c, n]) => `${c}=${n}`).join(' ') || 'none';
    console.log(`minute ${m}${warm ? ' (warm-up)' : ''}: ${minute.requests} requests (${(minute.requests / 60).toFixed(1)}/s), errors: ${codes}, unexpected ${minute.unexpected}, rss median ${rss.toFixed(0)} MB (${range}); ${await heapMb().catch(() => 'heap unknown')}`);
    minute = newTally();
  }
  clearInterval(sampler);
  running = false;
  await Promise.all(workers);
  if (rssStart === 0) rssStart = rssEnd;
  const growth = ((rssEnd - rssStart) / rssStart) * 100;
  const codes = [...total.byCode].map(([c, n]) => `${c}=${n}`).join(' ') || 'none';
  console.log(`errors over the run: ${codes}`);
  if (service) {
    service.child.kill('SIGTERM');
    await service.exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(
    `soak: minutes=${measured} requests=${total.requests} errors_unexpected=${total.unexpected} rss_start_mb=${rssStart.toFixed(1)} rss_end_mb=${rssEnd.toFixed(1)} rss_growth_pct=${growth.toFixed(1)}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
