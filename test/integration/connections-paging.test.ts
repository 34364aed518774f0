import { graphql } from '../generated';
import type { UsersPageQuery, UsersPageQueryVariables } from '../generated/graphql';
import { createUser, uniqueName } from '../support/factories';
import { CREATE_GROUP, CREATE_ROLE_NAME } from '../support/operations';
import { codeOf, dataOf, present, useTestServer } from '../support/server';

/**
 * Connections a UI can page: `totalCount` (one COUNT, only when selected) and backward keyset
 * pages (`last`/`before`) on the lists AWS pages by name or ARN.
 */
type Page = NonNullable<UsersPageQuery['users']>;

const USERS = graphql(`
  query UsersPage($p: String, $first: Int, $after: String, $last: Int, $before: String) {
    users(pathPrefix: $p, first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          userName
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      totalCount
    }
  }
`);
const USERS_NO_COUNT = graphql(`
  query UsersFirstTwoNoCount($p: String) {
    users(pathPrefix: $p, first: 2) {
      edges {
        node {
          userName
        }
      }
    }
  }
`);
const USERS_COUNT = graphql(`
  query UsersFirstTwoWithCount($p: String) {
    users(pathPrefix: $p, first: 2) {
      edges {
        node {
          userName
        }
      }
      totalCount
    }
  }
`);

describe('connections: totalCount and backward paging', () => {
  const s = useTestServer();
  let token: string;
  const path = `/${uniqueName('paging')}/`;
  const names = ['p-a', 'p-b', 'p-c', 'p-d', 'p-e'].map((n) => `${n}-${uniqueName('')}`);

  beforeAll(async () => {
    token = await s.adminToken();
    for (const n of names) await createUser(s, n, { path });
  });

  const users = async (vars: Omit<UsersPageQueryVariables, 'p'>): Promise<Page> => {
    const res = await s.gql(USERS, { p: path, ...vars }, token);
    expect(res.errors).toBeUndefined();
    return present(dataOf(res).users, 'users');
  };
  const namesOf = (p: Page) => p.edges.map((e) => e.node.userName);

  test('totalCount counts the whole filtered list, not the page', async () => {
    const page = await users({ first: 2 });
    expect(namesOf(page)).toEqual(names.slice(0, 2));
    expect(page.totalCount).toBe(5);
    const all = await s.gql(
      graphql(`
        query UsersTotalCount {
          users(first: 1) {
            totalCount
          }
        }
      `),
      {},
      token,
    );
    expect(dataOf(all).users?.totalCount).toBeGreaterThanOrEqual(6); // with the administrator
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
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    for (const n of ['1', '2', '3']) {
      await s.gql(CREATE_GROUP, { i: { groupName: `${g}-${n}`, path: '/back/' } }, token);
      await s.gql(CREATE_ROLE_NAME, { i: { roleName: `${g}-${n}`, path: '/back/', assumeRolePolicyDocument: trust } }, token);
    }
    const res = await s.gql(
      graphql(`
        query BackwardPagesOfGroupsRolesPolicies {
          groups(pathPrefix: "/back/", last: 2) {
            edges {
              node {
                groupName
              }
            }
            pageInfo {
              hasPreviousPage
            }
            totalCount
          }
          roles(pathPrefix: "/back/", last: 1) {
            edges {
              node {
                roleName
              }
            }
            totalCount
          }
          policies(scope: AWS, last: 1) {
            edges {
              node {
                arn
              }
            }
            pageInfo {
              hasPreviousPage
              hasNextPage
            }
            totalCount
          }
          first: policies(scope: AWS, first: 1000) {
            edges {
              node {
                arn
              }
            }
          }
        }
      `),
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const data = dataOf(res);
    const groups = present(data.groups, 'groups');
    const roles = present(data.roles, 'roles');
    const policies = present(data.policies, 'policies');
    expect(groups.edges.map((e) => e.node.groupName)).toEqual([`${g}-2`, `${g}-3`]);
    expect(groups).toMatchObject({ pageInfo: { hasPreviousPage: true }, totalCount: 3 });
    expect(roles.edges[0]!.node.roleName).toBe(`${g}-3`);
    expect(roles.totalCount).toBe(3);
    const arns = present(data.first, 'first').edges.map((e) => e.node.arn);
    expect(policies.edges[0]!.node.arn).toBe(arns[arns.length - 1]);
    expect(policies.totalCount).toBe(arns.length);
  });

  test('the audit trail has totalCount', async () => {
    const res = await s.gql(
      graphql(`
        query AuditEventsTotalCount {
          auditEvents(first: 1) {
            totalCount
            edges {
              node {
                action
              }
            }
          }
        }
      `),
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).auditEvents?.totalCount).toBeGreaterThan(5);
  });

  test('mixing directions, or a bad last or before, is BAD_USER_INPUT', async () => {
    const cases: Array<Omit<UsersPageQueryVariables, 'p'>> = [
      { first: 1, last: 1 },
      { after: 'YQ', before: 'YQ' },
      { last: 0 },
      { last: 1, before: '!!' },
    ];
    for (const vars of cases) {
      const res = await s.gql(USERS, { p: path, ...vars }, token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });
});
