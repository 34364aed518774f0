import { graphql } from '../generated';
import { createUser, uniqueName } from '../support/factories';
import { allowDoc } from '../support/iam-fixtures';
import {
  ATTACH_USER_POLICY_BY_INPUT,
  CREATE_POLICY,
  CREATE_POLICY_VERSION,
  DELETE_POLICY,
  DELETE_POLICY_VERSION,
  DELETE_USER_BY_INPUT,
  DELETE_USER_POLICY,
  DETACH_USER_POLICY,
  POLICY,
  PUT_USER_POLICY,
  SET_DEFAULT_POLICY_VERSION,
} from '../support/operations';
import { codeOf, dataOf, findingsOf, firstError,present, type Send, useTestServer } from '../support/server';

/** Managed policies as data: system policies, versions, attachments, inline policies, quotas. */
const DOC = allowDoc;

describe('policies: managed, versions, attachments, inline', () => {
  const s = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });
  const q: Send = (document, variables) => s.gql(document, variables, admin);
  const createPolicy = async (doc = DOC('iam:GetUser')) => {
    const res = await q(
      graphql(`
        mutation CreatePolicyInPoliciesManaged($i: CreatePolicyInput!) {
          createPolicy(input: $i) {
            policy {
              arn
              policyName
              defaultVersionId
            }
          }
        }
      `),
      { i: { policyName: uniqueName('P'), policyDocument: doc } },
    );
    expect(res.errors).toBeUndefined();
    return dataOf(res).createPolicy?.policy as { arn: string; policyName: string; defaultVersionId: string };
  };

  test('system policies carry AWS ARNs and documents and are read-only; the bootstrap admin holds AdministratorAccess', async () => {
    const res = await q(
      graphql(`
        query PoliciesInPoliciesManaged {
          policies(scope: AWS) {
            edges {
              node {
                arn
                defaultVersionId
                attachmentCount
                defaultVersion {
                  document
                }
              }
            }
          }
        }
      `),
    );
    const byArn = new Map(dataOf(res).policies?.edges.map((e) => [e.node.arn, e.node]));
    for (const n of ['AdministratorAccess', 'IAMFullAccess', 'IAMReadOnlyAccess', 'IAMUserChangePassword'])
      expect(byArn.has(`arn:aws:iam::aws:policy/${n}`)).toBe(true);
    const admin = present(byArn.get('arn:aws:iam::aws:policy/AdministratorAccess'));
    expect(JSON.parse(present(admin.defaultVersion).document)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    expect(admin.attachmentCount).toBeGreaterThanOrEqual(1);
    const cpw = present(byArn.get('arn:aws:iam::aws:policy/IAMUserChangePassword'));
    expect(JSON.parse(present(cpw.defaultVersion).document).Statement[0].Resource).toEqual([
      'arn:aws:iam::*:user/${aws:username}',
      'arn:aws:iam::*:user/*/${aws:username}',
    ]);
    const edit = await q(CREATE_POLICY_VERSION, {
      i: { policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess', policyDocument: DOC('*') },
    });
    expect(codeOf(edit)).toBe('ACCESS_DENIED');
    const del = await q(DELETE_POLICY, { i: { policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } });
    expect(codeOf(del)).toBe('ACCESS_DENIED');
    const me = await q(
      graphql(`
        query UserInPoliciesManaged {
          user(userName: "admin") {
            attachedManagedPolicies {
              policyArn
            }
          }
        }
      `),
    );
    expect(dataOf(me).user?.attachedManagedPolicies).toEqual([{ policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }]);
  });

  test('a malformed document is MALFORMED_POLICY_DOCUMENT with findings; Version 2008-10-17 is refused for storage', async () => {
    const bad = await q(CREATE_POLICY, {
      i: {
        policyName: uniqueName('Bad'),
        policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'denY', Action: 'iam:GetUser', Resource: '*' }] }),
      },
    });
    expect(codeOf(bad)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(findingsOf(bad)[0]?.path).toBe('$.Statement[0].Effect');
    const old = await q(CREATE_POLICY, {
      i: {
        policyName: uniqueName('Old'),
        policyDocument: JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
      },
    });
    expect(codeOf(old)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(firstError(old).message).toBe('Policy document must be version 2012-10-17 or greater.');
  });

  test('versions: at most 5, setAsDefault, rollback with setDefaultPolicyVersion, the default cannot be deleted', async () => {
    const p = await createPolicy();
    expect(p.defaultVersionId).toBe('v1');
    const cv = graphql(`
      mutation CreatePolicyVersionInPoliciesManaged($i: CreatePolicyVersionInput!) {
        createPolicyVersion(input: $i) {
          policyVersion {
            versionId
            isDefaultVersion
          }
        }
      }
    `);
    for (let i = 2; i <= 5; i++) {
      const r = await q(cv, { i: { policyArn: p.arn, policyDocument: DOC(`iam:Get${i}`), setAsDefault: i === 5 } });
      expect(dataOf(r).createPolicyVersion?.policyVersion).toEqual({ versionId: `v${i}`, isDefaultVersion: i === 5 });
    }
    expect(codeOf(await q(cv, { i: { policyArn: p.arn, policyDocument: DOC('iam:Get6') } }))).toBe('LIMIT_EXCEEDED');
    const delDefault = await q(DELETE_POLICY_VERSION, { i: { policyArn: p.arn, versionId: 'v5' } });
    expect(codeOf(delDefault)).toBe('DELETE_CONFLICT');
    const back = await q(SET_DEFAULT_POLICY_VERSION, { i: { policyArn: p.arn, versionId: 'v1' } });
    expect(dataOf(back).setDefaultPolicyVersion?.policy.defaultVersionId).toBe('v1');
    await q(DELETE_POLICY_VERSION, { i: { policyArn: p.arn, versionId: 'v3' } });
    const v6 = await q(cv, { i: { policyArn: p.arn, policyDocument: DOC('iam:Get6') } });
    expect(dataOf(v6).createPolicyVersion?.policyVersion.versionId).toBe('v6');
    const got = await q(
      graphql(`
        query PolicyInPoliciesManaged($a: String!) {
          policy(arn: $a) {
            versions {
              versionId
              isDefaultVersion
            }
          }
        }
      `),
      { a: p.arn },
    );
    expect(dataOf(got).policy?.versions?.map((v) => v.versionId)).toEqual(['v6', 'v5', 'v4', 'v2', 'v1']);
  });

  test('deletePolicy is DELETE_CONFLICT while attached; a user with policies cannot be deleted until they are removed', async () => {
    const p = await createPolicy();
    const u = await createUser(s);
    await q(ATTACH_USER_POLICY_BY_INPUT, { i: { userName: u.userName, policyArn: p.arn } });
    await q(PUT_USER_POLICY, { i: { userName: u.userName, policyName: 'inline1', policyDocument: DOC('iam:ListUsers') } });
    const pol = await q(
      graphql(`
        query PolicyInPoliciesManaged2($a: String!) {
          policy(arn: $a) {
            attachmentCount
          }
        }
      `),
      { a: p.arn },
    );
    expect(dataOf(pol).policy?.attachmentCount).toBe(1);
    expect(codeOf(await q(DELETE_POLICY, { i: { policyArn: p.arn } }))).toBe('DELETE_CONFLICT');
    expect(codeOf(await q(DELETE_USER_BY_INPUT, { i: { userName: u.userName } }))).toBe('DELETE_CONFLICT');
    await q(DETACH_USER_POLICY, { i: { userName: u.userName, policyArn: p.arn } });
    await q(DELETE_USER_POLICY, { i: { userName: u.userName, policyName: 'inline1' } });
    expect((await q(DELETE_USER_BY_INPUT, { i: { userName: u.userName } })).errors).toBeUndefined();
    expect((await q(DELETE_POLICY, { i: { policyArn: p.arn } })).errors).toBeUndefined();
    expect(codeOf(await q(POLICY, { a: p.arn }))).toBe('NO_SUCH_ENTITY');
  });

  test('quotas: 10 managed policies per user; 2,048 characters of inline policy per user', async () => {
    const u = await createUser(s);
    const attach = graphql(`
      mutation AttachUserPolicyInPoliciesManaged($i: AttachUserPolicyInput!) {
        attachUserPolicy(input: $i) {
          user {
            attachedManagedPolicies {
              policyArn
            }
          }
        }
      }
    `);
    for (let i = 0; i < 10; i++) {
      const p = await createPolicy();
      expect((await q(attach, { i: { userName: u.userName, policyArn: p.arn } })).errors).toBeUndefined();
    }
    const eleventh = await createPolicy();
    expect(codeOf(await q(attach, { i: { userName: u.userName, policyArn: eleventh.arn } }))).toBe('LIMIT_EXCEEDED');
    const unknown = await q(attach, { i: { userName: u.userName, policyArn: 'arn:aws:iam::000000000000:policy/nope' } });
    expect(codeOf(unknown)).toBe('NO_SUCH_ENTITY');
    const big = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: Array.from({ length: 70 }, (_, i) => `iam:GetSomething${i}`), Resource: '*' }],
    });
    const put = graphql(`
      mutation PutUserPolicyInPoliciesManaged($i: PutUserPolicyInput!) {
        putUserPolicy(input: $i) {
          user {
            inlinePolicies {
              policyName
            }
          }
        }
      }
    `);
    expect((await q(put, { i: { userName: u.userName, policyName: 'a', policyDocument: big } })).errors).toBeUndefined();
    expect(codeOf(await q(put, { i: { userName: u.userName, policyName: 'b', policyDocument: big } }))).toBe('LIMIT_EXCEEDED');
    // Replacing the same policy does not count it twice.
    expect((await q(put, { i: { userName: u.userName, policyName: 'a', policyDocument: big } })).errors).toBeUndefined();
  });

  test('policies(scope: LOCAL, onlyAttached) and pathPrefix filter as AWS does, with cursors', async () => {
    const path = `/${uniqueName('team')}/`;
    const created: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await q(CREATE_POLICY, { i: { policyName: uniqueName('L'), path, policyDocument: DOC('iam:GetUser') } });
      created.push(present(dataOf(r).createPolicy?.policy.arn));
    }
    const page1 = await q(
      graphql(`
        query PoliciesInPoliciesManaged2($p: String!) {
          policies(scope: LOCAL, pathPrefix: $p, first: 2) {
            edges {
              node {
                arn
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      { p: path },
    );
    expect(dataOf(page1).policies?.edges).toHaveLength(2);
    expect(dataOf(page1).policies?.pageInfo.hasNextPage).toBe(true);
    const page2 = await q(
      graphql(`
        query PoliciesInPoliciesManaged3($p: String!, $a: String) {
          policies(scope: LOCAL, pathPrefix: $p, first: 2, after: $a) {
            edges {
              node {
                arn
              }
            }
          }
        }
      `),
      { p: path, a: dataOf(page1).policies?.pageInfo.endCursor },
    );
    expect([...present(dataOf(page1).policies).edges, ...present(dataOf(page2).policies).edges].map((e) => e.node.arn).sort()).toEqual(
      [...created].sort(),
    );
    const attached = await q(
      graphql(`
        query PoliciesInPoliciesManaged4($p: String!) {
          policies(scope: LOCAL, pathPrefix: $p, onlyAttached: true) {
            edges {
              node {
                arn
              }
            }
          }
        }
      `),
      { p: path },
    );
    expect(dataOf(attached).policies?.edges).toEqual([]);
  });
});
