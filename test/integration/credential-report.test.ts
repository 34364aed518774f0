import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

describe('credentialReport', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer();
    token = await s.adminToken();
  });
  afterAll(async () => s.close());

  const REPORT = '{ credentialReport { user arn passwordEnabled passwordLastUsed mfaActive accessKey1Active accessKey1LastRotated accessKey2Active } }';

  test('one row per user with its password and access-key state', async () => {
    const withPassword = await createUserWithLogin(s, uniqueName('pw'));
    const withKey = await createUser(s, uniqueName('key'));
    const key = await s.gql('mutation($u: String!) { createAccessKey(input: {userName: $u}) { accessKey { accessKeyId } } }', { u: withKey.userName }, token);
    expect(key.errors).toBeUndefined();
    const res = await s.gql(REPORT, {}, token);
    expect(res.errors).toBeUndefined();
    const rows = new Map<string, any>(res.data.credentialReport.map((r: any) => [r.user, r]));
    expect(rows.get(withPassword.userName)).toMatchObject({ passwordEnabled: true, mfaActive: false, accessKey1Active: false });
    expect(rows.get(withPassword.userName).passwordLastUsed).not.toBeNull();
    expect(rows.get(withKey.userName)).toMatchObject({
      arn: withKey.arn,
      passwordEnabled: false,
      passwordLastUsed: null,
      accessKey1Active: true,
      accessKey2Active: false,
    });
    expect(rows.get(withKey.userName).accessKey1LastRotated).not.toBeNull();
  });

  test('a user without iam:GetCredentialReport is denied', async () => {
    const plain = await createUserWithLogin(s, uniqueName('plain'));
    const res = await s.gql(REPORT, {}, plain.token);
    expect(res.errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
  });
});
