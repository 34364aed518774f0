import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { challengeFor, codeAt, createDevice, createMfaUser, enableDevice, freshStep, Q, stepNow } from './mfa-support';

describe('TOTP MFA: enrolment and sign-in', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('createVirtualMfaDevice returns an ARN serial, a 20-byte base32 seed, an otpauth URI and a QR code', async () => {
    const name = uniqueName('phone');
    const d = await createDevice(s, name);
    expect(d.serialNumber).toBe(`arn:aws:iam::000000000000:mfa/${name}`);
    expect(d.base32StringSeed).toMatch(/^[A-Z2-7]{32}$/);
    expect(d.otpauthUri).toBe(`otpauth://totp/IAM%20000000000000:admin?secret=${d.base32StringSeed}&issuer=IAM%20000000000000&algorithm=SHA1&digits=6&period=30`);
    expect(d.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const again = await s.gql(Q.createDevice, { n: name.toUpperCase() }, await s.adminToken());
    expect(codeOf(again)).toBe('ENTITY_ALREADY_EXISTS');
  });

  test('password then TOTP gives an MFA-authenticated session; the password alone gives none', async () => {
    const u = await createMfaUser(s);
    const login = await s.gql(Q.login, { u: u.userName, p: u.password });
    expect(login.data.login.status).toBe('MFA_REQUIRED');
    expect(login.data.login.session).toBeNull();
    const expiresIn = new Date(login.data.login.mfaChallenge.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(290_000);
    expect(expiresIn).toBeLessThanOrEqual(300_000);
    // The enrolment spent the current step, so the next one (one step of skew) signs in.
    const res = await s.gql(Q.respond, { t: login.data.login.mfaChallenge.token, c: await codeAt(u.device.base32StringSeed, u.enabledStep + 1) });
    expect(res.errors).toBeUndefined();
    expect(res.data.respondToMfaChallenge).toMatchObject({ status: 'SUCCESS', session: { mfaAuthenticated: true } });
    const me = await s.gql('{ me { arn ... on User { mfaDevices { serialNumber enableDate } } } }', {}, res.data.respondToMfaChallenge.session.token);
    expect(me.data.me.arn).toMatch(new RegExp(`user/${u.userName}$`));
  });

  test('an enrolment code cannot be reused to sign in, and a used code is refused and audited', async () => {
    const u = await createMfaUser(s);
    const enrolCode = await codeAt(u.device.base32StringSeed, u.enabledStep);
    const reuse = await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: enrolCode });
    expect(codeOf(reuse)).toBe('INVALID_AUTHENTICATION_CODE');
    const fresh = await codeAt(u.device.base32StringSeed, u.enabledStep + 1);
    const ok = await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: fresh });
    expect(ok.data.respondToMfaChallenge.status).toBe('SUCCESS');
    const replay = await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: fresh });
    expect(codeOf(replay)).toBe('INVALID_AUTHENTICATION_CODE');
    expect(replay.errors![0]!.message).toMatch(/already been used/);
    const audit = await s.gql(
      '{ auditEvents(first: 20, action: "signin:ConsoleLogin") { edges { node { principalArn outcome errorCode } } } }',
      {},
      await s.adminToken(),
    );
    const mine = audit.data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.principalArn?.endsWith(`/${u.userName}`));
    expect(mine.filter((n: any) => n.errorCode === 'INVALID_AUTHENTICATION_CODE')).toHaveLength(2);
  });

  test('a challenge is single-use and bound to its user; a wrong code keeps it usable', async () => {
    const u = await createMfaUser(s);
    const t = await challengeFor(s, u.userName, u.password);
    expect(codeOf(await s.gql(Q.respond, { t, c: '000000' === (await codeAt(u.device.base32StringSeed, stepNow())) ? '111111' : '000000' }))).toBe('INVALID_AUTHENTICATION_CODE');
    const ok = await s.gql(Q.respond, { t, c: await codeAt(u.device.base32StringSeed, u.enabledStep + 1) });
    expect(ok.data.respondToMfaChallenge.status).toBe('SUCCESS');
    const again = await s.gql(Q.respond, { t, c: u.recoveryCodes[0]! });
    expect(codeOf(again)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await s.gql(Q.respond, { t: 'mfa_not-a-real-challenge-token', c: '123456' }))).toBe('INVALID_CREDENTIALS');
  });

  test('recovery codes: 10 shown once, each works once, regenerating voids the old set', async () => {
    const u = await createMfaUser(s);
    expect(u.recoveryCodes).toHaveLength(10);
    expect(new Set(u.recoveryCodes).size).toBe(10);
    const first = await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: u.recoveryCodes[0]!.toUpperCase() });
    expect(first.data.respondToMfaChallenge.session.mfaAuthenticated).toBe(true);
    expect(codeOf(await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: u.recoveryCodes[0]! }))).toBe('INVALID_AUTHENTICATION_CODE');
    const regen = await s.gql('mutation($u: String) { generateRecoveryCodes(input: {userName: $u}) { recoveryCodes } }', { u: u.userName }, await s.adminToken());
    const fresh: string[] = regen.data.generateRecoveryCodes.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(codeOf(await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: u.recoveryCodes[1]! }))).toBe('INVALID_AUTHENTICATION_CODE');
    const ok = await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: fresh[1]! });
    expect(ok.data.respondToMfaChallenge.status).toBe('SUCCESS');
  });

  test('enableMfaDevice needs two consecutive codes; a second device brings no new recovery codes', async () => {
    const u = await createMfaUser(s);
    const d2 = await createDevice(s);
    const step = await freshStep();
    const notConsecutive = await s.gql(Q.enable, {
      i: { userName: u.userName, serialNumber: d2.serialNumber, authenticationCode1: await codeAt(d2.base32StringSeed, step - 2), authenticationCode2: await codeAt(d2.base32StringSeed, step) },
    }, await s.adminToken());
    expect(codeOf(notConsecutive)).toBe('INVALID_AUTHENTICATION_CODE');
    const bad = await s.gql(Q.enable, { i: { userName: u.userName, serialNumber: d2.serialNumber, authenticationCode1: '12345', authenticationCode2: '123456' } }, await s.adminToken());
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('authenticationCode1');
    const { recoveryCodes } = await enableDevice(s, u.userName, d2);
    expect(recoveryCodes).toBeNull();
    const user = await s.gql('query($u: String!) { user(userName: $u) { mfaDevices { serialNumber userName } } }', { u: u.userName }, await s.adminToken());
    expect(user.data.user.mfaDevices.map((d: any) => d.serialNumber).sort()).toEqual([u.device.serialNumber, d2.serialNumber].sort());
    const taken = await s.gql(Q.enable, { i: { userName: u.userName, serialNumber: d2.serialNumber, authenticationCode1: '123456', authenticationCode2: '654321' } }, await s.adminToken());
    expect(codeOf(taken)).toBe('ENTITY_ALREADY_EXISTS');
  });

  test('changing MFA devices ends the user sessions; deactivated devices can be deleted, enabled ones cannot; deleteUser conflicts', async () => {
    const u = await createMfaUser(s);
    const session = await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: await codeAt(u.device.base32StringSeed, u.enabledStep + 1) });
    const token = session.data.respondToMfaChallenge.session.token;
    expect((await s.gql('{ me { arn } }', {}, token)).errors).toBeUndefined();
    const admin = await s.adminToken();
    expect(codeOf(await s.gql('mutation($s: String!) { deleteVirtualMfaDevice(input: {serialNumber: $s}) { serialNumber } }', { s: u.device.serialNumber }, admin))).toBe('DELETE_CONFLICT');
    expect(codeOf(await s.gql('mutation($u: String!) { deleteUser(input: {userName: $u}) { userName } }', { u: u.userName }, admin))).toBe('DELETE_CONFLICT');
    const off = await s.gql('mutation($u: String, $s: String!) { deactivateMfaDevice(input: {userName: $u, serialNumber: $s}) { serialNumber } }', { u: u.userName, s: u.device.serialNumber }, admin);
    expect(off.errors).toBeUndefined();
    expect(codeOf(await s.gql('{ me { arn } }', {}, token))).toBe('UNAUTHENTICATED');
    const login = await s.gql(Q.login, { u: u.userName, p: u.password });
    expect(login.data.login).toMatchObject({ status: 'SUCCESS', session: { mfaAuthenticated: false } });
    const del = await s.gql('mutation($s: String!) { deleteVirtualMfaDevice(input: {serialNumber: $s}) { serialNumber } }', { s: u.device.serialNumber }, admin);
    expect(del.data.deleteVirtualMfaDevice.serialNumber).toBe(u.device.serialNumber);
  });

  test('resyncMfaDevice accepts a drifted authenticator and then signs in with its clock', async () => {
    const u = await createMfaUser(s);
    const step = await freshStep();
    const drift = 5; // the phone runs 2.5 minutes ahead
    const res = await s.gql('mutation($i: ResyncMfaDeviceInput!) { resyncMfaDevice(input: $i) { mfaDevice { serialNumber } } }', {
      i: { userName: u.userName, serialNumber: u.device.serialNumber, authenticationCode1: await codeAt(u.device.base32StringSeed, step + drift - 1), authenticationCode2: await codeAt(u.device.base32StringSeed, step + drift) },
    }, await s.adminToken());
    expect(res.errors).toBeUndefined();
    const ok = await s.gql(Q.respond, { t: await challengeFor(s, u.userName, u.password), c: await codeAt(u.device.base32StringSeed, step + drift + 1) });
    expect(ok.data.respondToMfaChallenge.status).toBe('SUCCESS');
  });

  test('a user without MFA signs in with the password alone; generateRecoveryCodes needs a device', async () => {
    const { userName, password } = await createUserWithLogin(s);
    const login = await s.gql(Q.login, { u: userName, p: password });
    expect(login.data.login).toMatchObject({ status: 'SUCCESS', session: { mfaAuthenticated: false }, mfaChallenge: null });
    const regen = await s.gql('mutation($u: String) { generateRecoveryCodes(input: {userName: $u}) { recoveryCodes } }', { u: userName }, await s.adminToken());
    expect(codeOf(regen)).toBe('BAD_USER_INPUT');
  });

  test('at most 8 MFA devices per user', async () => {
    const userName = uniqueName('many');
    await createUser(s, userName);
    const devices = [];
    for (let i = 0; i < 9; i++) devices.push(await createDevice(s));
    // Different devices do not share steps, so all can be enabled in the same step.
    const step = await freshStep(10);
    const admin = await s.adminToken();
    const results = [];
    for (const d of devices) {
      results.push(await s.gql(Q.enable, { i: { userName, serialNumber: d.serialNumber, authenticationCode1: await codeAt(d.base32StringSeed, step - 1), authenticationCode2: await codeAt(d.base32StringSeed, step) } }, admin));
    }
    expect(results.slice(0, 8).every((r) => !r.errors)).toBe(true);
    expect(codeOf(results[8]!)).toBe('LIMIT_EXCEEDED');
  });
});
