import { graphql } from '../generated';
import { createUser, uniqueName } from '../support/factories';
import { allowDoc } from '../support/iam-fixtures';
import {
  ATTACH_USER_POLICY_BY_INPUT,
  CREATE_POLICY,
  DELETE_POLICY,
  DELETE_POLICY_VERSION,
  DELETE_USER_POLICY,
  DETACH_USER_POLICY,
  EFFECTIVE_PERMISSIONS_PRINCIPAL,
  SET_DEFAULT_POLICY_VERSION_ARN,
  USER_NAME,
} from '../support/operations';
import { codeOf, dataOf, firstError,present, type Send, useTestServer } from '../support/server';

/**
 * Issue 9, "every input bounded": names, policy ARNs, version ids, inline policy names, tag keys,
 * principal ARNs, audit filters and cursors are checked against AWS's limits before any lookup,
 * and an oversized one is BAD_USER_INPUT naming the field (no lookup with it, no NO_SUCH_ENTITY).
 */
const DOC = allowDoc('iam:GetUser');

describe('inputs of users, groups, roles, policies and the audit log are bounded', () => {
  const s = useTestServer();
  let admin: string;
  let userName: string;
  let policyArn: string;
  beforeAll(async () => {
    admin = await s.adminToken();
    userName = (await createUser(s, uniqueName(), { tags: [{ key: 'team', value: 'blue' }] })).userName;
    const p = await q(CREATE_POLICY, { i: { policyName: uniqueName('P'), policyDocument: DOC } });
    policyArn = present(dataOf(p).createPolicy?.policy.arn);
  });
  const q: Send = (document, variables) => s.gql(document, variables, admin);
  const badInput = (res: Awaited<ReturnType<typeof q>>, field: string) => {
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(firstError(res).extensions?.field).toBe(field);
  };
  const long = (n: number) => 'a'.repeat(n);

  test('untagUser: at most 50 keys, each 1 to 128 tag characters (AWS UntagUser TagKeys)', async () => {
    const untag = graphql(`
      mutation UntagUser($n: String!, $k: [String!]!) {
        untagUser(input: { userName: $n, tagKeys: $k }) {
          user {
            tags {
              key
            }
          }
        }
      }
    `);
    badInput(await q(untag, { n: userName, k: [long(129)] }), 'tagKeys');
    badInput(await q(untag, { n: userName, k: [''] }), 'tagKeys');
    badInput(await q(untag, { n: userName, k: ['bad!key'] }), 'tagKeys');
    badInput(await q(untag, { n: userName, k: Array.from({ length: 51 }, (_, i) => `k${i}`) }), 'tagKeys');
    const fine = await q(untag, { n: userName, k: [long(128)] });
    expect(dataOf(fine).untagUser?.user.tags).toEqual([{ key: 'team' }]);
  });

  test('user, group and role names: AWS character set and length before any lookup', async () => {
    badInput(await q(USER_NAME, { n: long(129) }), 'userName');
    badInput(
      await q(
        graphql(`
          query GroupInStoreInputBounds($n: String!) {
            group(groupName: $n) {
              groupName
            }
          }
        `),
        { n: long(129) },
      ),
      'groupName',
    );
    badInput(
      await q(
        graphql(`
          query RoleInStoreInputBounds($n: String!) {
            role(roleName: $n) {
              roleName
            }
          }
        `),
        { n: long(65) },
      ),
      'roleName',
    );
    badInput(
      await q(
        graphql(`
          mutation DeleteUserInStoreInputBounds($n: String!) {
            deleteUser(input: { userName: $n }) {
              userName
            }
          }
        `),
        { n: 'no/slash' },
      ),
      'userName',
    );
    badInput(
      await q(
        graphql(`
          mutation TagUserInStoreInputBounds($n: String!) {
            tagUser(input: { userName: $n, tags: [{ key: "k", value: "v" }] }) {
              user {
                userName
              }
            }
          }
        `),
        { n: long(100_000) },
      ),
      'userName',
    );
  });

  test('policy ARNs (20 to 2,048 characters), version ids (v1, v2, …) and inline policy names (1 to 128)', async () => {
    badInput(await q(SET_DEFAULT_POLICY_VERSION_ARN, { i: { policyArn, versionId: long(10_000) } }), 'versionId');
    badInput(await q(DELETE_POLICY_VERSION, { i: { policyArn, versionId: 'v0' } }), 'versionId');
    badInput(
      await q(
        graphql(`
          query PolicyVersion($a: String!) {
            policyVersion(arn: $a, versionId: "1") {
              versionId
            }
          }
        `),
        { a: policyArn },
      ),
      'versionId',
    );
    const hugeArn = `arn:aws:iam::${s.config.accountId}:policy/${long(3000)}`;
    badInput(await q(DETACH_USER_POLICY, { i: { userName, policyArn: hugeArn } }), 'policyArn');
    badInput(await q(ATTACH_USER_POLICY_BY_INPUT, { i: { userName, policyArn: hugeArn } }), 'policyArn');
    badInput(await q(DELETE_POLICY, { i: { policyArn: hugeArn } }), 'policyArn');
    badInput(await q(DELETE_USER_POLICY, { i: { userName, policyName: long(129) } }), 'policyName');
  });

  test('principal ARNs, audit filters and cursors', async () => {
    const hugeArn = `arn:aws:iam::${s.config.accountId}:user/${long(3000)}`;
    badInput(await q(EFFECTIVE_PERMISSIONS_PRINCIPAL, { a: hugeArn }), 'principalArn');
    badInput(
      await q(
        graphql(`
          query AuditEventsInStoreInputBounds($a: String!) {
            auditEvents(principalArn: $a) {
              edges {
                cursor
              }
            }
          }
        `),
        { a: hugeArn },
      ),
      'principalArn',
    );
    badInput(
      await q(
        graphql(`
          query AuditEventsInStoreInputBounds2($a: String!) {
            auditEvents(action: $a) {
              edges {
                cursor
              }
            }
          }
        `),
        { a: `iam:${long(300)}` },
      ),
      'action',
    );
    const cursor = Buffer.from(long(5000), 'utf8').toString('base64url');
    badInput(
      await q(
        graphql(`
          query UsersInStoreInputBounds($c: String!) {
            users(first: 1, after: $c) {
              edges {
                cursor
              }
            }
          }
        `),
        { c: cursor },
      ),
      'after',
    );
  });
});
