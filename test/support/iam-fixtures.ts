import { uniqueName } from './factories';
import type { TestServer } from './server';

/** Small helpers for tests about roles, trust and STS: each builds its data through the API. */
export const ACCOUNT = '000000000000';

export const policyDoc = (statements: Array<Record<string, unknown>>) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
export const allowAll = (action: string | string[], extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Action: action, Resource: '*', ...extra });
export const trustStatement = (principal: unknown, extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra });

export const ASSUME_ROLE = `mutation($input: AssumeRoleInput!) {
  assumeRole(input: $input) { credentials { sessionToken expiration } assumedRoleUser { arn assumedRoleId } }
}`;

export function iamFixtures(s: TestServer, admin: () => string) {
  const ok = async (query: string, variables: Record<string, unknown> = {}, token = admin()) => {
    const res = await s.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  return {
    ok,
    async createRole(statements: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
      const roleName = uniqueName('role');
      const data = await ok('mutation($i: CreateRoleInput!) { createRole(input: $i) { role { roleName roleId arn } } }', {
        i: { roleName, assumeRolePolicyDocument: policyDoc(statements), maxSessionDuration: 7200, ...extra },
      });
      return data.createRole.role as { roleName: string; roleId: string; arn: string };
    },
    putRolePolicy: (roleName: string, statements: Array<Record<string, unknown>>) =>
      ok('mutation($i: PutRolePolicyInput!) { putRolePolicy(input: $i) { role { roleName } } }', { i: { roleName, policyName: 'inline', policyDocument: policyDoc(statements) } }),
    putUserPolicy: (userName: string, statements: Array<Record<string, unknown>>) =>
      ok('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyName: 'inline', policyDocument: policyDoc(statements) } }),
    async createPolicy(statements: Array<Record<string, unknown>>) {
      const data = await ok('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', { i: { policyName: uniqueName('p'), policyDocument: policyDoc(statements) } });
      return data.createPolicy.policy.arn as string;
    },
    putRoleBoundary: (roleName: string, permissionsBoundary: string) =>
      ok('mutation($i: PutRolePermissionsBoundaryInput!) { putRolePermissionsBoundary(input: $i) { role { roleName } } }', { i: { roleName, permissionsBoundary } }),
    putUserBoundary: (userName: string, permissionsBoundary: string) =>
      ok('mutation($i: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $i) { user { userName } } }', { i: { userName, permissionsBoundary } }),
    assume: (token: string, input: Record<string, unknown>) => s.gql(ASSUME_ROLE, { input: { roleSessionName: 'sess', ...input } }, token),
    async session(token: string, input: Record<string, unknown>) {
      const res = await s.gql(ASSUME_ROLE, { input: { roleSessionName: 'sess', ...input } }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.assumeRole.credentials.sessionToken as string;
    },
  };
}
