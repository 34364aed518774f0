import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { allowDoc } from '../support/iam-fixtures';
import {
  ATTACH_ROLE_POLICY,
  ATTACH_USER_POLICY_BY_INPUT,
  CREATE_POLICY,
  CREATE_ROLE_NAME,
  DELETE_ROLE_POLICY,
  DELETE_USER_POLICY,
  DETACH_ROLE_POLICY,
  DETACH_USER_POLICY,
  PUT_ROLE_POLICY,
  PUT_USER_POLICY,
} from '../support/operations';
import { codeOf, dataOf, type Send, useTestServer } from '../support/server';

/**
 * Issue 9 item 11: iam:PermissionsBoundary in the request context of the policy operations on a
 * user or role (Attach/Detach/Put/Delete User|Role Policy), set to the target's current boundary,
 * as AWS does. AWS's documented delegation policy ("Permissions boundaries for IAM entities",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html, statement
 * CreateOrChangeOnlyWithBoundary) then works verbatim: the delegated administrator may change the
 * policies of an entity only while its boundary is the required one.
 */
const DOC = allowDoc;

describe('delegation with permissions boundaries (iam:PermissionsBoundary)', () => {
  const s = useTestServer();
  let admin: string;
  let boundaryArn: string;
  let otherBoundaryArn: string;
  let policyArn: string;
  let delegate: string;
  beforeAll(async () => {
    admin = await s.adminToken();
    const create = async (name: string, doc: string) =>
      dataOf(await q(CREATE_POLICY, { i: { policyName: name, policyDocument: doc } })).createPolicy?.policy.arn as string;
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
          Action: [
            'iam:AttachUserPolicy',
            'iam:CreateUser',
            'iam:DeleteUserPolicy',
            'iam:DetachUserPolicy',
            'iam:PutUserPermissionsBoundary',
            'iam:PutUserPolicy',
          ],
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
    const put = await q(PUT_USER_POLICY, {
      i: { userName: d.userName, policyName: 'delegation', policyDocument: JSON.stringify(delegation) },
    });
    expect(put.errors).toBeUndefined();
  });
  const q: Send = (document, variables, token = admin) => s.gql(document, variables, token);

  const U = {
    attach: ATTACH_USER_POLICY_BY_INPUT,
    detach: DETACH_USER_POLICY,
    put: PUT_USER_POLICY,
    del: DELETE_USER_POLICY,
  };
  const R = {
    attach: ATTACH_ROLE_POLICY,
    detach: DETACH_ROLE_POLICY,
    put: PUT_ROLE_POLICY,
    del: DELETE_ROLE_POLICY,
  };

  const user = async (boundary: string | null) =>
    (await createUser(s, uniqueName(), boundary ? { permissionsBoundary: boundary } : {})).userName;
  const role = async (boundary: string | null) => {
    const roleName = uniqueName('r');
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${s.config.accountId}:root` }, Action: 'sts:AssumeRole' }],
    });
    const res = await q(CREATE_ROLE_NAME, {
      i: { roleName, assumeRolePolicyDocument: trust, ...(boundary ? { permissionsBoundary: boundary } : {}) },
    });
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
      expect(codeOf(await q(U.attach, { i: { userName, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' } }, delegate))).toBe(
        'ACCESS_DENIED',
      );
      expect(codeOf(await q(U.detach, { i: { userName, policyArn } }, delegate))).toBe('ACCESS_DENIED');
      expect(codeOf(await q(U.put, { i: { userName, policyName: 'p2', policyDocument: DOC('*') } }, delegate))).toBe('ACCESS_DENIED');
      expect(codeOf(await q(U.del, { i: { userName, policyName: 'p1' } }, delegate))).toBe('ACCESS_DENIED');
    }
  });

  test('the same for roles: allowed with the required boundary, denied without it', async () => {
    const bounded = await role(boundaryArn);
    expect(codeOf(await q(R.attach, { i: { roleName: bounded, policyArn } }, delegate))).toBeUndefined();
    expect(codeOf(await q(R.detach, { i: { roleName: bounded, policyArn } }, delegate))).toBeUndefined();
    expect(
      codeOf(await q(R.put, { i: { roleName: bounded, policyName: 'p1', policyDocument: DOC('iam:GetUser') } }, delegate)),
    ).toBeUndefined();
    expect(codeOf(await q(R.del, { i: { roleName: bounded, policyName: 'p1' } }, delegate))).toBeUndefined();
    const free = await role(null);
    expect(codeOf(await q(R.attach, { i: { roleName: free, policyArn } }))).toBeUndefined();
    expect(codeOf(await q(R.put, { i: { roleName: free, policyName: 'p1', policyDocument: DOC('iam:GetUser') } }))).toBeUndefined();
    expect(codeOf(await q(R.attach, { i: { roleName: free, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' } }, delegate))).toBe(
      'ACCESS_DENIED',
    );
    expect(codeOf(await q(R.detach, { i: { roleName: free, policyArn } }, delegate))).toBe('ACCESS_DENIED');
    expect(codeOf(await q(R.put, { i: { roleName: free, policyName: 'p2', policyDocument: DOC('*') } }, delegate))).toBe('ACCESS_DENIED');
    expect(codeOf(await q(R.del, { i: { roleName: free, policyName: 'p1' } }, delegate))).toBe('ACCESS_DENIED');
  });
});
