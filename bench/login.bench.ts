/**
 * Complete sign-ins (password + TOTP) per second against the argon2 verify ceiling, measured in
 * the same run on this machine. Starts the server on embedded (in-memory) PGlite, enrols users
 * with TOTP devices through the API, then signs them in over HTTP: login → MFA_REQUIRED →
 * respondToMfaChallenge with the current code. Run: npm run bench:login
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

const USERS = Number(process.env.BENCH_USERS ?? 120);
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
    return r.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the query decides the shape
  };
  try {
    const admin = (await gql('mutation($p: String!) { login(input: {userName: "admin", password: $p}) { session { token } } }', { p: adminPassword })).login.session.token;
    process.stdout.write(`enrolling ${USERS} users with TOTP devices…\n`);
    const users: Array<{ userName: string; password: string; seed: string; enabledStep: number }> = [];
    await pool(Array.from({ length: USERS }, (_, i) => i), CONCURRENCY, async (i) => {
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

    // Complete sign-ins: each user once (a TOTP step is single-use per device).
    let ok = 0;
    const queriesBefore = (await app.metrics.dbQueries.get()).values[0]?.value ?? 0;
    const signInSecs = await pool(users, CONCURRENCY, async (u) => {
      const l = (await gql('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status mfaChallenge { token } } }', { u: u.userName, p: u.password })).login;
      const s = Math.max(step(), u.enabledStep + 1);
      const r = (await gql('mutation($t: String!, $c: String!) { respondToMfaChallenge(input: {challengeToken: $t, code: $c}) { status session { mfaAuthenticated } } }', { t: l.mfaChallenge.token, c: await code(u.seed, s) })).respondToMfaChallenge;
      if (r.status === 'SUCCESS' && r.session.mfaAuthenticated) ok++;
    });

    const queriesPerSignIn = (((await app.metrics.dbQueries.get()).values[0]?.value ?? 0) - queriesBefore) / users.length;
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
    console.log(row('sign-ins / parallel ceiling (goal >= 0.9)', (rate / ceilingParallel).toFixed(2)));
    console.log(row('sign-ins / one-at-a-time ceiling', (rate / ceilingSerial).toFixed(2)));
    console.log(row('SQL statements per complete sign-in', queriesPerSignIn.toFixed(1)));
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
