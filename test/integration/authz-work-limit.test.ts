import { createUserWithLogin, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9, item 3, beyond the simulators: every operation authorizes the ARN it is given, so an
 * overlong ARN against a principal's wildcards made one request do unbounded work. A decision
 * now stops at a fixed amount of work and fails closed (ACCESS_DENIED); ordinary ones are untouched.
 */
describe('authorization work is bounded', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => {
    await s.close();
  });

  test('a 200 KB policy ARN against 500 wildcards is denied, not evaluated to the end', async () => {
    const account = s.config.accountId;
    const u = await createUserWithLogin(s);
    for (let p = 0; p < 2; p++) {
      const patterns = Array.from({ length: 250 }, (_, i) => `arn:*:*:*:*:*x-${(p * 250 + i).toString(36)}*`);
      const policyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetPolicy', Resource: [...patterns, `arn:aws:iam::${account}:policy/readable`] }] });
      const created = await s.gql('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', { i: { policyName: uniqueName('Wild'), policyDocument } }, admin);
      expect(created.errors).toBeUndefined();
      const attached = await s.gql('mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyArn: created.data.createPolicy.policy.arn } }, admin);
      expect(attached.errors).toBeUndefined();
    }

    const q = 'query($a: String!) { policy(arn: $a) { arn } }';
    // Before: about 300 million steps of matching, seconds of a blocked event loop.
    const huge = await s.gql(q, { a: `arn:aws:iam::${account}:policy/${'x'.repeat(200_000)}` }, u.token);
    expect(codeOf(huge)).toBe('ACCESS_DENIED');
    expect(huge.errors![0]!.message).toMatch(/needs more policy evaluation than allowed/);
    expect(huge.errors![0]!.message.length).toBeLessThan(3000);
    // The same policy still decides ordinary requests.
    expect(codeOf(await s.gql(q, { a: `arn:aws:iam::${account}:policy/readable` }, u.token))).toBe('NO_SUCH_ENTITY');
    expect(codeOf(await s.gql(q, { a: `arn:aws:iam::${account}:policy/other` }, u.token))).toBe('ACCESS_DENIED');
  });
});
