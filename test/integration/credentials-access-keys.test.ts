import { createUser, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { codeAt, createDevice, enableDevice } from './mfa-support';

const CREATE = 'mutation($u: String) { createAccessKey(input: {userName: $u}) { accessKey { accessKeyId secretAccessKey status userName createDate } } }';
const GST = 'mutation($i: GetSessionTokenInput!) { getSessionToken(input: $i) { credentials { sessionToken expiration } } }';

describe('access keys and getSessionToken', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('createAccessKey shows an AKIA id and a 40-character secret once; the list shows no secret', async () => {
    const { userName } = await createUser(s);
    const res = await s.gql(CREATE, { u: userName }, await s.adminToken());
    const key = res.data.createAccessKey.accessKey;
    expect(key.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.secretAccessKey).toHaveLength(40);
    expect(key).toMatchObject({ status: 'Active', userName });
    const list = await s.gql('query($u: String!) { user(userName: $u) { accessKeys { accessKeyId status lastUsedDate } } }', { u: userName }, await s.adminToken());
    expect(list.data.user.accessKeys).toEqual([{ accessKeyId: key.accessKeyId, status: 'Active', lastUsedDate: null }]);
  });

  test('10 parallel createAccessKey leave exactly 2 keys; the rest are LIMIT_EXCEEDED', async () => {
    const { userName } = await createUser(s);
    const token = await s.adminToken();
    const results = await Promise.all(Array.from({ length: 10 }, () => s.gql(CREATE, { u: userName }, token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED')).toHaveLength(8);
    const list = await s.gql('query($u: String!) { user(userName: $u) { accessKeys { accessKeyId } } }', { u: userName }, token);
    expect(list.data.user.accessKeys).toHaveLength(2);
  });

  test('concurrent mutations, some failing, leave exactly the successful ones rows', async () => {
    const { userName } = await createUser(s);
    const token = await s.adminToken();
    const [ok, missing, badPolicy] = await Promise.all([
      s.gql(CREATE, { u: userName }, token),
      s.gql(CREATE, { u: uniqueName('nobody') }, token),
      s.gql('mutation { updateAccountPasswordPolicy(input: {minimumPasswordLength: 3}) { passwordPolicy { minimumPasswordLength } } }', {}, token),
    ]);
    expect(ok.errors).toBeUndefined();
    expect(codeOf(missing)).toBe('NO_SUCH_ENTITY');
    expect(codeOf(badPolicy)).toBe('BAD_USER_INPUT');
    const rows = await s.app.dataSource.query('SELECT a.access_key_id FROM access_keys a JOIN users u ON u.id = a.user_id WHERE u.user_name = $1', [userName]);
    expect(rows.map((r: any) => r.access_key_id)).toEqual([ok.data.createAccessKey.accessKey.accessKeyId]);
    expect((await s.gql('{ accountPasswordPolicy { minimumPasswordLength } }', {}, token)).data.accountPasswordPolicy.minimumPasswordLength).toBe(12);
  });

  test('getSessionToken: a temporary session for the key user; wrong or inactive keys are INVALID_CREDENTIALS', async () => {
    const token = await s.adminToken();
    const key = (await s.gql(CREATE, {}, token)).data.createAccessKey.accessKey;
    const res = await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, durationSeconds: 900 } });
    expect(res.errors).toBeUndefined();
    const exp = new Date(res.data.getSessionToken.credentials.expiration).getTime() - Date.now();
    expect(exp).toBeGreaterThan(890_000);
    expect(exp).toBeLessThanOrEqual(900_000);
    const me = await s.gql('{ me { arn ... on User { accessKeys { accessKeyId lastUsedDate } } } }', {}, res.data.getSessionToken.credentials.sessionToken);
    expect(me.data.me.arn).toBe('arn:aws:iam::000000000000:user/admin');
    expect(me.data.me.accessKeys.find((k: any) => k.accessKeyId === key.accessKeyId).lastUsedDate).not.toBeNull();
    expect(codeOf(await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: 'x'.repeat(40) } }))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await s.gql(GST, { i: { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', secretAccessKey: key.secretAccessKey } }))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, durationSeconds: 600 } }))).toBe('BAD_USER_INPUT');
    await s.gql('mutation($k: String!) { updateAccessKey(input: {accessKeyId: $k, status: Inactive}) { accessKey { status } } }', { k: key.accessKeyId }, token);
    expect(codeOf(await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } }))).toBe('INVALID_CREDENTIALS');
    const del = await s.gql('mutation($k: String!) { deleteAccessKey(input: {accessKeyId: $k}) { accessKeyId } }', { k: key.accessKeyId }, token);
    expect(del.data.deleteAccessKey.accessKeyId).toBe(key.accessKeyId);
  });

  test('deleteUser is a DELETE_CONFLICT while the user has access keys', async () => {
    const { userName } = await createUser(s);
    const token = await s.adminToken();
    const key = (await s.gql(CREATE, { u: userName }, token)).data.createAccessKey.accessKey;
    expect(codeOf(await s.gql('mutation($u: String!) { deleteUser(input: {userName: $u}) { userName } }', { u: userName }, token))).toBe('DELETE_CONFLICT');
    await s.gql('mutation($u: String, $k: String!) { deleteAccessKey(input: {userName: $u, accessKeyId: $k}) { accessKeyId } }', { u: userName, k: key.accessKeyId }, token);
    expect((await s.gql('mutation($u: String!) { deleteUser(input: {userName: $u}) { userName } }', { u: userName }, token)).errors).toBeUndefined();
  });
  test('(last) getSessionToken with a valid serialNumber + tokenCode is MFA-authenticated; the code is then spent', async () => {
    const token = await s.adminToken();
    const key = (await s.gql(CREATE, {}, token)).data.createAccessKey.accessKey;
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
