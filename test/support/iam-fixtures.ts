import { graphql } from '../generated';
import type { AssumeRoleInput } from '../generated/graphql';
import { uniqueName } from './factories';
import {
  CREATE_POLICY,
  PUT_ROLE_PERMISSIONS_BOUNDARY,
  PUT_ROLE_POLICY,
  PUT_USER_PERMISSIONS_BOUNDARY,
  PUT_USER_POLICY,
} from './operations';
import { present, type SendOk, type TestServer } from './server';

/** Small helpers for tests about roles, trust and STS: each builds its data through the API. */
export const ACCOUNT = '000000000000';

/** An identity or trust policy document (Version 2012-10-17) with these statements, as the API takes it: a JSON string. */
export const policyDoc = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
/** A document that allows these actions on every resource. */
export const allowDoc = (action: string | string[]) => policyDoc([allowAll(action)]);
export const allowAll = (action: string | string[], extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Action: action,
  Resource: '*',
  ...extra,
});
export const trustStatement = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 'sts:AssumeRole',
  ...extra,
});

export const ASSUME_ROLE = graphql(`
  mutation AssumeRoleForSession($input: AssumeRoleInput!) {
    assumeRole(input: $input) {
      credentials {
        sessionToken
        expiration
      }
      assumedRoleUser {
        arn
        assumedRoleId
      }
    }
  }
`);

/** assumeRole's input; the session name defaults to `sess`. */
export type AssumeRoleOptions = Omit<AssumeRoleInput, 'roleSessionName'> & { roleSessionName?: string };

/**
 * Role, policy and STS steps that must succeed, sent as the administrator unless a token is given.
 * Safe to build at describe time: it reaches the server (and the admin token) only when called.
 */
export function iamFixtures(s: TestServer, admin?: () => string) {
  const ok: SendOk = async (document, variables, token) =>
    s.ok(document, variables, token !== undefined ? token : admin ? admin() : await s.adminToken());
  return {
    ok,
    async createRole(statements: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
      const roleName = uniqueName('role');
      const data = await ok(
        graphql(`
          mutation CreateRoleInIamFixtures($i: CreateRoleInput!) {
            createRole(input: $i) {
              role {
                roleName
                roleId
                arn
              }
            }
          }
        `),
        {
          i: { roleName, assumeRolePolicyDocument: policyDoc(statements), maxSessionDuration: 7200, ...extra },
        },
      );
      return present(data.createRole).role as { roleName: string; roleId: string; arn: string };
    },
    putRolePolicy: (roleName: string, statements: Array<Record<string, unknown>>) =>
      ok(PUT_ROLE_POLICY, { i: { roleName, policyName: 'inline', policyDocument: policyDoc(statements) } }),
    putUserPolicy: (userName: string, statements: Array<Record<string, unknown>>) =>
      ok(PUT_USER_POLICY, { i: { userName, policyName: 'inline', policyDocument: policyDoc(statements) } }),
    async createPolicy(statements: Array<Record<string, unknown>>) {
      const data = await ok(CREATE_POLICY, { i: { policyName: uniqueName('p'), policyDocument: policyDoc(statements) } });
      return present(data.createPolicy).policy.arn as string;
    },
    putRoleBoundary: (roleName: string, permissionsBoundary: string) =>
      ok(PUT_ROLE_PERMISSIONS_BOUNDARY, { i: { roleName, permissionsBoundary } }),
    putUserBoundary: (userName: string, permissionsBoundary: string) =>
      ok(PUT_USER_PERMISSIONS_BOUNDARY, { i: { userName, permissionsBoundary } }),
    assume: (token: string, input: AssumeRoleOptions) => s.gql(ASSUME_ROLE, { input: { roleSessionName: 'sess', ...input } }, token),
    async session(token: string, input: AssumeRoleOptions) {
      const data = await s.ok(ASSUME_ROLE, { input: { roleSessionName: 'sess', ...input } }, token);
      return present(data.assumeRole).credentials.sessionToken;
    },
  };
}
