import { randomUUID } from 'node:crypto';
import { graphql } from '../generated';
import { createUserWithLogin, uniqueName } from '../support/factories';
import { allowDoc } from '../support/iam-fixtures';
import {
  ATTACH_USER_POLICY_BY_INPUT,
  CREATE_POLICY,
  DELETE_POLICY,
  DETACH_USER_POLICY,
  FIRST_USER_NAME,
  PUT_USER_POLICY,
  USER_NAME,
} from '../support/operations';
import { codeOf, dataOf, type Send, useTestServer } from '../support/server';

/**
 * Issue 9 item 1, fail closed: when a policy a principal should have (an attachment, an inline
 * policy, its permissions boundary) cannot be loaded whole, every decision for that principal is a
 * deny with a logged error, never a smaller policy set. The API cannot produce such a state any
 * more, so these tests damage the database directly, as a bad restore or a manual edit would.
 */
const DOC = allowDoc;
const ADMIN_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';

describe('a policy that cannot be loaded fails closed', () => {
  const s = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });
  afterEach(() => jest.restoreAllMocks());
  const q: Send = (document, variables) => s.gql(document, variables, admin);
  const sql = (text: string, params: unknown[]) => s.app.dataSource.query(text, params);
  const listUsers = FIRST_USER_NAME;

  /** A signed-in user holding AdministratorAccess and, attached too, a policy of its own. */
  const administrator = async () => {
    const u = await createUserWithLogin(s);
    const p = await q(CREATE_POLICY, { i: { policyName: uniqueName('P'), policyDocument: DOC('iam:GetUser') } });
    const policyArn = dataOf(p).createPolicy?.policy.arn as string;
    for (const arn of [ADMIN_ACCESS, policyArn]) {
      expect((await q(ATTACH_USER_POLICY_BY_INPUT, { i: { userName: u.userName, policyArn: arn } })).errors).toBeUndefined();
    }
    expect(codeOf(await s.gql(listUsers, {}, u.token))).toBeUndefined();
    return { ...u, policyArn };
  };
  /**
   * What an out-of-band change needs: the process-wide caches forget what they hold (the user's
   * row reaches the session and user caches by NOTIFY, which a request sent at once may overtake).
   */
  const forget = () => {
    s.app.services.policyStore.cache.clear();
    s.app.services.sessions.cache.clear();
    s.app.services.users.cache.clear();
  };
  const simulate = (userArn: string) =>
    q(
      graphql(`
        query SimulatePrincipalPolicyInPolicyFailClosed($i: SimulatePrincipalPolicyInput!) {
          simulatePrincipalPolicy(input: $i) {
            evaluationResults {
              evalDecision
            }
          }
        }
      `),
      {
        i: { policySourceArn: userArn, actionNames: ['iam:ListUsers', 'iam:GetUser'] },
      },
    );

  test('a boundary that names a policy no longer there denies everything, with a logged error', async () => {
    const u = await administrator();
    const errors = jest.spyOn(s.app.log, 'error');
    await sql('UPDATE "users" SET permissions_boundary_arn = $1 WHERE user_name = $2', [
      `arn:aws:iam::${s.config.accountId}:policy/${uniqueName('Gone')}`,
      u.userName,
    ]);
    forget();
    expect(codeOf(await s.gql(listUsers, {}, u.token))).toBe('ACCESS_DENIED');
    expect(codeOf(await s.gql(USER_NAME, { n: u.userName }, u.token))).toBe('ACCESS_DENIED');
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ unavailable: [expect.objectContaining({ policyType: 'PERMISSIONS_BOUNDARY' })] }),
      expect.any(String),
    );
    const arn = `arn:aws:iam::${s.config.accountId}:user/${u.userName}`;
    const sim = await simulate(arn);
    expect(dataOf(sim).simulatePrincipalPolicy?.evaluationResults.map((r) => r.evalDecision)).toEqual(['EXPLICIT_DENY', 'EXPLICIT_DENY']);
  });

  test('an attached policy whose default document does not compile denies everything, even what AdministratorAccess allows', async () => {
    const u = await administrator();
    const errors = jest.spyOn(s.app.log, 'error');
    // A new default version with a statement the compiler must leave out (no Action).
    const [{ id }] = await sql('SELECT id FROM "managed_policies" WHERE arn = $1', [u.policyArn]);
    await sql(
      'INSERT INTO "managed_policy_versions" (id, policy_row_id, version_id, document, create_date) VALUES ($1, $2, $3, $4, now())',
      [randomUUID(), id, 'v9', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Resource: '*' }] })],
    );
    await sql('UPDATE "managed_policies" SET default_version_id = $1 WHERE id = $2', ['v9', id]);
    forget();
    expect(codeOf(await s.gql(listUsers, {}, u.token))).toBe('ACCESS_DENIED');
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ unavailable: [expect.objectContaining({ policyType: 'MANAGED', policy: u.policyArn })] }),
      expect.any(String),
    );
    // effectivePermissions shows why: a deny of everything in the policy's place.
    const eff = await q(
      graphql(`
        query EffectivePermissionsInPolicyFailClosed($a: String!) {
          effectivePermissions(principalArn: $a) {
            statements {
              sid
              effect
              source {
                policyArn
              }
            }
          }
        }
      `),
      {
        a: `arn:aws:iam::${s.config.accountId}:user/${u.userName}`,
      },
    );
    expect(dataOf(eff).effectivePermissions?.statements).toContainEqual({
      sid: 'PolicyUnavailable',
      effect: 'Deny',
      source: { policyArn: u.policyArn },
    });
  });

  test('an inline policy whose document does not compile whole denies everything', async () => {
    const u = await administrator();
    await q(PUT_USER_POLICY, { i: { userName: u.userName, policyName: 'inline1', policyDocument: DOC('iam:GetUser') } });
    expect(codeOf(await s.gql(listUsers, {}, u.token))).toBeUndefined();
    await sql(
      'UPDATE "inline_policies" SET document = $1, update_date = now() WHERE policy_name = $2 AND principal_id = (SELECT id FROM ' +
        '"users" WHERE user_name = $3)',
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:*' }] }), 'inline1', u.userName],
    );
    forget();
    expect(codeOf(await s.gql(listUsers, {}, u.token))).toBe('ACCESS_DENIED');
  });

  test('the schema itself refuses to delete a default version or to point the default at a missing one', async () => {
    const u = await administrator();
    const [{ id }] = await sql('SELECT id FROM "managed_policies" WHERE arn = $1', [u.policyArn]);
    await expect(
      sql('DELETE FROM "managed_policy_versions" WHERE policy_row_id = $1 AND version_id = $2', [id, 'v1']),
    ).rejects.toMatchObject({ code: '23503' });
    await expect(sql('UPDATE "managed_policies" SET default_version_id = $1 WHERE id = $2', ['v7', id])).rejects.toMatchObject({
      code: '23503',
    });
    // Deleting the policy itself still takes its versions with it.
    expect((await q(DETACH_USER_POLICY, { i: { userName: u.userName, policyArn: u.policyArn } })).errors).toBeUndefined();
    expect((await q(DELETE_POLICY, { i: { policyArn: u.policyArn } })).errors).toBeUndefined();
    expect(await sql('SELECT 1 FROM "managed_policy_versions" WHERE policy_row_id = $1', [id])).toEqual([]);
  });
});
