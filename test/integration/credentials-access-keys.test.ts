import { graphql } from '../generated';
import { createUser, uniqueName } from '../support/factories';
import { codeAt, createDevice, enableDevice } from '../support/mfa';
import { ACCOUNT_PASSWORD_POLICY, DELETE_USER } from '../support/operations';
import { codeOf, dataOf, present, useTestServer } from '../support/server';

const CREATE = graphql(`
  mutation CreateAccessKeyInCredentialsAccessKeys($u: String) {
    createAccessKey(input: { userName: $u }) {
      accessKey {
        accessKeyId
        secretAccessKey
        status
        userName
        createDate
      }
    }
  }
`);
const GST = graphql(`
  mutation GetSessionTokenInCredentialsAccessKeys($i: GetSessionTokenInput!) {
    getSessionToken(input: $i) {
      credentials {
        sessionToken
        expiration
      }
    }
  }
`);

describe('access keys and getSessionToken', () => {
  const s = useTestServer();

  test('createAccessKey shows an AKIA id and a 40-character secret once; the list shows no secret', async () => {
    const { userName } = await createUser(s);
    const res = await s.gql(CREATE, { u: userName }, await s.adminToken());
    const key = present(dataOf(res).createAccessKey).accessKey;
    expect(key.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.secretAccessKey).toHaveLength(40);
    expect(key).toMatchObject({ status: 'Active', userName });
    const list = await s.gql(
      graphql(`
        query UserInCredentialsAccessKeys($u: String!) {
          user(userName: $u) {
            accessKeys {
              accessKeyId
              status
              lastUsedDate
            }
          }
        }
      `),
      { u: userName },
      await s.adminToken(),
    );
    expect(dataOf(list).user?.accessKeys).toEqual([{ accessKeyId: key.accessKeyId, status: 'Active', lastUsedDate: null }]);
  });

  test('10 parallel createAccessKey leave exactly 2 keys; the rest are LIMIT_EXCEEDED', async () => {
    const { userName } = await createUser(s);
    const token = await s.adminToken();
    const results = await Promise.all(Array.from({ length: 10 }, () => s.gql(CREATE, { u: userName }, token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED')).toHaveLength(8);
    const list = await s.gql(
      graphql(`
        query UserInCredentialsAccessKeys2($u: String!) {
          user(userName: $u) {
            accessKeys {
              accessKeyId
            }
          }
        }
      `),
      { u: userName },
      token,
    );
    expect(dataOf(list).user?.accessKeys).toHaveLength(2);
  });

  test('concurrent mutations, some failing, leave exactly the successful ones rows', async () => {
    const { userName } = await createUser(s);
    const token = await s.adminToken();
    const [ok, missing, badPolicy] = await Promise.all([
      s.gql(CREATE, { u: userName }, token),
      s.gql(CREATE, { u: uniqueName('nobody') }, token),
      s.gql(
        graphql(`
          mutation UpdateAccountPasswordPolicyInCredentialsAccessKeys {
            updateAccountPasswordPolicy(input: { minimumPasswordLength: 3 }) {
              passwordPolicy {
                minimumPasswordLength
              }
            }
          }
        `),
        {},
        token,
      ),
    ]);
    expect(ok.errors).toBeUndefined();
    expect(codeOf(missing)).toBe('NO_SUCH_ENTITY');
    expect(codeOf(badPolicy)).toBe('BAD_USER_INPUT');
    const rows = await s.app.dataSource.query(
      'SELECT a.access_key_id FROM access_keys a JOIN users u ON u.id = a.user_id WHERE u.user_name = $1',
      [userName],
    );
    expect(rows.map((r: { access_key_id: string }) => r.access_key_id)).toEqual([dataOf(ok).createAccessKey?.accessKey.accessKeyId]);
    expect(dataOf(await s.gql(ACCOUNT_PASSWORD_POLICY, {}, token)).accountPasswordPolicy?.minimumPasswordLength).toBe(12);
  });

  test('getSessionToken: a temporary session for the key user; wrong or inactive keys are INVALID_CREDENTIALS', async () => {
    const token = await s.adminToken();
    const key = present(dataOf(await s.gql(CREATE, {}, token)).createAccessKey).accessKey;
    const res = await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, durationSeconds: 900 } });
    expect(res.errors).toBeUndefined();
    const exp = new Date(present(dataOf(res).getSessionToken).credentials.expiration).getTime() - Date.now();
    expect(exp).toBeGreaterThan(890_000);
    expect(exp).toBeLessThanOrEqual(900_000);
    const me = await s.gql(
      graphql(`
        query MeInCredentialsAccessKeys {
          me {
            arn
            ... on User {
              accessKeys {
                accessKeyId
                lastUsedDate
              }
            }
          }
        }
      `),
      {},
      dataOf(res).getSessionToken?.credentials.sessionToken,
    );
    expect(dataOf(me).me?.arn).toBe('arn:aws:iam::000000000000:user/admin');
    const principal = present(dataOf(me).me);
    const keys = 'accessKeys' in principal ? principal.accessKeys : null;
    expect(present(keys?.find((k) => k.accessKeyId === key.accessKeyId)).lastUsedDate).not.toBeNull();
    expect(codeOf(await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: 'x'.repeat(40) } }))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await s.gql(GST, { i: { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', secretAccessKey: key.secretAccessKey } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(
      codeOf(await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, durationSeconds: 600 } })),
    ).toBe('BAD_USER_INPUT');
    await s.gql(
      graphql(`
        mutation UpdateAccessKeyInCredentialsAccessKeys($k: String!) {
          updateAccessKey(input: { accessKeyId: $k, status: Inactive }) {
            accessKey {
              status
            }
          }
        }
      `),
      { k: key.accessKeyId },
      token,
    );
    expect(codeOf(await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    const del = await s.gql(
      graphql(`
        mutation DeleteAccessKeyInCredentialsAccessKeys($k: String!) {
          deleteAccessKey(input: { accessKeyId: $k }) {
            accessKeyId
          }
        }
      `),
      { k: key.accessKeyId },
      token,
    );
    expect(dataOf(del).deleteAccessKey?.accessKeyId).toBe(key.accessKeyId);
  });

  test('deleteUser is a DELETE_CONFLICT while the user has access keys', async () => {
    const { userName } = await createUser(s);
    const token = await s.adminToken();
    const key = present(dataOf(await s.gql(CREATE, { u: userName }, token)).createAccessKey).accessKey;
    expect(codeOf(await s.gql(DELETE_USER, { u: userName }, token))).toBe('DELETE_CONFLICT');
    await s.gql(
      graphql(`
        mutation DeleteAccessKeyInCredentialsAccessKeys2($u: String, $k: String!) {
          deleteAccessKey(input: { userName: $u, accessKeyId: $k }) {
            accessKeyId
          }
        }
      `),
      { u: userName, k: key.accessKeyId },
      token,
    );
    expect((await s.gql(DELETE_USER, { u: userName }, token)).errors).toBeUndefined();
  });
  test('(last) getSessionToken with a valid serialNumber + tokenCode is MFA-authenticated; the code is then spent', async () => {
    const token = await s.adminToken();
    const key = present(dataOf(await s.gql(CREATE, {}, token)).createAccessKey).accessKey;
    const device = await createDevice(s);
    const { step } = await enableDevice(s, 'admin', device);
    const code = await codeAt(device.base32StringSeed, step + 1);
    const i = { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, serialNumber: device.serialNumber, tokenCode: code };
    const res = await s.gql(GST, { i });
    expect(res.errors).toBeUndefined();
    expect(codeOf(await s.gql(GST, { i }))).toBe('INVALID_AUTHENTICATION_CODE');
    expect(codeOf(await s.gql(GST, { i: { ...i, tokenCode: undefined } }))).toBe('BAD_USER_INPUT');
    // Enabling a device ended the admin's other sessions (the cached token): kept last on purpose.
  });
});
