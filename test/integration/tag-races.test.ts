import { createUser, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9 item 5: tag changes are atomic. Parallel tagUser/untagUser (tagRole/untagRole) of
 * different keys on one entity all take effect: none writes back a tag list it read before
 * another change committed (an administrator's revoked ABAC tag must stay revoked).
 * Run on PGlite and, with TEST_DATABASE_URL, on PostgreSQL (where the requests really overlap).
 */
describe('tags under concurrency', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());
  const q = (query: string, variables?: Record<string, unknown>) => s.gql(query, variables, admin);

  const kinds = {
    user: {
      create: async (tags: Array<{ key: string; value: string }>) => (await createUser(s, uniqueName(), { tags })).userName,
      tag: 'mutation($n: String!, $t: [TagInput!]!) { tagUser(input: { userName: $n, tags: $t }) { user { userName } } }',
      untag: 'mutation($n: String!, $k: [String!]!) { untagUser(input: { userName: $n, tagKeys: $k }) { user { userName } } }',
      read: async (n: string) => (await q('query($n: String!) { user(userName: $n) { tags { key value } } }', { n })).data.user.tags,
    },
    role: {
      create: async (tags: Array<{ key: string; value: string }>) => {
        const roleName = uniqueName('r');
        const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${s.config.accountId}:root` }, Action: 'sts:AssumeRole' }] });
        const res = await q('mutation($i: CreateRoleInput!) { createRole(input: $i) { role { roleName } } }', { i: { roleName, assumeRolePolicyDocument: trust, tags } });
        expect(res.errors).toBeUndefined();
        return roleName;
      },
      tag: 'mutation($n: String!, $t: [TagInput!]!) { tagRole(input: { roleName: $n, tags: $t }) { role { roleName } } }',
      untag: 'mutation($n: String!, $k: [String!]!) { untagRole(input: { roleName: $n, tagKeys: $k }) { role { roleName } } }',
      read: async (n: string) => (await q('query($n: String!) { role(roleName: $n) { tags { key value } } }', { n })).data.role.tags,
    },
  };

  for (const [kind, k] of Object.entries(kinds)) {
    test(`parallel tag${kind === 'user' ? 'User' : 'Role'} and untag of different keys on one ${kind} all take effect`, async () => {
      for (let trial = 0; trial < 10; trial++) {
        const name = await k.create([0, 1, 2, 3].map((i) => ({ key: `old${i}`, value: 'x' })));
        const results = await Promise.all([
          ...[0, 1, 2, 3].map((i) => q(k.untag, { n: name, k: [`old${i}`] })),
          ...[0, 1, 2, 3].map((i) => q(k.tag, { n: name, t: [{ key: `new${i}`, value: String(i) }] })),
        ]);
        expect(results.map(codeOf)).toEqual(Array(8).fill(undefined));
        const tags = (await k.read(name)) as Array<{ key: string; value: string }>;
        expect(tags.map((t) => t.key).sort()).toEqual(['new0', 'new1', 'new2', 'new3']);
      }
    });
  }

  test('the 50-tag quota holds under parallel tagUser calls', async () => {
    const name = await kinds.user.create(Array.from({ length: 45 }, (_, i) => ({ key: `k${i}`, value: 'x' })));
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => q(kinds.user.tag, { n: name, t: [{ key: `more${i}`, value: 'y' }] })));
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(5);
    expect(results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED')).toHaveLength(5);
    expect(await kinds.user.read(name)).toHaveLength(50);
  });
});
