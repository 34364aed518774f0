import { graphql } from '../generated';
import { createUserWithLogin } from '../support/factories';
import { DELETE_LOGIN_PROFILE_BY_INPUT, ME, PUT_USER_POLICY, UPDATE_LOGIN_PROFILE, USER_ARN } from '../support/operations';
import { codeOf, dataOf, firstError, present, type TestServer, useTestServer } from '../support/server';
import { SoftAuthenticator } from '../support/webauthn';
import { ORIGIN, passkeyOptions, registerKey, registerPasskey, RP_ID, W, WEBAUTHN_ENV } from '../support/webauthn-api';

const DEACTIVATE = graphql(`
  mutation DeactivateInPasskeyTests($i: DeactivateMfaDeviceInput!) {
    deactivateMfaDevice(input: $i) {
      serialNumber
    }
  }
`);

/** The audit details of a user's passkey sign-ins (not in the API: read from the table, as an operator would). */
async function signInDetails(s: TestServer, userName: string, outcome: 'SUCCESS' | 'FAILURE') {
  const rows: Array<{ details: Record<string, unknown> | null }> = await s.app.dataSource.query(
    `SELECT details FROM audit_events WHERE action = 'signin:ConsoleLogin' AND outcome = $2 AND resource_arn LIKE $1 ORDER BY id`,
    [`%:user/${userName}`, outcome],
  );
  return rows.map((r) => r.details ?? {}).filter((d) => d.signInMethod === 'PASSKEY');
}

/** A user with a password and a passkey. */
async function passkeyUser(s: TestServer) {
  const u = await createUserWithLogin(s);
  const { key, device } = await registerPasskey(s, u.userName);
  return { ...u, key, device };
}

