import { createUser, uniqueName } from '../support/factories';
import { codeOf, type GqlResponse, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9, "the same pattern elsewhere": every mutation locks what it checks before it reads it,
 * so two that race end as if one had run first: each succeeds or fails with its AWS error (never
 * INTERNAL_SERVER_ERROR), nothing is left pointing at a deleted row, and no change is lost.
 * Run on PGlite and, with TEST_DATABASE_URL, on PostgreSQL (where the requests really overlap).
 */
const DOC = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const TRIALS = 10;

describe('races between changes to policies, users and groups', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());
  const q = (query: string, variables?: Record<string, unknown>) => s.gql(query, variables, admin);
  const sql = (text: string, params: unknown[] = []) => s.app.dataSource.query(text, params);
  const ok = (r: GqlResponse<unknown>) => r.errors === undefined;
  /** Exactly one outcome of each pair: the first succeeded and the second failed with `code`, or the reverse. */
  const oneOrder = (a: GqlResponse<unknown>, b: GqlResponse<unknown>, codeIfAFirst: string, codeIfBFirst: string) => {
    expect([codeOf(a), codeOf(b)]).toEqual(expect.arrayContaining([undefined]));
    if (ok(a) && ok(b)) throw new Error('both succeeded');
    if (ok(a)) expect(codeOf(b)).toBe(codeIfAFirst);
    else expect(codeOf(a)).toBe(codeIfBFirst);
  };

  const M = {
    createPolicy: 'mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }',
    deletePolicy: 'mutation($i: DeletePolicyInput!) { deletePolicy(input: $i) { policyArn } }',
    attach: 'mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }',
    putInline: 'mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }',
    boundary: 'mutation($i: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $i) { user { userName } } }',
    deleteUser: 'mutation($i: DeleteUserInput!) { deleteUser(input: $i) { userName } }',
    updateUser: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { userName path } } }',
    createGroup: 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { group { groupName } } }',
    deleteGroup: 'mutation($i: DeleteGroupInput!) { deleteGroup(input: $i) { groupName } }',
    addToGroup: 'mutation($i: AddUserToGroupInput!) { addUserToGroup(input: $i) { group { groupName } } }',
  };
  const createPolicy = async () => (await q(M.createPolicy, { i: { policyName: uniqueName('P'), policyDocument: DOC('iam:GetUser') } })).data.createPolicy.policy.arn as string;
  const policyExists = async (arn: string) => (await sql('SELECT 1 FROM "managed_policies" WHERE arn = $1', [arn])).length === 1;

  test('attachUserPolicy and deletePolicy: the attachment exists only if the policy does', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const u = await createUser(s);
      const p = await createPolicy();
      const [attach, del] = await Promise.all([q(M.attach, { i: { userName: u.userName, policyArn: p } }), q(M.deletePolicy, { i: { policyArn: p } })]);
      oneOrder(attach, del, 'DELETE_CONFLICT', 'NO_SUCH_ENTITY');
      expect(await policyExists(p)).toBe(ok(attach));
    }
  });

  test('putUserPermissionsBoundary and deletePolicy: a boundary never names a deleted policy', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const u = await createUser(s);
      const p = await createPolicy();
      const [put, del] = await Promise.all([q(M.boundary, { i: { userName: u.userName, permissionsBoundary: p } }), q(M.deletePolicy, { i: { policyArn: p } })]);
      oneOrder(put, del, 'DELETE_CONFLICT', 'NO_SUCH_ENTITY');
      const [row] = await sql('SELECT permissions_boundary_arn AS b FROM "users" WHERE user_name = $1', [u.userName]);
      expect(row.b === p).toBe(ok(put));
      expect(await policyExists(p)).toBe(ok(put));
    }
  });

  test('addUserToGroup and deleteGroup: no membership of a deleted group, no server error', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const u = await createUser(s);
      const groupName = uniqueName('g');
      expect(ok(await q(M.createGroup, { i: { groupName } }))).toBe(true);
      const [add, del] = await Promise.all([q(M.addToGroup, { i: { groupName, userName: u.userName } }), q(M.deleteGroup, { i: { groupName } })]);
      oneOrder(add, del, 'DELETE_CONFLICT', 'NO_SUCH_ENTITY');
    }
  });

  test('deleteUser against attachUserPolicy, putUserPolicy and addUserToGroup: nothing is left hanging on a deleted user', async () => {
    const p = await createPolicy();
    const groupName = uniqueName('g');
    expect(ok(await q(M.createGroup, { i: { groupName } }))).toBe(true);
    const changes = [
      (userName: string) => q(M.attach, { i: { userName, policyArn: p } }),
      (userName: string) => q(M.putInline, { i: { userName, policyName: 'p1', policyDocument: DOC('iam:GetUser') } }),
      (userName: string) => q(M.addToGroup, { i: { groupName, userName } }),
    ];
    for (let trial = 0; trial < TRIALS; trial++) {
      for (const change of changes) {
        const u = await createUser(s);
        const [c, del] = await Promise.all([change(u.userName), q(M.deleteUser, { i: { userName: u.userName } })]);
        oneOrder(c, del, 'DELETE_CONFLICT', 'NO_SUCH_ENTITY');
      }
    }
    const orphans = await sql(`
      SELECT principal_id FROM "policy_attachments" a WHERE a.principal_type = 'USER' AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u.id = a.principal_id)
      UNION ALL
      SELECT principal_id FROM "inline_policies" i WHERE i.principal_type = 'USER' AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u.id = i.principal_id)`);
    expect(orphans).toEqual([]);
  });

  test('updateUser with a new name and updateUser with a new path in parallel: both take effect', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const u = await createUser(s);
      const newUserName = uniqueName('renamed');
      const [rename, move] = await Promise.all([
        q(M.updateUser, { i: { userName: u.userName, newUserName } }),
        q(M.updateUser, { i: { userName: u.userName, newPath: '/moved/' } }),
      ]);
      // The move may find the user already renamed (NO_SUCH_ENTITY, as in AWS): then it changed nothing.
      expect(ok(rename)).toBe(true);
      const [row] = await sql('SELECT user_name, path FROM "users" WHERE user_name_lower = $1', [newUserName.toLowerCase()]);
      expect(row.user_name).toBe(newUserName);
      if (ok(move)) expect(row.path).toBe('/moved/');
      else expect(codeOf(move)).toBe('NO_SUCH_ENTITY');
    }
  });
});
