import { graphql } from '../generated';
import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import {
  ADD_USER_TO_GROUP,
  ATTACH_GROUP_POLICY,
  ATTACH_USER_POLICY_BY_INPUT,
  CREATE_GROUP,
  DETACH_USER_POLICY,
  FIRST_USER_CURSOR,
  FIRST_USER_NAME,
  PUT_USER_PERMISSIONS_BOUNDARY,
  PUT_USER_POLICY,
  TYPENAME,
  USER_NAME_BY_NAME,
} from '../support/operations';
import { codeOf, dataOf, startTestServer, type TestServer, useTestServer } from '../support/server';

/** Effective permissions through loaders and the policy cache; invalidation across instances. */
async function sqlCount(s: TestServer): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  return Number(/^iam_db_queries_total (\d+)/m.exec(text)![1]);
}

describe('authorization cache and loaders', () => {
  const s = useTestServer();

  test('users(first: 10) and users(first: 100) with effectivePermissions and groups cost the same SQL statements', async () => {
    const admin = await s.adminToken();
    const prefix = `/${uniqueName('bulk')}/`;
    const g = uniqueName('g');
    await s.gql(CREATE_GROUP, { i: { groupName: g } }, admin);
    await s.gql(ATTACH_GROUP_POLICY, { i: { groupName: g, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);
    for (let i = 0; i < 100; i++) {
      const u = await createUser(s, `${uniqueName('m')}${i}`, { path: prefix });
      await s.gql(ADD_USER_TO_GROUP, { i: { groupName: g, userName: u.userName } }, admin);
      await s.gql(
        PUT_USER_POLICY,
        {
          i: {
            userName: u.userName,
            policyName: 'own',
            policyDocument: JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }],
            }),
          },
        },
        admin,
      );
    }
    const query = graphql(`
      query UsersInAuthzCache($n: Int!, $p: String!) {
        users(first: $n, pathPrefix: $p) {
          edges {
            node {
              userName
              groups {
                edges {
                  node {
                    groupName
                  }
                }
              }
              effectivePermissions {
                statements {
                  effect
                  actions
                  source {
                    policyName
                    policyType
                    viaGroup
                  }
                }
              }
            }
          }
        }
      }
    `);
    await s.gql(FIRST_USER_CURSOR, {}, admin); // warm the caller's own policy set (me needs no permission)
    const counts: number[] = [];
    for (const n of [10, 100]) {
      const before = await sqlCount(s);
      const res = await s.gql(query, { n, p: prefix }, admin);

      expect(res.errors).toBeUndefined();
      expect(dataOf(res).users?.edges).toHaveLength(n);
      const st = dataOf(res).users?.edges?.[n - 1]?.node?.effectivePermissions?.statements;
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
    await s.gql(
      ATTACH_USER_POLICY_BY_INPUT,
      { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } },
      admin,
    );
    const read = USER_NAME_BY_NAME;
    await s.gql(read, { n: u.userName }, u.token);
    const before = await sqlCount(s);
    await s.gql(read, { n: u.userName }, u.token);
    const first = (await sqlCount(s)) - before;
    const before2 = await sqlCount(s);
    await s.gql(TYPENAME, {}, u.token);
    const baseline = (await sqlCount(s)) - before2; // authentication only
    // user(userName) = authentication + the resolver's own user lookups; nothing from authorization.
    expect(first - baseline).toBeLessThanOrEqual(2);
    await s.gql(DETACH_USER_POLICY, { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);
    expect(codeOf(await s.gql(read, { n: u.userName }, u.token))).toBe('ACCESS_DENIED');
  });

  test('effectivePermissions(principalArn) lists the boundary as its own source', async () => {
    const admin = await s.adminToken();
    const u = await createUser(s);
    await s.gql(
      PUT_USER_PERMISSIONS_BOUNDARY,
      { i: { userName: u.userName, permissionsBoundary: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } },
      admin,
    );
    const res = await s.gql(
      graphql(`
        query EffectivePermissions($a: String!) {
          effectivePermissions(principalArn: $a) {
            principalArn
            statements {
              source {
                policyArn
                policyType
                versionId
                statementIndex
              }
            }
          }
        }
      `),
      { a: u.arn },
      admin,
    );
    expect(dataOf(res).effectivePermissions).toEqual({
      principalArn: u.arn,
      statements: [
        {
          source: {
            policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
            policyType: 'PERMISSIONS_BOUNDARY',
            versionId: 'v4',
            statementIndex: 0,
          },
        },
      ],
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
    await a.gql(
      ATTACH_USER_POLICY_BY_INPUT,
      { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } },
      adminA,
    );
    const read = FIRST_USER_NAME;
    expect((await b.gql(read, {}, u.token)).errors).toBeUndefined(); // cached on b now
    await a.gql(DETACH_USER_POLICY, { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, adminA);
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
