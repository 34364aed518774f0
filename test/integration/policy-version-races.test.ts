import { graphql } from '../generated';
import { createUserWithLogin, uniqueName } from '../support/factories';
import { allowDoc } from '../support/iam-fixtures';
import {
  ATTACH_USER_POLICY_BY_INPUT,
  CREATE_POLICY,
  CREATE_POLICY_VERSION,
  DELETE_POLICY_VERSION,
  FIRST_USER_NAME,
  PUT_USER_PERMISSIONS_BOUNDARY,
  SET_DEFAULT_POLICY_VERSION,
} from '../support/operations';
import { codeOf, dataOf, type Send, useTestServer } from '../support/server';

/**
 * Issue 9 item 1: concurrent changes to one managed policy's versions. Each mutation locks the
 * policy before it reads it, so they queue; the default version can never be deleted (a foreign
 * key says so), so a permissions boundary cannot vanish and let AdministratorAccess through.
 * Run on PGlite and, with TEST_DATABASE_URL, on PostgreSQL (where the requests really overlap).
 */
const DOC = allowDoc;
const M = {
  createPolicy: CREATE_POLICY,
  createVersion: CREATE_POLICY_VERSION,
  setDefault: SET_DEFAULT_POLICY_VERSION,
  deleteVersion: DELETE_POLICY_VERSION,
  attach: ATTACH_USER_POLICY_BY_INPUT,
  boundary: PUT_USER_PERMISSIONS_BOUNDARY,
};

describe('managed policy versions under concurrency', () => {
  const s = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });
  const q: Send = (document, variables) => s.gql(document, variables, admin);

  const createPolicy = async (doc: string) => {
    const res = await q(M.createPolicy, { i: { policyName: uniqueName('P'), policyDocument: doc } });
    expect(res.errors).toBeUndefined();
    return dataOf(res).createPolicy?.policy.arn as string;
  };

  test('setDefaultPolicyVersion and deletePolicyVersion in parallel never leave the default deleted, and the boundary holds', async () => {
    const u = await createUserWithLogin(s);
    expect(
      (await q(M.attach, { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' } })).errors,
    ).toBeUndefined();
    const listUsers = FIRST_USER_NAME;
    for (let trial = 0; trial < 20; trial++) {
      // A narrow boundary (only iam:GetUser) over AdministratorAccess.
      const p = await createPolicy(DOC('iam:GetUser'));
      expect((await q(M.createVersion, { i: { policyArn: p, policyDocument: DOC('iam:GetUser') } })).errors).toBeUndefined();
      expect((await q(M.boundary, { i: { userName: u.userName, permissionsBoundary: p } })).errors).toBeUndefined();
      const [set, del] = await Promise.all([
        q(M.setDefault, { i: { policyArn: p, versionId: 'v2' } }),
        q(M.deleteVersion, { i: { policyArn: p, versionId: 'v2' } }),
      ]);
      expect(codeOf(await s.gql(listUsers, {}, u.token))).toBe('ACCESS_DENIED');
      const got = await q(
        graphql(`
          query PolicyInPolicyVersionRaces($a: String!) {
            policy(arn: $a) {
              defaultVersionId
              defaultVersion {
                versionId
              }
            }
          }
        `),
        { a: p },
      );
      expect(got.errors).toBeUndefined();
      expect(dataOf(got).policy?.defaultVersion?.versionId).toBe(dataOf(got).policy?.defaultVersionId);
      // One of them wins; the other fails with its AWS error, never a server error.
      expect([set.errors === undefined, del.errors === undefined].filter(Boolean)).toHaveLength(1);
      expect(['NO_SUCH_ENTITY', 'DELETE_CONFLICT']).toContain(codeOf(set.errors ? set : del));
    }
  });

  test('8 parallel createPolicyVersion calls queue: 4 succeed (5 versions), the rest are LIMIT_EXCEEDED', async () => {
    const p = await createPolicy(DOC('iam:GetUser'));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => q(M.createVersion, { i: { policyArn: p, policyDocument: DOC(`iam:Get${i}`) } })),
    );
    expect(results.map(codeOf).filter((c) => c !== undefined && c !== 'LIMIT_EXCEEDED')).toEqual([]);
    const ok = results.filter((r) => r.errors === undefined).map((r) => dataOf(r).createPolicyVersion?.policyVersion.versionId);
    expect(ok.sort()).toEqual(['v2', 'v3', 'v4', 'v5']);
    expect(results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED')).toHaveLength(4);
  });
});
