import { graphql } from '../generated';
import { createUserWithLogin } from '../support/factories';
import { challengeFor, createMfaUser } from '../support/mfa';
import { PUT_USER_POLICY, USER_ARN } from '../support/operations';
import { codeOf, dataOf, present, type TestServer, useTestServer } from '../support/server';
import { SoftAuthenticator } from '../support/webauthn';
import { ORIGIN, passwordStep, registerKey, RP_ID, W, WEBAUTHN_ENV } from '../support/webauthn-api';

/** A user with a password and a registered security key. */
async function keyUser(s: TestServer) {
  const u = await createUserWithLogin(s);
  const { key, device } = await registerKey(s, u.userName, 'key');
  return { ...u, key, device };
}

/** The audit details of the latest sign-in failures of a user (not in the API: read from the table, as an operator would). */
async function signInFailureDetails(s: TestServer, userName: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<{ details: Record<string, unknown> | null }> = await s.app.dataSource.query(
    `SELECT details FROM audit_events WHERE action = 'signin:ConsoleLogin' AND outcome = 'FAILURE' AND resource_arn LIKE $1 ORDER BY id`,
    [`%:user/${userName}`],
  );
  return rows.map((r) => r.details ?? {});
}

describe('WebAuthn: a security key as the second factor of a sign-in', () => {
  const s = useTestServer(WEBAUTHN_ENV);

  test('password then key: an MFA-authenticated session, which a policy asking for aws:MultiFactorAuthPresent accepts', async () => {
    const u = await createUserWithLogin(s);
    // AWS's "self-manage MFA" shape: without MFA only MFA set-up is allowed; everything else needs MFA.
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:GetUser'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
        {
          Effect: 'Deny',
          NotAction: ['iam:EnableMFADevice'],
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    };
    const i = { userName: u.userName, policyName: 'SelfManageMfa', policyDocument: JSON.stringify(policy) };
    await s.ok(PUT_USER_POLICY, { i }, await s.adminToken());
    expect(codeOf(await s.gql(USER_ARN, { n: u.userName }, u.token))).toBe('ACCESS_DENIED');
    // The user registers their own key (self-service: no userName).
    const key = new SoftAuthenticator(ORIGIN, RP_ID);
    const options = await s.ok(W.options, { i: { deviceName: 'my-key' } }, u.token);
    const responseJson = key.register(options.createWebAuthnRegistrationOptions!.optionsJson);
    const done = await s.ok(W.complete, { i: { deviceName: 'my-key', responseJson } }, u.token);
    expect(done.completeWebAuthnRegistration?.recoveryCodes).toHaveLength(10);

    const login = await s.gql(W.login, { u: u.userName, p: u.password });
    expect(dataOf(login).login).toMatchObject({
      status: 'MFA_REQUIRED',
      session: null,
      mfaChallenge: { methods: ['WEBAUTHN', 'RECOVERY_CODE'] },
    });
    const challenge = present(dataOf(login).login?.mfaChallenge);
    const request = JSON.parse(present(challenge.webAuthnOptionsJson));
    expect(request).toMatchObject({
      rpId: RP_ID,
      userVerification: 'preferred',
      timeout: 300_000,
      allowCredentials: [{ id: key.id, type: 'public-key' }],
    });
    const res = await s.gql(W.respond, { t: challenge.token, r: key.authenticate(present(challenge.webAuthnOptionsJson)) });
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).respondToMfaChallenge).toMatchObject({ status: 'SUCCESS', session: { mfaAuthenticated: true } });
    const token = dataOf(res).respondToMfaChallenge?.session?.token;
    expect(dataOf(await s.gql(USER_ARN, { n: u.userName }, token)).user?.arn).toBe(`arn:aws:iam::000000000000:user/${u.userName}`);
  });

  test('a TOTP user is offered TOTP and recovery codes only, with no WebAuthn options', async () => {
    const u = await createMfaUser(s);
    const login = await s.gql(W.login, { u: u.userName, p: u.password });
    expect(dataOf(login).login?.mfaChallenge).toMatchObject({ methods: ['TOTP', 'RECOVERY_CODE'], webAuthnOptionsJson: null });
  });

  test('refused: another origin, another RP ID, an unknown credential; the right answer still signs in afterwards', async () => {
    const u = await keyUser(s);
    const step = await passwordStep(s, u.userName, u.password);
    const lies = [{ origin: 'https://evil.test' }, { rpId: 'evil.test' }];
    for (const lie of lies) {
      const res = await s.gql(W.respond, { t: step.token, r: u.key.authenticate(step.optionsJson, lie) });
      expect(codeOf(res)).toBe('INVALID_AUTHENTICATION_CODE');
      expect(dataOf(res).respondToMfaChallenge).toBeNull();
    }
    const stranger = new SoftAuthenticator(ORIGIN, RP_ID);
    expect(codeOf(await s.gql(W.respond, { t: step.token, r: stranger.authenticate(step.optionsJson) }))).toBe(
      'INVALID_AUTHENTICATION_CODE',
    );
    const ok = await s.gql(W.respond, { t: step.token, r: u.key.authenticate(step.optionsJson) });
    expect(dataOf(ok).respondToMfaChallenge?.session?.mfaAuthenticated).toBe(true);
    const reasons = (await signInFailureDetails(s, u.userName)).map((d) => d.reason);
    expect(reasons).toEqual(['SIGNATURE_REFUSED', 'SIGNATURE_REFUSED', 'UNKNOWN_CREDENTIAL']);
  });

  test('refused: a replayed challenge, and a response signed for another sign-in', async () => {
    const u = await keyUser(s);
    const step = await passwordStep(s, u.userName, u.password);
    const response = u.key.authenticate(step.optionsJson);
    expect((await s.gql(W.respond, { t: step.token, r: response })).errors).toBeUndefined();
    // The challenge is spent: neither the same response nor a fresh one answers it again.
    expect(codeOf(await s.gql(W.respond, { t: step.token, r: response }))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await s.gql(W.respond, { t: step.token, r: u.key.authenticate(step.optionsJson) }))).toBe('INVALID_CREDENTIALS');
    // The old response presented to a new sign-in: it signed the old challenge.
    const next = await passwordStep(s, u.userName, u.password);
    expect(codeOf(await s.gql(W.respond, { t: next.token, r: response }))).toBe('INVALID_AUTHENTICATION_CODE');
    expect((await signInFailureDetails(s, u.userName)).at(-1)).toMatchObject({ reason: 'CHALLENGE_MISMATCH' });
  });

  test('refused: a response to another user’s challenge, with either user’s challenge token', async () => {
    const alice = await keyUser(s);
    const bob = await keyUser(s);
    const a = await passwordStep(s, alice.userName, alice.password);
    const b = await passwordStep(s, bob.userName, bob.password);
    // Bob's key signs Alice's challenge: not Alice's credential.
    expect(codeOf(await s.gql(W.respond, { t: a.token, r: bob.key.authenticate(a.optionsJson) }))).toBe('INVALID_AUTHENTICATION_CODE');
    // Alice's key signs Bob's WebAuthn challenge, sent with Alice's token: the challenge is not hers.
    expect(codeOf(await s.gql(W.respond, { t: a.token, r: alice.key.authenticate(b.optionsJson) }))).toBe('INVALID_AUTHENTICATION_CODE');
    // Alice's own response, sent with Bob's token: her credential is not his.
    expect(codeOf(await s.gql(W.respond, { t: b.token, r: alice.key.authenticate(a.optionsJson) }))).toBe('INVALID_AUTHENTICATION_CODE');
    // Each refusal is audited on the sign-in whose token was sent.
    expect((await signInFailureDetails(s, alice.userName)).map((d) => d.reason)).toEqual(['UNKNOWN_CREDENTIAL', 'CHALLENGE_MISMATCH']);
    expect((await signInFailureDetails(s, bob.userName)).map((d) => d.reason)).toEqual(['UNKNOWN_CREDENTIAL']);
  });

  test('a signature counter that went backwards (a cloned key) is refused and audited', async () => {
    const u = await keyUser(s);
    const first = await passwordStep(s, u.userName, u.password);
    u.key.counter = 41;
    expect((await s.gql(W.respond, { t: first.token, r: u.key.authenticate(first.optionsJson) })).errors).toBeUndefined();
    const second = await passwordStep(s, u.userName, u.password);
    // A forger that knows the credential id but not the key is no evidence of a clone: its signature fails first.
    const forger = Object.assign(new SoftAuthenticator(ORIGIN, RP_ID), { credentialId: u.key.credentialId });
    const forged = await s.gql(W.respond, { t: second.token, r: forger.authenticate(second.optionsJson, { counter: 3 }) });
    expect(codeOf(forged)).toBe('INVALID_AUTHENTICATION_CODE');
    for (const counter of [42 - 1, 7]) {
      const res = await s.gql(W.respond, { t: second.token, r: u.key.authenticate(second.optionsJson, { counter }) });
      expect(codeOf(res)).toBe('INVALID_AUTHENTICATION_CODE');
    }
    expect(await signInFailureDetails(s, u.userName)).toEqual([
      expect.objectContaining({ reason: 'SIGNATURE_REFUSED', serialNumber: u.device.serialNumber }),
      expect.objectContaining({
        reason: 'SIGN_COUNT_REGRESSED',
        storedSignCount: 42,
        responseSignCount: 41,
        serialNumber: u.device.serialNumber,
      }),
      expect.objectContaining({ reason: 'SIGN_COUNT_REGRESSED', storedSignCount: 42, responseSignCount: 7 }),
    ]);
    const res = await s.gql(W.respond, { t: second.token, r: u.key.authenticate(second.optionsJson) });
    expect(dataOf(res).respondToMfaChallenge?.status).toBe('SUCCESS');
  });

  test('of concurrent submits of one response exactly one signs in (the guarded statement decides)', async () => {
    const u = await keyUser(s);
    const step = await passwordStep(s, u.userName, u.password);
    const response = u.key.authenticate(step.optionsJson);
    const results = await Promise.all(Array.from({ length: 5 }, () => s.gql(W.respond, { t: step.token, r: response })));
    const statuses = results.map((r) => dataOf(r).respondToMfaChallenge?.status ?? codeOf(r));
    expect(statuses.filter((x) => x === 'SUCCESS')).toHaveLength(1);
    expect(statuses.filter((x) => x !== 'SUCCESS')).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
  });

  test('the guessing limiter counts WebAuthn failures as it counts wrong codes', async () => {
    const u = await keyUser(s);
    const step = await passwordStep(s, u.userName, u.password);
    const stranger = new SoftAuthenticator(ORIGIN, RP_ID);
    const codes: Array<string | undefined> = [];
    for (let n = 0; n < 7; n++) codes.push(codeOf(await s.gql(W.respond, { t: step.token, r: stranger.authenticate(step.optionsJson) })));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_AUTHENTICATION_CODE'));
    expect(codes.slice(5)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    // Backing off holds even for the right key.
    expect(codeOf(await s.gql(W.respond, { t: step.token, r: u.key.authenticate(step.optionsJson) }))).toBe('TOO_MANY_ATTEMPTS');
  });

  test('respondToMfaChallenge takes a code or a key’s response, not both and not neither', async () => {
    const u = await createMfaUser(s);
    const t = await challengeFor(s, u.userName, u.password);
    const respond = graphql(`
      mutation RespondEitherInWebAuthnTests($t: String!, $c: String, $r: String) {
        respondToMfaChallenge(input: { challengeToken: $t, code: $c, webAuthnResponseJson: $r }) {
          status
        }
      }
    `);
    expect(codeOf(await s.gql(respond, { t, c: '123456', r: '{}' }))).toBe('BAD_USER_INPUT');
    const neither = await s.gql(respond, { t });
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
  });
});
