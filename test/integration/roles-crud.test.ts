import { graphql } from '../generated';
import type { CreateRoleInput } from '../generated/graphql';
import { createUserWithLogin, uniqueName } from '../support/factories';
import { DELETE_ROLE, ROLE_ARN, ROLE_TRUST_POLICY, UPDATE_ROLE_NAME,UPDATE_TRUST_POLICY } from '../support/operations';
import { codeOf, dataOf, findingsOf, firstError,present, useTestServer } from '../support/server';

const trustFor = (principal: Record<string, unknown>, action = 'sts:AssumeRole') =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: action }] });

graphql(`
  fragment RoleFields on Role {
    roleName
    roleId
    arn
    path
    description
    maxSessionDuration
    assumeRolePolicyDocument
    createDate
    tags {
      key
      value
    }
  }
`);

describe('roles: create, read, list, update, tag, delete', () => {
  const s = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });

  const createRole = (input: CreateRoleInput, token = admin) =>
    s.gql(
      graphql(`
        mutation CreateRoleWithFields($input: CreateRoleInput!) {
          createRole(input: $input) {
            role {
              ...RoleFields
            }
          }
        }
      `),
      { input },
      token,
    );

  test('createRole returns the role with AWS ARN, AROA id, defaults and tags; role reads it back', async () => {
    const name = uniqueName('app');
    const doc = trustFor({ AWS: 'arn:aws:iam::000000000000:root' });
    const res = await createRole({
      roleName: name,
      path: '/svc/',
      assumeRolePolicyDocument: doc,
      description: 'for the app',
      tags: [{ key: 'team', value: 'blue' }],
    });
    expect(res.errors).toBeUndefined();
    const role = present(dataOf(res).createRole).role;
    expect(role).toMatchObject({
      roleName: name,
      arn: `arn:aws:iam::000000000000:role/svc/${name}`,
      path: '/svc/',
      description: 'for the app',
      maxSessionDuration: 3600,
      assumeRolePolicyDocument: doc,
      tags: [{ key: 'team', value: 'blue' }],
    });
    expect(role.roleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    const read = await s.gql(
      graphql(`
        query RoleWithFields($n: String!) {
          role(roleName: $n) {
            ...RoleFields
          }
        }
      `),
      { n: name.toUpperCase() },
      admin,
    );
    expect(dataOf(read).role).toEqual(role);
  });

  test('role names are unique case-insensitively; an unknown role is NO_SUCH_ENTITY', async () => {
    const name = uniqueName('Dup');
    expect(
      (await createRole({ roleName: name, assumeRolePolicyDocument: trustFor({ Service: 'ec2.amazonaws.com' }) })).errors,
    ).toBeUndefined();
    const again = await createRole({ roleName: name.toLowerCase(), assumeRolePolicyDocument: trustFor({ Service: 'ec2.amazonaws.com' }) });
    expect(codeOf(again)).toBe('ENTITY_ALREADY_EXISTS');
    expect(
      codeOf(
        await s.gql(
          graphql(`
            query Role {
              role(roleName: "no-such-role") {
                arn
              }
            }
          `),
          {},
          admin,
        ),
      ),
    ).toBe('NO_SUCH_ENTITY');
  });

  test('a trust policy without Principal, with a non-STS action, or not JSON is MALFORMED_POLICY_DOCUMENT with findings', async () => {
    const noPrincipal = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] });
    const res = await createRole({ roleName: uniqueName('bad'), assumeRolePolicyDocument: noPrincipal });
    expect(codeOf(res)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(findingsOf(res)).toEqual(
      expect.arrayContaining([expect.objectContaining({ message: 'Missing required field Principal', path: '$.Statement[0]' })]),
    );
    const s3 = await createRole({
      roleName: uniqueName('bad'),
      assumeRolePolicyDocument: trustFor({ AWS: 'arn:aws:iam::000000000000:root' }, 's3:GetObject'),
    });
    expect(codeOf(s3)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(firstError(s3).message).toBe('AssumeRole policy may only specify STS AssumeRole actions.');
    expect(codeOf(await createRole({ roleName: uniqueName('bad'), assumeRolePolicyDocument: '{not json' }))).toBe(
      'MALFORMED_POLICY_DOCUMENT',
    );
  });

  test('maxSessionDuration must be 3,600 to 43,200 seconds; names and descriptions are checked', async () => {
    const doc = trustFor({ AWS: '000000000000' });
    for (const bad of [3599, 43201]) {
      const res = await createRole({ roleName: uniqueName('d'), assumeRolePolicyDocument: doc, maxSessionDuration: bad });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(firstError(res).extensions?.field).toBe('maxSessionDuration');
    }
    const name = await createRole({ roleName: 'has space', assumeRolePolicyDocument: doc });
    expect(firstError(name).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleName' });
    const desc = await createRole({ roleName: uniqueName('d'), assumeRolePolicyDocument: doc, description: 'x'.repeat(1001) });
    expect(firstError(desc).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
  });

  test('updateRole changes description and maxSessionDuration; updateAssumeRolePolicy replaces the trust policy', async () => {
    const name = uniqueName('upd');
    await createRole({ roleName: name, assumeRolePolicyDocument: trustFor({ AWS: '000000000000' }) });
    const upd = await s.gql(
      graphql(`
        mutation UpdateRole($i: UpdateRoleInput!) {
          updateRole(input: $i) {
            role {
              description
              maxSessionDuration
            }
          }
        }
      `),
      { i: { roleName: name, description: 'new words', maxSessionDuration: 43200 } },
      admin,
    );
    expect(dataOf(upd).updateRole?.role).toEqual({ description: 'new words', maxSessionDuration: 43200 });
    const tooLong = await s.gql(UPDATE_ROLE_NAME, { i: { roleName: name, maxSessionDuration: 100000 } }, admin);
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    const doc = trustFor({ Service: 'lambda.amazonaws.com' });
    const trust = await s.gql(
      graphql(`
        mutation UpdateAssumeRolePolicy($i: UpdateAssumeRolePolicyInput!) {
          updateAssumeRolePolicy(input: $i) {
            role {
              assumeRolePolicyDocument
            }
          }
        }
      `),
      { i: { roleName: name, policyDocument: doc } },
      admin,
    );
    expect(dataOf(trust).updateAssumeRolePolicy?.role.assumeRolePolicyDocument).toBe(doc);
    const bad = await s.gql(UPDATE_TRUST_POLICY, { i: { roleName: name, policyDocument: '{"Statement": []}' } }, admin);
    expect(codeOf(bad)).toBe('MALFORMED_POLICY_DOCUMENT');
    const after = await s.gql(ROLE_TRUST_POLICY, { n: name }, admin);
    expect(dataOf(after).role?.assumeRolePolicyDocument).toBe(doc);
  });

  test('tagRole merges tags case-insensitively; untagRole removes them', async () => {
    const name = uniqueName('tag');
    await createRole({ roleName: name, assumeRolePolicyDocument: trustFor({ AWS: '000000000000' }), tags: [{ key: 'Env', value: 'dev' }] });
    const tagged = await s.gql(
      graphql(`
        mutation TagRole($i: TagRoleInput!) {
          tagRole(input: $i) {
            role {
              tags {
                key
                value
              }
            }
          }
        }
      `),
      {
        i: {
          roleName: name,
          tags: [
            { key: 'env', value: 'prod' },
            { key: 'owner', value: 'ops' },
          ],
        },
      },
      admin,
    );
    expect(dataOf(tagged).tagRole?.role.tags).toEqual([
      { key: 'Env', value: 'prod' },
      { key: 'owner', value: 'ops' },
    ]);
    const untagged = await s.gql(
      graphql(`
        mutation UntagRole($i: UntagRoleInput!) {
          untagRole(input: $i) {
            role {
              tags {
                key
              }
            }
          }
        }
      `),
      { i: { roleName: name, tagKeys: ['ENV'] } },
      admin,
    );
    expect(dataOf(untagged).untagRole?.role.tags).toEqual([{ key: 'owner' }]);
  });

  test('roles lists by name with pathPrefix and pages with cursors', async () => {
    const prefix = `/p${uniqueName('')}/`;
    const names = ['a', 'b', 'c'].map((x) => `${x}${uniqueName('r')}`);
    for (const n of names) await createRole({ roleName: n, path: prefix, assumeRolePolicyDocument: trustFor({ AWS: '000000000000' }) });
    const q = graphql(`
      query Roles($p: String, $a: String) {
        roles(pathPrefix: $p, first: 2, after: $a) {
          edges {
            node {
              roleName
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const page1 = await s.gql(q, { p: prefix }, admin);
    expect(dataOf(page1).roles?.edges.map((e) => e.node.roleName)).toEqual(names.slice(0, 2));
    expect(dataOf(page1).roles?.pageInfo.hasNextPage).toBe(true);
    const page2 = await s.gql(q, { p: prefix, a: dataOf(page1).roles?.pageInfo.endCursor }, admin);
    expect(dataOf(page2).roles?.edges.map((e) => e.node.roleName)).toEqual(names.slice(2));
    expect(dataOf(page2).roles?.pageInfo.hasNextPage).toBe(false);
  });

  test('deleteRole removes the role; deleting again is NO_SUCH_ENTITY', async () => {
    const name = uniqueName('del');
    await createRole({ roleName: name, assumeRolePolicyDocument: trustFor({ AWS: '000000000000' }) });
    const del = await s.gql(DELETE_ROLE, { n: name }, admin);
    expect(dataOf(del).deleteRole?.roleName).toBe(name);
    expect(codeOf(await s.gql(ROLE_ARN, { n: name }, admin))).toBe('NO_SUCH_ENTITY');
    expect(codeOf(await s.gql(DELETE_ROLE, { n: name }, admin))).toBe('NO_SUCH_ENTITY');
  });

  test('a user without permissions cannot create or read roles: ACCESS_DENIED in AWS words', async () => {
    const { token, userName } = await createUserWithLogin(s);
    const name = uniqueName('nope');
    const res = await createRole({ roleName: name, assumeRolePolicyDocument: trustFor({ AWS: '000000000000' }) }, token);
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(firstError(res).message).toContain(
      `User: arn:aws:iam::000000000000:user/${userName} is not authorized to perform: iam:CreateRole on resource: ` +
        `arn:aws:iam::000000000000:role/${name}`,
    );
    expect(
      codeOf(
        await s.gql(
          graphql(`
            query RolesInRolesCrud {
              roles {
                edges {
                  node {
                    roleName
                  }
                }
              }
            }
          `),
          {},
          token,
        ),
      ),
    ).toBe('ACCESS_DENIED');
  });
});
