import { createUser } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/** Sessions that getSessionToken gave for an access key end with the key (deactivated or deleted). */
const GST = 'mutation($i: GetSessionTokenInput!) { getSessionToken(input: $i) { credentials { sessionToken } } }';
const UPDATE = 'mutation($i: UpdateAccessKeyInput!) { updateAccessKey(input: $i) { accessKey { status } } }';
const DELETE = 'mutation($i: DeleteAccessKeyInput!) { deleteAccessKey(input: $i) { accessKeyId } }';
const ME = '{ me { arn } }';

describe('sessions of an access key', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    // Parallel right secrets are counted in advance too: a high backoff threshold lets all in.
    s = await startTestServer({ IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF: '100' });
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());

  async function keyHolder() {
    const { userName } = await createUser(s);
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sts:GetSessionToken', 'iam:GetUser'], Resource: '*' }] });
    await s.gql('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyName: 'sts', policyDocument: policy } }, admin);
    const key = (await s.gql('mutation($u: String) { createAccessKey(input: {userName: $u}) { accessKey { accessKeyId secretAccessKey } } }', { u: userName }, admin)).data.createAccessKey.accessKey;
    const session = async () => {
      const res = await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, durationSeconds: 900 } });
      return (res.data?.getSessionToken?.credentials?.sessionToken as string | undefined) ?? null;
    };
    return { userName, key, session };
  }
  const alive = async (token: string) => (await s.gql(ME, {}, token)).errors === undefined;

  test('deactivating the key ends its sessions; reactivating it does not bring them back', async () => {
    const h = await keyHolder();
    const token = (await h.session())!;
    expect(await alive(token)).toBe(true);
    expect((await s.gql(UPDATE, { i: { userName: h.userName, accessKeyId: h.key.accessKeyId, status: 'Inactive' } }, admin)).errors).toBeUndefined();
    const after = await s.gql(ME, {}, token);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    await s.gql(UPDATE, { i: { userName: h.userName, accessKeyId: h.key.accessKeyId, status: 'Active' } }, admin);
    expect(await alive(token)).toBe(false);
    expect(await alive((await h.session())!)).toBe(true);
  });

  test('deleting the key ends its sessions', async () => {
    const h = await keyHolder();
    const token = (await h.session())!;
    expect((await s.gql(DELETE, { i: { userName: h.userName, accessKeyId: h.key.accessKeyId } }, admin)).errors).toBeUndefined();
    expect(await alive(token)).toBe(false);
  });

  test('getSessionToken racing a deactivation: no session of the key survives it', async () => {
    const h = await keyHolder();
    const racing = Array.from({ length: 8 }, () => h.session());
    const deactivated = s.gql(UPDATE, { i: { userName: h.userName, accessKeyId: h.key.accessKeyId, status: 'Inactive' } }, admin);
    const more = Array.from({ length: 8 }, () => h.session());
    expect((await deactivated).errors).toBeUndefined();
    const tokens = (await Promise.all([...racing, ...more])).filter((t): t is string => t !== null);
    expect(await Promise.all(tokens.map(alive))).toEqual(tokens.map(() => false));
  });

  test('getSessionToken racing a deletion: no session of the key survives it', async () => {
    const h = await keyHolder();
    const racing = Array.from({ length: 8 }, () => h.session());
    const deleted = s.gql(DELETE, { i: { userName: h.userName, accessKeyId: h.key.accessKeyId } }, admin);
    const more = Array.from({ length: 8 }, () => h.session());
    expect((await deleted).errors).toBeUndefined();
    const tokens = (await Promise.all([...racing, ...more])).filter((t): t is string => t !== null);
    expect(await Promise.all(tokens.map(alive))).toEqual(tokens.map(() => false));
  });
});
