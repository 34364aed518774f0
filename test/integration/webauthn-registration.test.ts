import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { createDevice, enableDevice } from '../support/mfa';
import { codeOf, dataOf, present, useTestServer } from '../support/server';
import { SoftAuthenticator } from '../support/webauthn';
import { ORIGIN, registerKey, RP_ID, W, WEBAUTHN_ENV } from '../support/webauthn-api';

describe('WebAuthn: registering security keys and passkeys as MFA devices', () => {
  const s = useTestServer(WEBAUTHN_ENV);

  test('options: a fresh challenge, the RP ID, ES256 and RS256, attestation none, UV and resident key preferred', async () => {
    const userName = uniqueName('wa');
    await createUser(s, userName);
    const res = await s.ok(W.options, { i: { userName, deviceName: 'key1' } }, await s.adminToken());
    const options = JSON.parse(res.createWebAuthnRegistrationOptions!.optionsJson);
    expect(options).toMatchObject({
      rp: { id: RP_ID },
      user: { name: userName },
      attestation: 'none',
      timeout: 300_000,
      excludeCredentials: [],
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    expect(options.pubKeyCredParams.map((p: { alg: number }) => p.alg)).toEqual([-7, -257]);
    expect(Buffer.from(options.challenge, 'base64url')).toHaveLength(32);
    const again = JSON.parse(
      (await s.ok(W.options, { i: { userName, deviceName: 'key1' } }, await s.adminToken())).createWebAuthnRegistrationOptions!.optionsJson,
    );
    expect(again.challenge).not.toBe(options.challenge);
  });

  test('a registered key is a WEBAUTHN device with a u2f serial, listed with TOTP devices; its credential is then excluded', async () => {
    const userName = uniqueName('wa');
    await createUser(s, userName);
    const totp = await createDevice(s);
    await enableDevice(s, userName, totp);
    const { key, device, recoveryCodes } = await registerKey(s, userName, 'yubikey');
    expect(device).toMatchObject({ serialNumber: `arn:aws:iam::000000000000:u2f/user/${userName}/yubikey`, type: 'WEBAUTHN', userName });
    expect(Math.abs(new Date(device.enableDate).getTime() - Date.now())).toBeLessThan(60_000);
    // Not the user's first device: the TOTP device brought the recovery codes.
    expect(recoveryCodes).toBeNull();
    const listed = await s.ok(W.devices, { n: userName }, await s.adminToken());
    expect(listed.user?.mfaDevices).toEqual([
      { serialNumber: totp.serialNumber, type: 'TOTP', passkeySignIn: false },
      { serialNumber: device.serialNumber, type: 'WEBAUTHN', passkeySignIn: false },
    ]);
    const next = await s.ok(W.options, { i: { userName, deviceName: 'other' } }, await s.adminToken());
    expect(JSON.parse(next.createWebAuthnRegistrationOptions!.optionsJson).excludeCredentials).toEqual([
      { id: key.id, type: 'public-key', transports: ['usb'] },
    ]);
    const sameName = await s.gql(W.options, { i: { userName, deviceName: 'YubiKey' } }, await s.adminToken());
    expect(codeOf(sameName)).toBe('ENTITY_ALREADY_EXISTS');
  });

  test('a first key brings recovery codes; a user registers their own key with iam:EnableMFADevice, not another user’s', async () => {
    const u = await createUserWithLogin(s);
    const first = await registerKey(s, u.userName, 'key');
    expect(first.recoveryCodes).toHaveLength(10);
    const other = await createUserWithLogin(s);
    const denied = await s.gql(W.options, { i: { userName: u.userName, deviceName: 'mine' } }, other.token);
    expect(codeOf(denied)).toBe('ACCESS_DENIED');
    expect(denied.errors?.[0]?.message).toContain('iam:EnableMFADevice');
  });

  test('refused: a response from another origin, for another RP ID, a replayed response, another user’s challenge', async () => {
    const userName = uniqueName('wa');
    await createUser(s, userName);
    const admin = await s.adminToken();
    const optionsFor = async (deviceName: string, user = userName) =>
      (await s.ok(W.options, { i: { userName: user, deviceName } }, admin)).createWebAuthnRegistrationOptions!.optionsJson;
    const complete = (deviceName: string, responseJson: string, user = userName) =>
      s.gql(W.complete, { i: { userName: user, deviceName, responseJson } }, admin);

    const k1 = await optionsFor('k1');
    const wrongOrigin = await complete('k1', new SoftAuthenticator('https://evil.test', RP_ID).register(k1));
    expect(codeOf(wrongOrigin)).toBe('INVALID_AUTHENTICATION_CODE');
    // A challenge answers one response, right or wrong.
    expect(codeOf(await complete('k1', new SoftAuthenticator(ORIGIN, RP_ID).register(k1)))).toBe('INVALID_CREDENTIALS');
    const wrongRp = await complete('k2', new SoftAuthenticator(ORIGIN, 'evil.test').register(await optionsFor('k2')));
    expect(codeOf(wrongRp)).toBe('INVALID_AUTHENTICATION_CODE');

    const key = new SoftAuthenticator(ORIGIN, RP_ID);
    const response = key.register(await optionsFor('k3'));
    expect((await complete('k3', response)).errors).toBeUndefined();
    expect(codeOf(await complete('k4', response))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await complete('k3', response))).toBe('INVALID_CREDENTIALS');

    // Options made for another user: their challenge cannot register a key for this one.
    const otherName = uniqueName('wa');
    await createUser(s, otherName);
    const stolen = new SoftAuthenticator(ORIGIN, RP_ID).register(await optionsFor('k5', otherName));
    expect(codeOf(await complete('k5', stolen))).toBe('INVALID_CREDENTIALS');
    const listed = await s.ok(W.devices, { n: userName }, admin);
    expect(present(listed.user?.mfaDevices).map((d) => d.serialNumber)).toEqual([`arn:aws:iam::000000000000:u2f/user/${userName}/k3`]);
  });

  test('security keys count toward the 8 MFA devices of a user', async () => {
    const userName = uniqueName('wa');
    await createUser(s, userName);
    for (let i = 0; i < 8; i++) await registerKey(s, userName, `key${i}`);
    const ninth = await s.gql(W.options, { i: { userName, deviceName: 'key8' } }, await s.adminToken());
    expect(codeOf(ninth)).toBe('LIMIT_EXCEEDED');
    expect(dataOf(await s.gql(W.devices, { n: userName }, await s.adminToken())).user?.mfaDevices).toHaveLength(8);
  });
});
