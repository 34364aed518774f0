/**
 * Complete sign-ins (password + TOTP) per second against the argon2 verify ceiling, measured in
 * the same run on this machine. Starts the server on embedded (in-memory) PGlite, enrols users
 * with TOTP devices through the API, then signs them in over HTTP: login → MFA_REQUIRED →
 * respondToMfaChallenge with the current code. Before the timed run, a few sign-ins one at a time
 * count the SQL statements of each step (iam_db_queries_total, which counts every statement the
 * server sends, BEGIN, COMMIT and ROLLBACK included).
 * Run: npm run bench:login (embedded PGlite), or on PostgreSQL (an empty database):
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> npm run bench:login
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { generate } from '@otplib/totp';
import argon2 from 'argon2';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { MEMORY_DATA_DIR } from '../src/db/data-source';
import { base32Decode, nodeCryptoPlugin } from '../src/mfa/node-crypto-plugin';
import { gqlRequest } from '../test/support/server';
import { stackAlone } from './stack-alone';

const USERS = Number(process.env.BENCH_USERS ?? 120);
/** Users signed in one at a time to count statements per step (not timed). */
const COUNTED = 3;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

const step = () => Math.floor(Date.now() / 30_000);
const code = (seed: string, s: number) => generate({ secret: base32Decode(seed), epoch: s * 30, digits: 6, period: 30, algorithm: 'sha1', crypto: nodeCryptoPlugin });

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
  return (performance.now() - t0) / 1000;
}

