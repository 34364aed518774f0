import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9 item 11: iam:PermissionsBoundary in the request context of the policy operations on a
 * user or role (Attach/Detach/Put/Delete User|Role Policy), set to the target's current boundary,
 * as AWS does. AWS's documented delegation policy ("Permissions boundaries for IAM entities",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html, statement
 * CreateOrChangeOnlyWithBoundary) then works verbatim: the delegated administrator may change the
 * policies of an entity only while its boundary is the required one.
 */
const DOC = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

describe('delegation with permissions boundaries (iam:PermissionsBoundary)', () => {
  let s: TestServer;
  let admin: string;
  let boundaryArn: string;
  let otherBoundaryArn: string;
  let policyArn: string;
  let delegate: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
    const create = async (name: string, doc: string) =>
      (await q('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', { i: { policyName: name, policyDocument: doc } })).data.createPolicy.policy.arn as string;
    boundaryArn = await create(uniqueName('XCompanyBoundaries'), DOC('iam:GetUser'));
    otherBoundaryArn = await create(uniqueName('Other'), DOC('iam:GetUser'));
    policyArn = await create(uniqueName('Attachable'), DOC('iam:GetUser'));
    const d = await createUserWithLogin(s);
    delegate = d.token;
    // AWS's statement, verbatim but for the account and the boundary's name; and the same for roles.
    const delegation = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'CreateOrChangeOnlyWithBoundary',
          Effect: 'Allow',
          Action: ['iam:AttachUserPolicy', 'iam:CreateUser', 'iam:DeleteUserPolicy', 'iam:DetachUserPolicy', 'iam:PutUserPermissionsBoundary', 'iam:PutUserPolicy'],
          Resource: '*',
          Condition: { StringEquals: { 'iam:PermissionsBoundary': boundaryArn } },
        },
        {
          Sid: 'RolesOnlyWithBoundary',
          Effect: 'Allow',
          Action: ['iam:AttachRolePolicy', 'iam:DeleteRolePolicy', 'iam:DetachRolePolicy', 'iam:PutRolePolicy'],
          Resource: '*',
          Condition: { StringEquals: { 'iam:PermissionsBoundary': boundaryArn } },
        },
      ],
    };
    const put = await q('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName: d.userName, policyName: 'delegation', policyDocument: JSON.stringify(delegation) } });
    expect(put.errors).toBeUndefined();
  });
  afterAll(async () => s.close());
  const q = (query: string, variables?: Record<string, unknown>, token = admin) => s.gql(query, variables, token);

  const U = {
    attach: 'mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }',
    detach: 'mutation($i: DetachUserPolicyInput!) { detachUserPolicy(input: $i) { user { userName } } }',
    put: 'mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }',
    del: 'mutation($i: DeleteUserPolicyInput!) { deleteUserPolicy(input: $i) { user { userName } } }',
  };
  const R = {
    attach: 'mutation($i: AttachRolePolicyInput!) { attachRolePolicy(input: $i) { role { roleName } } }',
    detach: 'mutation($i: DetachRolePolicyInput!) { detachRolePolicy(input: $i) { role { roleName } } }',
    put: 'mutation($i: PutRolePolicyInput!) { putRolePolicy(input: $i) { role { roleName } } }',
    del: 'mutation($i: DeleteRolePolicyInput!) { deleteRolePolicy(input: $i) { role { roleName } } }',
  };

  const user = async (boundary: string | null) => (await createUser(s, uniqueName(), boundary ? { permissionsBoundary: boundary } : {})).userName;
  const role = async (boundary: string | null) => {
    const roleName = uniqueName('r');
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${s.config.accountId}:root` }, Action: 'sts:AssumeRole' }] });
    const res = await q('mutation($i: CreateRoleInput!) { createRole(input: $i) { role { roleName } } }', { i: { roleName, assumeRolePolicyDocument: trust, ...(boundary ? { permissionsBoundary: boundary } : {}) } });
    expect(res.errors).toBeUndefined();
    return roleName;
  };

  test('a delegated administrator may change the policies of a user whose boundary is the required one', async () => {
    const userName = await user(boundaryArn);
    expect(codeOf(await q(U.attach, { i: { userName, policyArn } }, delegate))).toBeUndefined();
    expect(codeOf(await q(U.detach, { i: { userName, policyArn } }, delegate))).toBeUndefined();
    expect(codeOf(await q(U.put, { i: { userName, policyName: 'p1', policyDocument: DOC('iam:GetUser') } }, delegate))).toBeUndefined();
    expect(codeOf(await q(U.del, { i: { userName, policyName: 'p1' } }, delegate))).toBeUndefined();
  });

  test('and is denied for a user without a boundary or with another one', async () => {
    for (const boundary of [null, otherBoundaryArn]) {
      const userName = await user(boundary);
      // Something to detach and delete, put there by the real administrator.
      expect(codeOf(await q(U.attach, { i: { userName, policyArn } }))).toBeUndefined();
      expect(codeOf(await q(U.put, { i: { userName, policyName: 'p1', policyDocument: DOC('iam:GetUser') } }))).toBeUndefined();
      expect(codeOf(await q(U.attach, { i: { userName, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' } }, delegate))).toBe('ACCESS_DENIED');
      expect(codeOf(await q(U.detach, { i: { userName, policyArn } }, delegate))).toBe('ACCESS_DENIED');
      expect(codeOf(await q(U.put, { i: { userName, policyName: 'p2', policyDocument: DOC('*') } }, delegate))).toBe('ACCESS_DENIED');
      expect(codeOf(await q(U.del, { i: { userName, policyName: 'p1' } }, delegate))).toBe('ACCESS_DENIED');
    }
  });

  test('the same for roles: allowed with the required boundary, denied without it', async () => {
    const bounded = await role(boundaryArn);
    expect(codeOf(await q(R.attach, { i: { roleName: bounded, policyArn } }, delegate))).toBeUndefined();
    expect(codeOf(await q(R.detach, { i: { roleName: bounded, policyArn } }, delegate))).toBeUndefined();
    expect(codeOf(await q(R.put, { i: { roleName: bounded, policyName: 'p1', policyDocument: DOC('iam:GetUser') } }, delegate))).toBeUndefined();
    expect(codeOf(await q(R.del, { i: { roleName: bounded, policyName: 'p1' } }, delegate))).toBeUndefined();
    const free = await role(null);
    expect(codeOf(await q(R.attach, { i: { roleName: free, policyArn } }))).toBeUndefined();
    expect(codeOf(await q(R.put, { i: { roleName: free, policyName: 'p1', policyDocument: DOC('iam:GetUser') } }))).toBeUndefined();
    expect(codeOf(await q(R.attach, { i: { roleName: free, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' } }, delegate))).toBe('ACCESS_DENIED');
    expect(codeOf(await q(R.detach, { i: { roleName: free, policyArn } }, delegate))).toBe('ACCESS_DENIED');
    expect(codeOf(await q(R.put, { i: { roleName: free, policyName: 'p2', policyDocument: DOC('*') } }, delegate))).toBe('ACCESS_DENIED');
    expect(codeOf(await q(R.del, { i: { roleName: free, policyName: 'p1' } }, delegate))).toBe('ACCESS_DENIED');
  });
});
