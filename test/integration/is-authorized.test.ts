import { graphql } from '../generated';
import type { IsAuthorizedInput } from '../generated/graphql';
import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { iamFixtures, policyDoc } from '../support/iam-fixtures';
import { PUT_USER_POLICY } from '../support/operations';
import { codeOf, dataOf, findingsOf, present, useTestServer } from '../support/server';

/**
 * An application asks the service about its own users' requests, as AWS services ask IAM: the
 * application (a user of its own with iam:SimulatePrincipalPolicy on the users it serves) forwards
 * the token its user signed in with, the action, the resource, what only it knows (the user's
 * address) and the document's own policy, and acts on the decision.
 */
const IS_AUTHORIZED = graphql(`
  query AppIsAuthorized($i: IsAuthorizedInput!) {
    isAuthorized(input: $i) {
      decision
      principalArn
      explanation
      missingContextValues
      matchedStatements {
        sid
        effect
        policySource {
          type
        }
      }
    }
  }
`);
const BATCH = graphql(`
  query AppBatchIsAuthorized($r: [IsAuthorizedInput!]!) {
    batchIsAuthorized(input: { requests: $r }) {
      results {
        decision
        principalArn
      }
    }
  }
`);
const LOGOUT = graphql(`
  mutation AppUserLogout {
    logout {
      ok
    }
  }
`);

const DOCS = 'arn:aws:docs:::document';

