import { generate } from '@otplib/totp';
import { base32Decode, nodeCryptoPlugin } from '../../src/mfa/node-crypto-plugin';
import { createUser, strongPassword, uniqueName } from '../support/factories';
import type { TestServer } from '../support/server';

/** TOTP helpers for the MFA tests: codes computed from the seed, as an authenticator app would. */
export const stepNow = () => Math.floor(Date.now() / 30_000);

/** Waits (by polling the clock, no fixed sleep) until at least `minRemaining` seconds are left in the current step. */
export async function freshStep(minRemaining = 6): Promise<number> {
  const remaining = () => 30 - ((Date.now() / 1000) % 30);
  while (remaining() < minRemaining) await new Promise((r) => setTimeout(r, 200));
  return stepNow();
}

export function codeAt(seedBase32: string, step: number): Promise<string> {
  return generate({ secret: base32Decode(seedBase32), epoch: step * 30, digits: 6, period: 30, algorithm: 'sha1', crypto: nodeCryptoPlugin });
}

export const Q = {
  login: 'mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status session { token expiresAt mfaAuthenticated } mfaChallenge { token expiresAt } } }',
  respond: 'mutation($t: String!, $c: String!) { respondToMfaChallenge(input: {challengeToken: $t, code: $c}) { status session { token mfaAuthenticated } } }',
  createDevice: 'mutation($n: String!) { createVirtualMfaDevice(input: {virtualMfaDeviceName: $n}) { virtualMfaDevice { serialNumber base32StringSeed otpauthUri qrCodeSvg } } }',
  enable: 'mutation($i: EnableMfaDeviceInput!) { enableMfaDevice(input: $i) { mfaDevice { serialNumber userName enableDate } recoveryCodes } }',
};

export async function createDevice(s: TestServer, name = uniqueName('dev')) {
  const res = await s.gql(Q.createDevice, { n: name }, await s.adminToken());
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createVirtualMfaDevice.virtualMfaDevice as { serialNumber: string; base32StringSeed: string; otpauthUri: string; qrCodeSvg: string };
}

/** Enables with the codes of the previous and the current step; returns the step spent and the recovery codes. */
export async function enableDevice(s: TestServer, userName: string, device: { serialNumber: string; base32StringSeed: string }) {
  const step = await freshStep();
  const res = await s.gql(Q.enable, {
    i: { userName, serialNumber: device.serialNumber, authenticationCode1: await codeAt(device.base32StringSeed, step - 1), authenticationCode2: await codeAt(device.base32StringSeed, step) },
  }, await s.adminToken());
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { step, recoveryCodes: res.data.enableMfaDevice.recoveryCodes as string[] | null };
}

/** A user with a password and an enabled TOTP device. */
export async function createMfaUser(s: TestServer, extraEnv: { passwordResetRequired?: boolean } = {}) {
  const userName = uniqueName('mfa');
  await createUser(s, userName);
  const password = strongPassword();
  const res = await s.gql('mutation($i: CreateLoginProfileInput!) { createLoginProfile(input: $i) { loginProfile { userName } } }', {
    i: { userName, password, passwordResetRequired: extraEnv.passwordResetRequired ?? false },
  }, await s.adminToken());
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const device = await createDevice(s);
  const { step, recoveryCodes } = await enableDevice(s, userName, device);
  return { userName, password, device, enabledStep: step, recoveryCodes: recoveryCodes! };
}

export async function challengeFor(s: TestServer, userName: string, password: string): Promise<string> {
  const res = await s.gql(Q.login, { u: userName, p: password });
  if (res.data?.login?.status !== 'MFA_REQUIRED') throw new Error(`expected MFA_REQUIRED: ${JSON.stringify(res)}`);
  return res.data.login.mfaChallenge.token;
}
