import { createHmac } from 'node:crypto';
import { graphql } from '../generated';
import { createUserWithLogin, strongPassword, uniqueName } from '../support/factories';
import {
  ASSUME_ROLE_SESSION_ARN as ASSUME,
  CREATE_LOGIN_PROFILE,
  CREATE_ROLE,
  CREATE_USER,
  PUT_ROLE_POLICY,
  PUT_USER_POLICY,
  RESPOND_TO_MFA_CHALLENGE,
  USER_NAMES,
} from '../support/operations';
import { codeOf, dataOf, firstError,present, type SendOk, useTestServer } from '../support/server';

const ACCOUNT = '000000000000';

/** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) of a base32 seed at a time step, as an authenticator app computes it. */
function totp(base32Seed: string, step: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Seed.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const stepNow = () => Math.floor(Date.now() / 30_000);

/** Waits (polling, no fixed sleep) until at least 3 s remain in the current TOTP step, so codes stay current. */
async function awayFromStepBoundary(): Promise<void> {
  while (30_000 - (Date.now() % 30_000) < 3000) await new Promise((r) => setTimeout(r, 200));
}

describe('sts: MFA conditions on assumeRole', () => {
  const s = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });

  const ok: SendOk = (document, variables, token = admin) => s.ok(document, variables, token);

  /** A role whose trust policy admits the users only with MFA, and whose own policy needs MFA too. */
  async function mfaRole(userNames: string[]) {
    const roleName = uniqueName('mfa');
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: userNames.map((u) => `arn:aws:iam::${ACCOUNT}:user/${u}`) },
          Action: 'sts:AssumeRole',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
    });
    const role = (await ok(CREATE_ROLE, { i: { roleName, assumeRolePolicyDocument: trust } }))?.createRole?.role;
    await ok(PUT_ROLE_POLICY, {
      i: {
        roleName,
        policyName: 'list-with-mfa',
        policyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
          ],
        }),
      },
    });
    return { roleName, arn: role?.arn as string };
  }

  async function newDevice(): Promise<{ serialNumber: string; seed: string }> {
    const data = await ok(
      graphql(`
        mutation CreateVirtualMfaDeviceInStsMfa($n: String!) {
          createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {
            virtualMfaDevice {
              serialNumber
              base32StringSeed
            }
          }
        }
      `),
      { n: uniqueName('dev') },
    );
    return {
      serialNumber: present(data?.createVirtualMfaDevice?.virtualMfaDevice.serialNumber),
      seed: present(data?.createVirtualMfaDevice?.virtualMfaDevice.base32StringSeed),
    };
  }

  /** Enables the device with the codes of the two previous steps, so that the current step's code stays unused. */
  async function enable(device: { serialNumber: string; seed: string }, userName: string | null, token = admin) {
    await awayFromStepBoundary();
    const t = stepNow();
    await ok(
      graphql(`
        mutation EnableMfaDevice($i: EnableMfaDeviceInput!) {
          enableMfaDevice(input: $i) {
            mfaDevice {
              serialNumber
            }
          }
        }
      `),
      {
        i: {
          ...(userName ? { userName } : {}),
          serialNumber: device.serialNumber,
          authenticationCode1: totp(device.seed, t - 2),
          authenticationCode2: totp(device.seed, t - 1),
        },
      },
      token,
    );
  }

  test('a password-only session is refused; serialNumber + tokenCode admits it once, and the code cannot be replayed', async () => {
    const user = await createUserWithLogin(s);
    const role = await mfaRole([user.userName]);
    const denied = await s.gql(ASSUME, { input: { roleArn: role.arn, roleSessionName: 'no-mfa' } }, user.token);
    expect(codeOf(denied)).toBe('ACCESS_DENIED');

    // The user enables a device for itself (its own session stays valid).
    await ok(PUT_USER_POLICY, {
      i: {
        userName: user.userName,
        policyName: 'own-mfa',
        policyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` }],
        }),
      },
    });
    const device = await newDevice();
    await enable(device, null, user.token);

    const wrong = await s.gql(
      ASSUME,
      {
        input: {
          roleArn: role.arn,
          roleSessionName: 'wrong',
          serialNumber: device.serialNumber,
          tokenCode: totp(device.seed, stepNow() + 5),
        },
      },
      user.token,
    );
    expect(codeOf(wrong)).toBe('INVALID_AUTHENTICATION_CODE');

    const code = totp(device.seed, stepNow());
    const admitted = await s.gql(
      ASSUME,
      { input: { roleArn: role.arn, roleSessionName: 'with-mfa', serialNumber: device.serialNumber, tokenCode: code } },
      user.token,
    );
    expect(admitted.errors).toBeUndefined();
    // The role session carries the MFA keys: a role policy conditioned on MFA applies.
    const session = dataOf(admitted).assumeRole?.credentials.sessionToken;
    expect((await s.gql(USER_NAMES, {}, session)).errors).toBeUndefined();

    const replay = await s.gql(
      ASSUME,
      { input: { roleArn: role.arn, roleSessionName: 'replay', serialNumber: device.serialNumber, tokenCode: code } },
      user.token,
    );
    expect(codeOf(replay)).toBe('INVALID_AUTHENTICATION_CODE');
    expect(firstError(replay).message).toContain('already been used');
  });

  test("another user's device serial number is refused", async () => {
    const owner = await createUserWithLogin(s);
    const device = await newDevice();
    await enable(device, owner.userName);
    const other = await createUserWithLogin(s);
    const role = await mfaRole([other.userName]);
    const res = await s.gql(
      ASSUME,
      {
        input: { roleArn: role.arn, roleSessionName: 'theft', serialNumber: device.serialNumber, tokenCode: totp(device.seed, stepNow()) },
      },
      other.token,
    );
    expect(codeOf(res)).toBe('INVALID_AUTHENTICATION_CODE');
  });

  test('a session signed in with MFA is admitted without a code, and its role session keeps MFA', async () => {
    const userName = uniqueName('m');
    const password = strongPassword();
    await ok(CREATE_USER, { n: userName });
    await ok(CREATE_LOGIN_PROFILE, { i: { userName, password } });
    const device = await newDevice();
    await enable(device, userName);
    const role = await mfaRole([userName]);

    const login = await ok(
      graphql(`
        mutation LoginInStsMfa($u: String!, $p: String!) {
          login(input: { userName: $u, password: $p }) {
            status
            mfaChallenge {
              token
            }
          }
        }
      `),
      { u: userName, p: password },
      null,
    );
    expect(login?.login?.status).toBe('MFA_REQUIRED');
    const answered = await ok(
      RESPOND_TO_MFA_CHALLENGE,
      { t: present(login?.login?.mfaChallenge?.token), c: totp(device.seed, stepNow()) },
      null,
    );
    expect(answered?.respondToMfaChallenge?.session?.mfaAuthenticated).toBe(true);
    const res = await s.gql(
      ASSUME,
      { input: { roleArn: role.arn, roleSessionName: 'signed-in-mfa' } },
      answered?.respondToMfaChallenge?.session?.token,
    );
    expect(res.errors).toBeUndefined();
    expect((await s.gql(USER_NAMES, {}, dataOf(res).assumeRole?.credentials.sessionToken)).errors).toBeUndefined();
  });
});
