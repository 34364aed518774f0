import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/** Effective permissions through loaders and the policy cache; invalidation across instances. */
async function sqlCount(s: TestServer): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  return Number(/^iam_db_queries_total (\d+)/m.exec(text)![1]);
}

describe('authorization cache and loaders', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('users(first: 10) and users(first: 100) with effectivePermissions and groups cost the same SQL statements', async () => {
    const admin = await s.adminToken();
    const prefix = `/${uniqueName('bulk')}/`;
    const g = uniqueName('g');
    await s.gql('mutation($i: CreateGroupInput!) { createGroup(input: $i) { group { arn } } }', { i: { groupName: g } }, admin);
    await s.gql('mutation($i: AttachGroupPolicyInput!) { attachGroupPolicy(input: $i) { group { groupName } } }', { i: { groupName: g, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);
    for (let i = 0; i < 100; i++) {
      const u = await createUser(s, `${uniqueName('m')}${i}`, { path: prefix });
      await s.gql('mutation($i: AddUserToGroupInput!) { addUserToGroup(input: $i) { user { userName } } }', { i: { groupName: g, userName: u.userName } }, admin);
      await s.gql('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyName: 'own', policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] }) } }, admin);
    }
    const query = 'query($n: Int!, $p: String!) { users(first: $n, pathPrefix: $p) { edges { node { userName groups { edges { node { groupName } } } effectivePermissions { statements { effect actions source { policyName policyType viaGroup } } } } } } }';
    await s.gql('{ users(first: 1) { edges { cursor } } }', {}, admin); // warm the caller's own policy set (me needs no permission)
    const counts: number[] = [];
    for (const n of [10, 100]) {
      const before = await sqlCount(s);
      const res = await s.gql(query, { n, p: prefix }, admin);

      expect(res.errors).toBeUndefined();
      expect(res.data.users.edges).toHaveLength(n);
      const st = res.data.users.edges[n - 1].node.effectivePermissions.statements;
      expect(st).toEqual(
        expect.arrayContaining([
          { effect: 'Allow', actions: ['iam:GetUser'], source: { policyName: 'own', policyType: 'INLINE', viaGroup: null } },
          expect.objectContaining({ source: { policyName: 'IAMReadOnlyAccess', policyType: 'MANAGED', viaGroup: g } }),
        ]),
      );
      counts.push((await sqlCount(s)) - before);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  test('a steady-state authorized request sends no SQL for authorization; a change is visible on the next request', async () => {
    const u = await createUserWithLogin(s);
    const admin = await s.adminToken();
    await s.gql('mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);
    const read = `{ user(userName: "${u.userName}") { userName } }`;
    await s.gql(read, {}, u.token);
    const before = await sqlCount(s);
    await s.gql(read, {}, u.token);
    const first = (await sqlCount(s)) - before;
    const before2 = await sqlCount(s);
    await s.gql('{ __typename }', {}, u.token);
    const baseline = (await sqlCount(s)) - before2; // authentication only
    // user(userName) = authentication + the resolver's own user lookups; nothing from authorization.
    expect(first - baseline).toBeLessThanOrEqual(2);
    await s.gql('mutation($i: DetachUserPolicyInput!) { detachUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);
    expect(codeOf(await s.gql(read, {}, u.token))).toBe('ACCESS_DENIED');
  });

  test('effectivePermissions(principalArn) lists the boundary as its own source', async () => {
    const admin = await s.adminToken();
    const u = await createUser(s);
    await s.gql('mutation($i: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $i) { user { userName } } }', { i: { userName: u.userName, permissionsBoundary: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);
    const res = await s.gql('query($a: String!) { effectivePermissions(principalArn: $a) { principalArn statements { source { policyArn policyType versionId statementIndex } } } }', { a: u.arn }, admin);
    expect(res.data.effectivePermissions).toEqual({
      principalArn: u.arn,
      statements: [{ source: { policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess', policyType: 'PERMISSIONS_BOUNDARY', versionId: 'v4', statementIndex: 0 } }],
    });
  });
});

const pg = process.env.TEST_DATABASE_URL ? describe : describe.skip;
pg('two instances on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({}, { databaseUrl: a.databaseUrl! });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  test('a policy detached through one instance is denied by the other within 100 ms', async () => {
    const u = await createUserWithLogin(a);
    const adminA = await a.adminToken();
    await a.gql('mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, adminA);
    const read = '{ users(first: 1) { edges { node { userName } } } }';
    expect((await b.gql(read, {}, u.token)).errors).toBeUndefined(); // cached on b now
    await a.gql('mutation($i: DetachUserPolicyInput!) { detachUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, adminA);
    const detachedAt = Date.now();
    let denied = false;
    while (Date.now() - detachedAt < 100) {
      if (codeOf(await b.gql(read, {}, u.token)) === 'ACCESS_DENIED') {
        denied = true;
        break;
      }
    }
    expect(denied).toBe(true);
  });
});
