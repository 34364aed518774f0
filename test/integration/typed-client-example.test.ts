import { ApiError, signIn } from '../../examples/typed-client/src/client';
import { createUserWithLogin } from '../support/factories';
import { createMfaUser, freshStep, stepNow } from '../support/mfa';
import { useTestServer } from '../support/server';

/**
 * The typed client example (examples/typed-client) signs in against a real server, so that it
 * cannot rot: its operations are generated from schema.graphql and type-checked in CI, and here
 * they run.
 */
describe('examples/typed-client', () => {
  const s = useTestServer();
  let url: string;
  beforeAll(() => {
    url = `${s.url}/graphql`;
  });

  test('signs in with password + TOTP computed from the seed', async () => {
    const u = await createMfaUser(s);
    // Enabling spent the current step: wait for the next one (a replayed step is refused).
    while (stepNow() <= u.enabledStep) await new Promise((r) => setTimeout(r, 250));
    await freshStep();
    const signedIn = await signIn(url, u.userName, u.password, u.device.base32StringSeed);
    expect(signedIn).toMatchObject({ mfaAuthenticated: true, arn: `arn:aws:iam::000000000000:user/${u.userName}` });
    expect(signedIn.token).toEqual(expect.any(String));
  }, 60_000);

  test('signs in with a password alone when the user has no MFA device', async () => {
    const { userName, password } = await createUserWithLogin(s);
    expect(await signIn(url, userName, password)).toMatchObject({ mfaAuthenticated: false });
  });

  test('a wrong password is an ApiError with the API code', async () => {
    const { userName } = await createUserWithLogin(s);
    await expect(signIn(url, userName, 'not the password')).rejects.toMatchObject({ name: 'ApiError', code: 'INVALID_CREDENTIALS' });
    expect(ApiError).toBeDefined();
  });
});