describe('isAuthorized and batchIsAuthorized: decisions for an application', () => {
  const s = useTestServer();
  let app: string;
  let alice: { userName: string; token: string };
  let aliceArn: string;
  beforeAll(async () => {
    const admin = await s.adminToken();
    const service = await createUserWithLogin(s, uniqueName('docs-app-'));
    const grantApp = policyDoc([
      { Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: `arn:aws:iam::${s.config.accountId}:user/*` },
    ]);
    dataOf(await s.gql(PUT_USER_POLICY, { i: { userName: service.userName, policyName: 'ask', policyDocument: grantApp } }, admin));
    app = service.token;
    alice = await createUserWithLogin(s, uniqueName('alice-'));
    aliceArn = `arn:aws:iam::${s.config.accountId}:user/${alice.userName}`;
    const readTeamDocs = policyDoc([
      {
        Sid: 'ReadTeamDocsFromOffice',
        Effect: 'Allow',
        Action: ['docs:Read', 'docs:Comment'],
        Resource: `${DOCS}/team/\${aws:username}/*`,
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      },
      { Sid: 'NeverDelete', Effect: 'Deny', Action: 'docs:Delete', Resource: '*' },
    ]);
    dataOf(await s.gql(PUT_USER_POLICY, { i: { userName: alice.userName, policyName: 'docs', policyDocument: readTeamDocs } }, admin));
  });
  const ask = (i: IsAuthorizedInput, token = app) => s.gql(IS_AUTHORIZED, { i }, token);
  const decided = async (i: IsAuthorizedInput) => present(dataOf(await ask(i)).isAuthorized);
  const fromOffice = [{ contextKeyName: 'aws:SourceIp', contextKeyValues: ['203.0.113.9'], contextKeyType: 'IP' as const }];
  const asAlice = (action: string, resource: string, extra: Partial<IsAuthorizedInput> = {}): IsAuthorizedInput => ({
    principal: { sessionToken: alice.token },
    action,
    resource,
    contextEntries: fromOffice,
    ...extra,
  });

  test("the user's token: allowed where her policies allow, from the address the application forwards", async () => {
    const own = await decided(asAlice('docs:Read', `${DOCS}/team/${alice.userName}/plan`));
    expect(own).toMatchObject({ decision: 'ALLOWED', principalArn: aliceArn });
    expect(own.matchedStatements).toEqual([{ sid: 'ReadTeamDocsFromOffice', effect: 'Allow', policySource: { type: 'USER' } }]);
    const someoneElses = await decided(asAlice('docs:Read', `${DOCS}/team/bob/plan`));
    expect(someoneElses.decision).toBe('IMPLICIT_DENY');
    const fromHome = await decided(
      asAlice('docs:Read', `${DOCS}/team/${alice.userName}/plan`, {
        contextEntries: [{ contextKeyName: 'aws:SourceIp', contextKeyValues: ['198.51.100.4'], contextKeyType: 'IP' }],
      }),
    );
    expect(fromHome.decision).toBe('IMPLICIT_DENY');
    // Without the address, the condition cannot hold: the key is reported missing (the service's own address is never used).
    const noAddress = await decided(asAlice('docs:Read', `${DOCS}/team/${alice.userName}/plan`, { contextEntries: [] }));
    expect(noAddress).toMatchObject({ decision: 'IMPLICIT_DENY', missingContextValues: ['aws:SourceIp'] });
    const deleting = await decided(asAlice('docs:Delete', `${DOCS}/team/${alice.userName}/plan`));
    expect(deleting.decision).toBe('EXPLICIT_DENY');
    expect(deleting.explanation).toContain('NeverDelete');
  });

  test("the document's own policy: it may allow alone in the same account, and its deny wins", async () => {
    const shared = `${DOCS}/shared/roadmap`;
    const sharedWithAlice = policyDoc([
      { Sid: 'ShareWithAlice', Effect: 'Allow', Principal: { AWS: aliceArn }, Action: 'docs:Read', Resource: shared },
    ]);
    expect((await decided(asAlice('docs:Read', shared))).decision).toBe('IMPLICIT_DENY');
    const granted = await decided(asAlice('docs:Read', shared, { resourcePolicy: sharedWithAlice }));
    expect(granted.decision).toBe('ALLOWED');
    expect(granted.matchedStatements.map((m) => [m.sid, m.policySource.type])).toEqual([['ShareWithAlice', 'RESOURCE']]);
    const ownDoc = `${DOCS}/team/${alice.userName}/plan`;
    const lockedDoc = policyDoc([{ Sid: 'Locked', Effect: 'Deny', Principal: '*', Action: 'docs:*', Resource: ownDoc }]);
    const locked = await decided(asAlice('docs:Read', ownDoc, { resourcePolicy: lockedDoc }));
    expect(locked.decision).toBe('EXPLICIT_DENY');
    const malformed = await ask(
      asAlice('docs:Read', shared, { resourcePolicy: policyDoc([{ Effect: 'Allow', Action: 'docs:Read', Resource: '*' }]) }),
    );
    expect(codeOf(malformed)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(findingsOf(malformed)[0]?.path).toMatch(/^resourcePolicy/);
  });

  test('a token that is signed out, unknown or garbage is a decision saying so, not an error', async () => {
    const bob = await createUserWithLogin(s, uniqueName('bob-'));
    const before = await decided({ principal: { sessionToken: bob.token }, action: 'docs:Read', resource: `${DOCS}/x` });
    expect(before).toMatchObject({ decision: 'IMPLICIT_DENY', principalArn: `arn:aws:iam::${s.config.accountId}:user/${bob.userName}` });
    dataOf(await s.gql(LOGOUT, {}, bob.token));
    for (const sessionToken of [bob.token, 'not-a-token-at-all-0123456789', 'short']) {
      const after = await decided({ principal: { sessionToken }, action: 'docs:Read', resource: `${DOCS}/x` });
      expect(after).toMatchObject({ decision: 'IMPLICIT_DENY', principalArn: null, matchedStatements: [] });
      expect(after.explanation).toMatch(/session token is not valid/);
    }
  });

  test("a role session's token: its session policy limits it; a resource policy naming the session passes it", async () => {
    const f = iamFixtures(s);
    const admin = await s.adminToken();
    const worker = await createUserWithLogin(s, uniqueName('worker-'));
    const workerArn = `arn:aws:iam::${s.config.accountId}:user/${worker.userName}`;
    const role = await f.createRole([{ Effect: 'Allow', Principal: { AWS: workerArn }, Action: 'sts:AssumeRole' }]);
    await f.putRolePolicy(role.roleName, [{ Effect: 'Allow', Action: ['docs:Read', 'docs:Write'], Resource: '*' }]);
    await f.putUserPolicy(worker.userName, [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role.arn }]);
    const readOnly = policyDoc([{ Effect: 'Allow', Action: 'docs:Read', Resource: '*' }]);
    const token = await f.session(worker.token, { roleArn: role.arn, roleSessionName: 'job-1', policy: readOnly });
    const sessionArn = `arn:aws:sts::${s.config.accountId}:assumed-role/${role.roleName}/job-1`;
    // The application may ask about the role's sessions: iam:SimulatePrincipalPolicy on the role.
    const askRoles = policyDoc([{ Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: role.arn }]);
    dataOf(await s.gql(PUT_USER_POLICY, { i: { userName: worker.userName, policyName: 'ask', policyDocument: askRoles } }, admin));
    const asJob = (action: string, resourcePolicy?: string) =>
      s.gql(IS_AUTHORIZED, { i: { principal: { sessionToken: token }, action, resource: `${DOCS}/9`, resourcePolicy } }, worker.token);
    const decisionOf = async (action: string, resourcePolicy?: string) => present(dataOf(await asJob(action, resourcePolicy)).isAuthorized);
    expect(await decisionOf('docs:Read')).toMatchObject({ decision: 'ALLOWED', principalArn: sessionArn });
    expect((await decisionOf('docs:Write')).decision).toBe('IMPLICIT_DENY');
    const naming = (principal: string) =>
      policyDoc([{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'docs:Write', Resource: `${DOCS}/9` }]);
    // AWS: a resource policy naming the session is not limited by the session policy; naming the role, it is.
    expect((await decisionOf('docs:Write', naming(sessionArn))).decision).toBe('ALLOWED');
    expect((await decisionOf('docs:Write', naming(role.arn))).decision).toBe('IMPLICIT_DENY');
  });

  test('a principal by ARN: its stored policies and tags, no session keys', async () => {
    const carol = await createUser(s, uniqueName('carol-'), { tags: [{ key: 'team', value: 'red' }] });
    const admin = await s.adminToken();
    const redDocs = policyDoc([
      { Effect: 'Allow', Action: 'docs:Read', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' } } },
      { Effect: 'Allow', Action: 'docs:Approve', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
    ]);
    dataOf(await s.gql(PUT_USER_POLICY, { i: { userName: carol.userName, policyName: 'red', policyDocument: redDocs } }, admin));
    const byArn = (action: string) => decided({ principal: { principalArn: carol.arn }, action, resource: `${DOCS}/7` });
    expect(await byArn('docs:Read')).toMatchObject({ decision: 'ALLOWED', principalArn: carol.arn });
    expect(await byArn('docs:Approve')).toMatchObject({ decision: 'IMPLICIT_DENY', missingContextValues: ['aws:MultiFactorAuthPresent'] });
    const missing = await ask({
      principal: { principalArn: `arn:aws:iam::${s.config.accountId}:user/nobody-${uniqueName()}` },
      action: 'docs:Read',
      resource: '*',
    });
    expect(codeOf(missing)).toBe('NO_SUCH_ENTITY');
  });

  test('the caller needs iam:SimulatePrincipalPolicy on the principal; bad requests are BAD_USER_INPUT', async () => {
    const stranger = await createUserWithLogin(s, uniqueName('stranger-'));
    expect(codeOf(await ask(asAlice('docs:Read', `${DOCS}/1`), stranger.token))).toBe('ACCESS_DENIED');
    expect(codeOf(await ask(asAlice('docs:Read', `${DOCS}/1`), ''))).toBe('UNAUTHENTICATED');
    const both = { sessionToken: alice.token, principalArn: aliceArn };
    expect(codeOf(await ask({ principal: both, action: 'docs:Read', resource: '*' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask({ principal: {}, action: 'docs:Read', resource: '*' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(asAlice('x', '*')))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(asAlice('docs:Read', 'a'.repeat(2049))))).toBe('BAD_USER_INPUT');
    const badEntry = [{ contextKeyName: 'aws:SourceIp', contextKeyValues: ['not an address'], contextKeyType: 'IP' as const }];
    expect(codeOf(await ask(asAlice('docs:Read', '*', { contextEntries: badEntry })))).toBe('BAD_USER_INPUT');
  });

  test('a batch answers in the order asked, up to 100 requests', async () => {
    const own = `${DOCS}/team/${alice.userName}/a`;
    const requests = [
      asAlice('docs:Read', own),
      asAlice('docs:Delete', own),
      { principal: { sessionToken: 'no-such-token-000000000000' }, action: 'docs:Read', resource: own },
      asAlice('docs:Comment', own),
    ];
    const { results } = present(dataOf(await s.gql(BATCH, { r: requests }, app)).batchIsAuthorized);
    expect(results.map((r) => r.decision)).toEqual(['ALLOWED', 'EXPLICIT_DENY', 'IMPLICIT_DENY', 'ALLOWED']);
    expect(results.map((r) => r.principalArn)).toEqual([aliceArn, aliceArn, null, aliceArn]);
    const hundred = Array.from({ length: 100 }, (_, i) => asAlice(i % 2 ? 'docs:Read' : 'docs:Write', own));
    const full = present(dataOf(await s.gql(BATCH, { r: hundred }, app)).batchIsAuthorized);
    expect(full.results.filter((r) => r.decision === 'ALLOWED')).toHaveLength(50);
    expect(codeOf(await s.gql(BATCH, { r: [...hundred, asAlice('docs:Read', own)] }, app))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(BATCH, { r: [] }, app))).toBe('BAD_USER_INPUT');
  });
});
