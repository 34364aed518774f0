import { createUser, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Connections a UI can page: `totalCount` (one COUNT, only when selected) and backward keyset
 * pages (`last`/`before`) on the lists AWS pages by name or ARN.
 */
interface Page {
  edges: Array<{ cursor: string; node: { userName: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
}

const USERS = `query($p: String, $first: Int, $after: String, $last: Int, $before: String) {
  users(pathPrefix: $p, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { userName } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
  }
}`;
const USERS_NO_COUNT = 'query($p: String) { users(pathPrefix: $p, first: 2) { edges { node { userName } } } }';
const USERS_COUNT = 'query($p: String) { users(pathPrefix: $p, first: 2) { edges { node { userName } } totalCount } }';

describe('connections: totalCount and backward paging', () => {
  let s: TestServer;
  let token: string;
  const path = `/${uniqueName('paging')}/`;
  const names = ['p-a', 'p-b', 'p-c', 'p-d', 'p-e'].map((n) => `${n}-${uniqueName('')}`);

  beforeAll(async () => {
    s = await startTestServer();
    token = await s.adminToken();
    for (const n of names) await createUser(s, n, { path });
  });
  afterAll(async () => s.close());

  const users = async (vars: Record<string, unknown>) => {
    const res = await s.gql<{ users: Page }>(USERS, { p: path, ...vars }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.users;
  };
  const namesOf = (p: Page) => p.edges.map((e) => e.node.userName);

  test('totalCount counts the whole filtered list, not the page', async () => {
    const page = await users({ first: 2 });
    expect(namesOf(page)).toEqual(names.slice(0, 2));
    expect(page.totalCount).toBe(5);
    const all = await s.gql<{ users: Page }>('{ users(first: 1) { totalCount } }', {}, token);
    expect(all.data!.users.totalCount).toBeGreaterThanOrEqual(6); // with the administrator
  });

  test('totalCount costs one query, and none when not selected', async () => {
    const sql = async () => Number(/^iam_db_queries_total (\d+)/m.exec(await (await fetch(`${s.url}/metrics`)).text())![1]);
    await s.gql(USERS_NO_COUNT, { p: path }, token); // warm the caller's caches
    const a = await sql();
    await s.gql(USERS_NO_COUNT, { p: path }, token);
    const b = await sql();
    await s.gql(USERS_COUNT, { p: path }, token);
    const c = await sql();
    expect(c - b).toBe(b - a + 1);
  });

  test('last pages backwards from the end, and before from a cursor, in name order', async () => {
    const end = await users({ last: 2 });
    expect(namesOf(end)).toEqual(names.slice(3));
    expect(end.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const middle = await users({ last: 2, before: end.pageInfo.startCursor });
    expect(namesOf(middle)).toEqual(names.slice(1, 3));
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = await users({ last: 2, before: middle.pageInfo.startCursor });
    expect(namesOf(start)).toEqual(names.slice(0, 1));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    // A backward page's cursors work forward too.
    const again = await users({ first: 2, after: start.pageInfo.endCursor });
    expect(namesOf(again)).toEqual(names.slice(1, 3));
  });

  test('groups, roles and policies page backwards and count too', async () => {
    const g = uniqueName('bg');
    for (const n of ['1', '2', '3']) {
      await s.gql('mutation($g: String!) { createGroup(input: {groupName: $g, path: "/back/"}) { group { groupName } } }', { g: `${g}-${n}` }, token);
      await s.gql(
        'mutation($r: String!, $d: String!) { createRole(input: {roleName: $r, path: "/back/", assumeRolePolicyDocument: $d}) { role { roleName } } }',
        { r: `${g}-${n}`, d: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) },
        token,
      );
    }
    const res = await s.gql(
      `{ groups(pathPrefix: "/back/", last: 2) { edges { node { groupName } } pageInfo { hasPreviousPage } totalCount }
         roles(pathPrefix: "/back/", last: 1) { edges { node { roleName } } totalCount }
         policies(scope: AWS, last: 1) { edges { node { arn } } pageInfo { hasPreviousPage hasNextPage } totalCount }
         first: policies(scope: AWS, first: 1000) { edges { node { arn } } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.groups.edges.map((e: { node: { groupName: string } }) => e.node.groupName)).toEqual([`${g}-2`, `${g}-3`]);
    expect(res.data.groups).toMatchObject({ pageInfo: { hasPreviousPage: true }, totalCount: 3 });
    expect(res.data.roles.edges[0].node.roleName).toBe(`${g}-3`);
    expect(res.data.roles.totalCount).toBe(3);
    const arns = res.data.first.edges.map((e: { node: { arn: string } }) => e.node.arn);
    expect(res.data.policies.edges[0].node.arn).toBe(arns[arns.length - 1]);
    expect(res.data.policies.totalCount).toBe(arns.length);
  });

  test('the audit trail has totalCount', async () => {
    const res = await s.gql('{ auditEvents(first: 1) { totalCount edges { node { action } } } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.auditEvents.totalCount).toBeGreaterThan(5);
  });

  test('mixing directions, or a bad last or before, is BAD_USER_INPUT', async () => {
    for (const vars of [{ first: 1, last: 1 }, { after: 'YQ', before: 'YQ' }, { last: 0 }, { last: 1, before: '!!' }]) {
      const res = await s.gql(USERS, { p: path, ...vars }, token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });
});