describe('WebAuthn: signing in with a passkey alone', () => {
  const s = useTestServer(WEBAUTHN_ENV);

  const signIn = (t: string, r: string, sessionDelivery?: 'COOKIE' | 'TOKEN') =>
    s.gql(W.passkey, { i: { challengeToken: t, responseJson: r, sessionDelivery } });

  test('a passkey signs in without a password, MFA-authenticated: a policy asking for aws:MultiFactorAuthPresent accepts it', async () => {
    const u = await createUserWithLogin(s);
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::*:user/${aws:username}' },
        { Effect: 'Deny', Action: '*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
      ],
    };
    await s.ok(
      PUT_USER_POLICY,
      { i: { userName: u.userName, policyName: 'NeedsMfa', policyDocument: JSON.stringify(policy) } },
      await s.adminToken(),
    );
    // The password alone is not MFA: the policy refuses it.
    expect(codeOf(await s.gql(USER_ARN, { n: u.userName }, u.token))).toBe('ACCESS_DENIED');
    const key = new SoftAuthenticator(ORIGIN, RP_ID, { discoverable: true });
    const options = await s.ok(W.options, { i: { userName: u.userName, deviceName: 'laptop', passkeySignIn: true } }, await s.adminToken());
    const creation = JSON.parse(options.createWebAuthnRegistrationOptions!.optionsJson);
    expect(creation.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });
    const responseJson = key.register(options.createWebAuthnRegistrationOptions!.optionsJson);
    const done = await s.ok(W.complete, { i: { userName: u.userName, deviceName: 'laptop', responseJson } }, await s.adminToken());
    expect(done.completeWebAuthnRegistration?.mfaDevice).toMatchObject({ type: 'WEBAUTHN', passkeySignIn: true });

    const attempt = await passkeyOptions(s);
    const request = JSON.parse(attempt.optionsJson);
    expect(request).toMatchObject({ rpId: RP_ID, userVerification: 'required', timeout: 300_000 });
    expect(request.allowCredentials ?? []).toEqual([]);
    const res = await signIn(attempt.token, key.authenticate(attempt.optionsJson));
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).completePasskeySignIn).toMatchObject({ status: 'SUCCESS', session: { mfaAuthenticated: true }, mfaChallenge: null });
    const token = dataOf(res).completePasskeySignIn?.session?.token;
    expect(dataOf(await s.gql(USER_ARN, { n: u.userName }, token)).user?.arn).toBe(`arn:aws:iam::000000000000:user/${u.userName}`);
    // Audited with the device.
    expect(await signInDetails(s, u.userName, 'SUCCESS')).toEqual([
      expect.objectContaining({ signInMethod: 'PASSKEY', serialNumber: `arn:aws:iam::000000000000:u2f/user/${u.userName}/laptop` }),
    ]);
  });

  test('sessionDelivery COOKIE sets the session cookie and returns no token, as login does', async () => {
    const u = await passkeyUser(s);
    const attempt = await passkeyOptions(s);
    const body = {
      query: W.passkey.toString(),
      variables: { i: { challengeToken: attempt.token, responseJson: u.key.authenticate(attempt.optionsJson), sessionDelivery: 'COOKIE' } },
    };
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { data: { completePasskeySignIn: { status: string; session: { token: string | null } } } };
    expect(json.data.completePasskeySignIn).toMatchObject({ status: 'SUCCESS', session: { token: null, mfaAuthenticated: true } });
    expect(res.headers.get('set-cookie')).toMatch(/^iam_session=[^;]+;.*HttpOnly/i);
  });

  test('refused alike (INVALID_CREDENTIALS, one message): unknown or MFA-only credential, no UV, origin, RP ID, user handle', async () => {
    const u = await passkeyUser(s);
    const other = await passkeyUser(s);
    const mfaOnly = await registerKey(s, other.userName, 'mfa-only', undefined, { traits: { discoverable: true } });
    expect(mfaOnly.device.passkeySignIn).toBe(false);
    const stranger = new SoftAuthenticator(ORIGIN, RP_ID, { discoverable: true });
    const answers: Array<[string, (optionsJson: string) => string]> = [
      ['unknown credential', (o) => stranger.authenticate(o)],
      ['credential not chosen for passkey sign-in', (o) => mfaOnly.key.authenticate(o)],
      ['user verification missing', (o) => u.key.authenticate(o, { userVerified: false })],
      ['wrong origin', (o) => u.key.authenticate(o, { origin: 'https://evil.example' })],
      ['wrong RP ID', (o) => u.key.authenticate(o, { rpId: 'evil.example' })],
      // (Spread over two users, so that neither reaches the guessing limiter's backoff.)
      ['another user’s handle', (o) => other.key.authenticate(o, { userHandle: u.key.userHandle })],
      ['no user handle', (o) => other.key.authenticate(o, { userHandle: null })],
    ];
    const messages = new Set<string>();
    for (const [why, answer] of answers) {
      const attempt = await passkeyOptions(s);
      const res = await signIn(attempt.token, answer(attempt.optionsJson));
      expect([why, codeOf(res)]).toEqual([why, 'INVALID_CREDENTIALS']);
      expect(res.data?.completePasskeySignIn ?? null).toBeNull();
      messages.add(firstError(res).message);
    }
    expect(messages.size).toBe(1);
    // None of them cost the real passkey anything.
    const attempt = await passkeyOptions(s);
    expect(dataOf(await signIn(attempt.token, u.key.authenticate(attempt.optionsJson))).completePasskeySignIn?.status).toBe('SUCCESS');
  });

  test('a challenge answers once, only its own attempt, within 5 minutes', async () => {
    const u = await passkeyUser(s);
    const first = await passkeyOptions(s);
    const second = await passkeyOptions(s);
    // A response to the second attempt's challenge, sent with the first attempt's token: refused, and the first is spent.
    expect(codeOf(await signIn(first.token, u.key.authenticate(second.optionsJson)))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await signIn(first.token, u.key.authenticate(first.optionsJson)))).toBe('INVALID_CREDENTIALS');
    const response = u.key.authenticate(second.optionsJson);
    expect(dataOf(await signIn(second.token, response)).completePasskeySignIn?.status).toBe('SUCCESS');
    // Replayed: the same response, or a new one, on a used challenge.
    expect(codeOf(await signIn(second.token, response))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await signIn(second.token, u.key.authenticate(second.optionsJson)))).toBe('INVALID_CREDENTIALS');
    // Expired: the challenge is 5 minutes old.
    const third = await passkeyOptions(s);
    await s.app.dataSource.query(`UPDATE passkey_challenges SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    expect(codeOf(await signIn(third.token, u.key.authenticate(third.optionsJson)))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await signIn('pk_not-a-token-at-all', u.key.authenticate(third.optionsJson)))).toBe('INVALID_CREDENTIALS');
  });

  test('concurrent submits of one response: exactly one signs in', async () => {
    const u = await passkeyUser(s);
    const attempt = await passkeyOptions(s);
    const response = u.key.authenticate(attempt.optionsJson);
    const results = await Promise.all(Array.from({ length: 4 }, () => signIn(attempt.token, response)));
    const statuses = results.map((r) => dataOf(r).completePasskeySignIn?.status ?? codeOf(r));
    expect(statuses.sort()).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'SUCCESS']);
  });

  test('a counter that goes backwards is refused and audited', async () => {
    const u = await passkeyUser(s);
    const a = await passkeyOptions(s);
    expect(dataOf(await signIn(a.token, u.key.authenticate(a.optionsJson, { counter: 10 }))).completePasskeySignIn?.status).toBe('SUCCESS');
    const b = await passkeyOptions(s);
    expect(codeOf(await signIn(b.token, u.key.authenticate(b.optionsJson, { counter: 7 })))).toBe('INVALID_CREDENTIALS');
    expect(await signInDetails(s, u.userName, 'FAILURE')).toContainEqual(
      expect.objectContaining({
        reason: 'SIGN_COUNT_REGRESSED',
        storedSignCount: 10,
        responseSignCount: 7,
        serialNumber: u.device.serialNumber,
      }),
    );
  });

  test('registration for passkey sign-in needs user verification and a discoverable credential', async () => {
    const u = await createUserWithLogin(s);
    const admin = await s.adminToken();
    const register = async (deviceName: string, key: SoftAuthenticator, userVerified = true) => {
      const options = await s.ok(W.options, { i: { userName: u.userName, deviceName, passkeySignIn: true } }, admin);
      const responseJson = key.register(options.createWebAuthnRegistrationOptions!.optionsJson, { userVerified });
      return s.gql(W.complete, { i: { userName: u.userName, deviceName, responseJson } }, admin);
    };
    expect(codeOf(await register('no-uv', new SoftAuthenticator(ORIGIN, RP_ID, { discoverable: true }), false))).toBe(
      'INVALID_AUTHENTICATION_CODE',
    );
    expect(codeOf(await register('not-resident', new SoftAuthenticator(ORIGIN, RP_ID, { discoverable: false })))).toBe(
      'INVALID_AUTHENTICATION_CODE',
    );
    expect(dataOf(await s.gql(W.devices, { n: u.userName }, admin)).user?.mfaDevices).toEqual([]);
    // As a second factor only, a key without user verification registers (user verification is preferred, not required).
    const plain = new SoftAuthenticator(ORIGIN, RP_ID);
    const options = await s.ok(W.options, { i: { userName: u.userName, deviceName: 'plain' } }, admin);
    const responseJson = plain.register(options.createWebAuthnRegistrationOptions!.optionsJson, { userVerified: false });
    expect(
      dataOf(await s.gql(W.complete, { i: { userName: u.userName, deviceName: 'plain', responseJson } }, admin))
        .completeWebAuthnRegistration?.mfaDevice,
    ).toMatchObject({ passkeySignIn: false });
  });

  test('the same rules as login: a forced password reset gives a password-change session; no login profile, no sign-in', async () => {
    const u = await passkeyUser(s);
    const admin = await s.adminToken();
    await s.ok(UPDATE_LOGIN_PROFILE, { i: { userName: u.userName, passwordResetRequired: true } }, admin);
    const a = await passkeyOptions(s);
    const res = await signIn(a.token, u.key.authenticate(a.optionsJson));
    expect(dataOf(res).completePasskeySignIn).toMatchObject({ status: 'PASSWORD_RESET_REQUIRED', session: { mfaAuthenticated: true } });
    expect(codeOf(await s.gql(USER_ARN, { n: u.userName }, dataOf(res).completePasskeySignIn?.session?.token))).toBe('ACCESS_DENIED');

    await s.ok(DELETE_LOGIN_PROFILE_BY_INPUT, { i: { userName: u.userName } }, admin);
    const b = await passkeyOptions(s);
    expect(codeOf(await signIn(b.token, u.key.authenticate(b.optionsJson)))).toBe('INVALID_CREDENTIALS');
  });

  test('deactivating the passkey ends the sessions signed in with it, and it signs in no more', async () => {
    const u = await passkeyUser(s);
    const a = await passkeyOptions(s);
    const token = present(dataOf(await signIn(a.token, u.key.authenticate(a.optionsJson))).completePasskeySignIn?.session?.token);
    expect((await s.gql(ME, {}, token)).errors).toBeUndefined();
    await s.ok(DEACTIVATE, { i: { userName: u.userName, serialNumber: u.device.serialNumber } }, await s.adminToken());
    expect(codeOf(await s.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    const b = await passkeyOptions(s);
    expect(codeOf(await signIn(b.token, u.key.authenticate(b.optionsJson)))).toBe('INVALID_CREDENTIALS');
  });

  test('the guessing limiter counts failed passkey sign-ins as it counts wrong codes', async () => {
    const u = await passkeyUser(s);
    const codes: Array<string | undefined> = [];
    for (let n = 0; n < 7; n++) {
      const a = await passkeyOptions(s);
      codes.push(codeOf(await signIn(a.token, u.key.authenticate(a.optionsJson, { userVerified: false }))));
    }
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    const a = await passkeyOptions(s);
    expect(codeOf(await signIn(a.token, u.key.authenticate(a.optionsJson)))).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('WebAuthn: passkey sign-ins with unknown credentials are throttled per source', () => {
  const s = useTestServer({ ...WEBAUTHN_ENV, IAM_AUTH_IP_MAX_FAILURES: '3' });

  test('after the source’s failures, even a right passkey from there waits', async () => {
    const u = await passkeyUser(s);
    const codes: Array<string | undefined> = [];
    for (let n = 0; n < 4; n++) {
      const a = await passkeyOptions(s);
      codes.push(
        codeOf(
          await s.gql(W.passkey, {
            i: { challengeToken: a.token, responseJson: new SoftAuthenticator(ORIGIN, RP_ID).authenticate(a.optionsJson) },
          }),
        ),
      );
    }
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);
    const a = await passkeyOptions(s);
    expect(codeOf(await s.gql(W.passkey, { i: { challengeToken: a.token, responseJson: u.key.authenticate(a.optionsJson) } }))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
  });
});