async function main() {
  const adminPassword = randomBytes(16).toString('base64url');
  // Embedded PGlite by default; BENCH_DATABASE_URL=postgres://… (an empty database) runs on PostgreSQL.
  const db = process.env.BENCH_DATABASE_URL;
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    IAM_BOOTSTRAP_ADMIN_USERNAME: 'admin',
    IAM_BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
    IAM_AUTH_IP_MAX_FAILURES: '1000000',
    IAM_MASTER_KEY: randomBytes(32).toString('base64'),
    ...(db ? { DATABASE_URL: db } : { IAM_DATA_DIR: MEMORY_DATA_DIR }),
  });
  const app = await startApp(config);
  const gql = async (q: string, v: Record<string, unknown>, token?: string) => {
    const r = await gqlRequest(app.url, q, v, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bench script reading its own queries' answers
    return r.data as any;
  };
  try {
    const admin = (await gql('mutation($p: String!) { login(input: {userName: "admin", password: $p}) { session { token } } }', { p: adminPassword })).login.session.token;
    process.stdout.write(`enrolling ${USERS + COUNTED} users with TOTP devices…\n`);
    const users: Array<{ userName: string; password: string; seed: string; enabledStep: number }> = [];
    await pool(Array.from({ length: USERS + COUNTED }, (_, i) => i), CONCURRENCY, async (i) => {
      const userName = `bench${i}`;
      const password = `Pw-${randomBytes(12).toString('base64url')}`;
      await gql('mutation($u: String!) { createUser(input: {userName: $u}) { user { arn } } }', { u: userName }, admin);
      await gql('mutation($u: String!, $p: String!) { createLoginProfile(input: {userName: $u, password: $p}) { loginProfile { userName } } }', { u: userName, p: password }, admin);
      const d = (await gql('mutation($n: String!) { createVirtualMfaDevice(input: {virtualMfaDeviceName: $n}) { virtualMfaDevice { serialNumber base32StringSeed } } }', { n: userName }, admin)).createVirtualMfaDevice.virtualMfaDevice;
      const s = step();
      await gql('mutation($i: EnableMfaDeviceInput!) { enableMfaDevice(input: $i) { mfaDevice { serialNumber } } }', { i: { userName, serialNumber: d.serialNumber, authenticationCode1: await code(d.base32StringSeed, s - 1), authenticationCode2: await code(d.base32StringSeed, s) } }, admin);
      users.push({ userName, password, seed: d.base32StringSeed, enabledStep: s });
    });

    // The ceiling: argon2id verifies per second with the server's parameters, in parallel and one at a time.
    const hash = await argon2.hash('ceiling password', { type: argon2.argon2id, ...config.argon2 });
    const verifies = Array.from({ length: USERS }, () => 0);
    const parallelSecs = await pool(verifies, CONCURRENCY, async () => void (await argon2.verify(hash, 'ceiling password')));
    const serialSecs = await pool(verifies.slice(0, Math.min(40, USERS)), 1, async () => void (await argon2.verify(hash, 'ceiling password')));

    const statements = async () => (await app.metrics.dbQueries.get()).values[0]?.value ?? 0;
    const LOGIN = 'mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status mfaChallenge { token } } }';
    const RESPOND = 'mutation($t: String!, $c: String!) { respondToMfaChallenge(input: {challengeToken: $t, code: $c}) { status session { mfaAuthenticated } } }';
    const signIn = async (u: (typeof users)[number], counts?: { password: number; mfa: number }) => {
      const t0 = await statements();
      const l = (await gql(LOGIN, { u: u.userName, p: u.password })).login;
      const t1 = await statements();
      const s = Math.max(step(), u.enabledStep + 1);
      const c = await code(u.seed, s);
      const t2 = await statements();
      const r = (await gql(RESPOND, { t: l.mfaChallenge.token, c })).respondToMfaChallenge;
      if (counts) {
        counts.password += t1 - t0;
        counts.mfa += (await statements()) - t2;
      }
      return r.status === 'SUCCESS' && r.session.mfaAuthenticated;
    };
    /** Statements of one failed login (wrong password, or a name no user has). */
    const failedLogin = async (userName: string) => {
      const t0 = await statements();
      const r = await gqlRequest(app.url, LOGIN, { u: userName, p: 'not the password at all' });
      if (r.errors?.[0]?.extensions?.code !== 'INVALID_CREDENTIALS') throw new Error(JSON.stringify(r.errors));
      return (await statements()) - t0;
    };

    // Statements per step, one sign-in at a time (users set aside for this, so the timed run has its own).
    const counted = users.splice(0, COUNTED);
    const counts = { password: 0, mfa: 0 };
    for (const u of counted) if (!(await signIn(u, counts))) throw new Error('a counted sign-in failed');
    const wrongPassword = await failedLogin(counted[0]!.userName);
    const unknownUser = await failedLogin('nobody-by-this-name');

    // Complete sign-ins: each user once (a TOTP step is single-use per device).
    let ok = 0;
    const queriesBefore = await statements();
    const signInSecs = await pool(users, CONCURRENCY, async (u) => {
      if (await signIn(u)) ok++;
    });

    const queriesPerSignIn = ((await statements()) - queriesBefore) / users.length;

    // The floor: the same two requests to the GraphQL stack alone, doing only the argon2 verify and the
    // TOTP check that no implementation can skip (no database, no session, no limiter, no audit).
    const floorUsers = Array.from({ length: USERS }, () => randomBytes(10).toString('base64url'));
    const floorSeed = users[0]!.seed;
    const bare = await stackAlone({
      Mutation: {
        login: async (_: unknown, args: { input: { password: string } }) => {
          await argon2.verify(hash, args.input.password);
          return { status: 'MFA_REQUIRED', session: null, mfaChallenge: { token: randomBytes(32).toString('base64url'), methods: ['TOTP'] } };
        },
        respondToMfaChallenge: async (_: unknown, args: { input: { code: string } }) => {
          const s = step();
          const ok = args.input.code === (await code(floorSeed, s)) || args.input.code === (await code(floorSeed, s - 1));
          return { status: ok ? 'SUCCESS' : 'MFA_REQUIRED', session: { mfaAuthenticated: ok }, mfaChallenge: null };
        },
      },
    });
    let floorOk = 0;
    const floorSecs = await pool(floorUsers, CONCURRENCY, async (u) => {
      const l = await gqlRequest(bare.url, LOGIN, { u, p: 'ceiling password' });
      const t = (l.data as { login: { mfaChallenge: { token: string } } }).login.mfaChallenge.token;
      const r = await gqlRequest(bare.url, RESPOND, { t, c: await code(floorSeed, step()) });
      if ((r.data as { respondToMfaChallenge: { status: string } }).respondToMfaChallenge.status === 'SUCCESS') floorOk++;
    });
    await bare.close();
    const floorRate = floorOk / floorSecs;
    const ceilingParallel = USERS / parallelSecs;
    const ceilingSerial = Math.min(40, USERS) / serialSecs;
    const rate = ok / signInSecs;
    const row = (k: string, v: string) => `| ${k.padEnd(52)} | ${v.padStart(12)} |`;
    console.log(`\nargon2id m=${config.argon2.memoryCost} KiB t=${config.argon2.timeCost} p=${config.argon2.parallelism}; ${cpus().length} CPUs; concurrency ${CONCURRENCY}; ${db ? 'PostgreSQL' : 'embedded PGlite'}`);
    console.log(row('measure', 'value'));
    console.log(row('-'.repeat(52), '-'.repeat(12)));
    console.log(row(`argon2 verify ceiling, ${CONCURRENCY} in parallel (verifies/s)`, ceilingParallel.toFixed(1)));
    console.log(row('argon2 verify ceiling, one at a time (verifies/s)', ceilingSerial.toFixed(1)));
    console.log(row(`complete password+TOTP sign-ins (${ok}/${users.length} ok) per s`, rate.toFixed(1)));
    console.log(row('sign-ins / parallel ceiling (goal >= 0.8)', (rate / ceilingParallel).toFixed(2)));
    console.log(row('sign-ins / one-at-a-time ceiling', (rate / ceilingSerial).toFixed(2)));
    console.log(row(`stack alone, argon2 + TOTP only (${floorOk}/${USERS}) per s`, floorRate.toFixed(1)));
    console.log(row('stack alone / parallel ceiling (most any service gets)', (floorRate / ceilingParallel).toFixed(2)));
    console.log(row('SQL statements per complete sign-in, timed run', queriesPerSignIn.toFixed(1)));
    console.log(row('SQL statements: password step, one at a time', (counts.password / COUNTED).toFixed(1)));
    console.log(row('SQL statements: MFA step, one at a time', (counts.mfa / COUNTED).toFixed(1)));
    console.log(row('SQL statements: password + TOTP sign-in (goal <= 12)', ((counts.password + counts.mfa) / COUNTED).toFixed(1)));
    console.log(row('SQL statements: wrong password', String(wrongPassword)));
    console.log(row('SQL statements: unknown user', String(unknownUser)));
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
