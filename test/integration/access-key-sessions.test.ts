import { graphql } from '../generated';
import { createUser } from '../support/factories';
import { CREATE_ACCESS_KEY, GET_SESSION_TOKEN as GST, ME, PUT_USER_POLICY } from '../support/operations';
import { codeOf, dataOf, present,startTestServer, type TestServer } from '../support/server';
const UPDATE = graphql(`
  mutation UpdateAccessKey($i: UpdateAccessKeyInput!) {
    updateAccessKey(input: $i) {
      accessKey {
        status
      }
    }
  }
`);
const DELETE = graphql(`
  mutation DeleteAccessKey($i: DeleteAccessKeyInput!) {
    deleteAccessKey(input: $i) {
      accessKeyId
    }
  }
`);

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
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['sts:GetSessionToken', 'iam:GetUser'], Resource: '*' }],
    });
    await s.gql(PUT_USER_POLICY, { i: { userName, policyName: 'sts', policyDocument: policy } }, admin);
    const key = dataOf(await s.gql(CREATE_ACCESS_KEY, { u: userName }, admin)).createAccessKey?.accessKey;
    const session = async () => {
      const res = await s.gql(GST, {
        i: { accessKeyId: present(key?.accessKeyId), secretAccessKey: present(key?.secretAccessKey), durationSeconds: 900 },
      });
      return (res.data?.getSessionToken?.credentials?.sessionToken as string | undefined) ?? null;
    };
    return { userName, key, session };
  }
  const alive = async (token: string) => (await s.gql(ME, {}, token)).errors === undefined;

  test('deactivating the key ends its sessions; reactivating it does not bring them back', async () => {
    const h = await keyHolder();
    const token = (await h.session())!;
    expect(await alive(token)).toBe(true);
    expect(
      (await s.gql(UPDATE, { i: { userName: h.userName, accessKeyId: present(h?.key?.accessKeyId), status: 'Inactive' } }, admin)).errors,
    ).toBeUndefined();
    const after = await s.gql(ME, {}, token);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    await s.gql(UPDATE, { i: { userName: h.userName, accessKeyId: present(h?.key?.accessKeyId), status: 'Active' } }, admin);
    expect(await alive(token)).toBe(false);
    expect(await alive((await h.session())!)).toBe(true);
  });

  test('deleting the key ends its sessions', async () => {
    const h = await keyHolder();
    const token = (await h.session())!;
    expect((await s.gql(DELETE, { i: { userName: h.userName, accessKeyId: present(h?.key?.accessKeyId) } }, admin)).errors).toBeUndefined();
    expect(await alive(token)).toBe(false);
  });

  test('getSessionToken racing a deactivation: no session of the key survives it', async () => {
    const h = await keyHolder();
    const racing = Array.from({ length: 8 }, () => h.session());
    const deactivated = s.gql(
      UPDATE,
      { i: { userName: h.userName, accessKeyId: present(h?.key?.accessKeyId), status: 'Inactive' } },
      admin,
    );
    const more = Array.from({ length: 8 }, () => h.session());
    expect((await deactivated).errors).toBeUndefined();
    const tokens = (await Promise.all([...racing, ...more])).filter((t): t is string => t !== null);
    expect(await Promise.all(tokens.map(alive))).toEqual(tokens.map(() => false));
  });

  test('getSessionToken racing a deletion: no session of the key survives it', async () => {
    const h = await keyHolder();
    const racing = Array.from({ length: 8 }, () => h.session());
    const deleted = s.gql(DELETE, { i: { userName: h.userName, accessKeyId: present(h?.key?.accessKeyId) } }, admin);
    const more = Array.from({ length: 8 }, () => h.session());
    expect((await deleted).errors).toBeUndefined();
    const tokens = (await Promise.all([...racing, ...more])).filter((t): t is string => t !== null);
    expect(await Promise.all(tokens.map(alive))).toEqual(tokens.map(() => false));
  });
});
