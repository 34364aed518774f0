import { graphql } from '../generated';
import { createUserWithLogin, uniqueName } from '../support/factories';
import { policyDoc } from '../support/iam-fixtures';
import { sqlCount } from '../support/metrics';
import { PUT_USER_POLICY } from '../support/operations';
import { codeOf, dataOf, findingsOf, present, startTestServer, type TestServer, useTestServer } from '../support/server';

/**
 * A resource's own policy stored in the service (as a bucket or a queue keeps its own): put, read,
 * replaced, deleted, each an action on the resource's ARN; and isAuthorized using it when the
 * application's request brings none.
 */
const PUT = graphql(`
  mutation PutStoredResourcePolicy($i: PutResourcePolicyInput!) {
    putResourcePolicy(input: $i) {
      resourcePolicy {
        resourceArn
        policyDocument
        createDate
        updateDate
      }
    }
  }
`);
const GET = graphql(`
  query GetStoredResourcePolicy($arn: String!) {
    resourcePolicy(resourceArn: $arn) {
      resourceArn
      policyDocument
      createDate
      updateDate
    }
  }
`);
const DELETE = graphql(`
  mutation DeleteStoredResourcePolicy($i: DeleteResourcePolicyInput!) {
    deleteResourcePolicy(input: $i) {
      resourceArn
    }
  }
`);
const DECIDE = graphql(`
  query DecideWithStoredResourcePolicy($i: IsAuthorizedInput!) {
    isAuthorized(input: $i) {
      decision
      matchedStatements {
        sid
        policySource {
          type
          policyArn
        }
      }
    }
  }
`);
const EVENTS = graphql(`
  query StoredResourcePolicyAudit($a: String) {
    auditEvents(first: 100, action: $a) {
      edges {
        node {
          action
          resourceArn
          outcome
          errorCode
          principalArn
        }
      }
    }
  }
`);

const docArn = () => `arn:aws:docs:::document/${uniqueName('d-')}`;
const readBy = (principal: string, resource: string, sid = 'ShareRead') =>
  policyDoc([{ Sid: sid, Effect: 'Allow', Principal: { AWS: principal }, Action: 'docs:Read', Resource: resource }]);

async function pollDecision(s: TestServer, token: string, principalArn: string, resource: string, want: string): Promise<string> {
  let last = '';
  // NOTIFY reaches the other instance shortly after the commit: ask until it has (bounded), never timing it.
  for (let i = 0; i < 250 && last !== want; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 20));
    last = present(
      dataOf(await s.gql(DECIDE, { i: { principal: { principalArn }, action: 'docs:Read', resource } }, token)).isAuthorized,
    ).decision;
  }
  return last;
}

describe('stored resource policies', () => {
  const s = useTestServer();
  let admin: string;
  let alice: { userName: string; token: string };
  let aliceArn: string;
  beforeAll(async () => {
    admin = await s.adminToken();
    alice = await createUserWithLogin(s, uniqueName('alice-'));
    aliceArn = `arn:aws:iam::${s.config.accountId}:user/${alice.userName}`;
  });
  const get = async (arn: string, token = admin) => dataOf(await s.gql(GET, { arn }, token)).resourcePolicy;

  test('put, read, replace, delete: a resource with none reads as null, deleting none is NO_SUCH_ENTITY', async () => {
    const arn = docArn();
    expect(await get(arn)).toBeNull();
    const first = readBy(aliceArn, arn);
    const put = present(dataOf(await s.gql(PUT, { i: { resourceArn: arn, policyDocument: first } }, admin)).putResourcePolicy);
    expect(put.resourcePolicy).toMatchObject({ resourceArn: arn, policyDocument: first });
    expect(put.resourcePolicy.updateDate).toBe(put.resourcePolicy.createDate);
    expect(await get(arn)).toEqual(put.resourcePolicy);
    const second = readBy(aliceArn, arn, 'Replaced');
    const replaced = present(dataOf(await s.gql(PUT, { i: { resourceArn: arn, policyDocument: second } }, admin)).putResourcePolicy);
    expect(replaced.resourcePolicy.policyDocument).toBe(second);
    expect(replaced.resourcePolicy.createDate).toBe(put.resourcePolicy.createDate);
    expect(new Date(replaced.resourcePolicy.updateDate).getTime()).toBeGreaterThanOrEqual(
      new Date(put.resourcePolicy.createDate).getTime(),
    );
    expect(dataOf(await s.gql(DELETE, { i: { resourceArn: arn } }, admin)).deleteResourcePolicy).toEqual({ resourceArn: arn });
    expect(await get(arn)).toBeNull();
    expect(codeOf(await s.gql(DELETE, { i: { resourceArn: arn } }, admin))).toBe('NO_SUCH_ENTITY');
  });

  test('a statement without Principal is MALFORMED_POLICY_DOCUMENT located in policyDocument, and the stored one stays', async () => {
    const arn = docArn();
    const kept = readBy(aliceArn, arn);
    dataOf(await s.gql(PUT, { i: { resourceArn: arn, policyDocument: kept } }, admin));
    const noPrincipal = policyDoc([{ Effect: 'Allow', Action: 'docs:Read', Resource: arn }]);
    const res = await s.gql(PUT, { i: { resourceArn: arn, policyDocument: noPrincipal } }, admin);
    expect(codeOf(res)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(findingsOf(res)[0]?.path).toMatch(/^policyDocument\.Statement\[0\]/);
    const huge = readBy(aliceArn, arn, 'x'.repeat(20_500));
    const tooBig = await s.gql(PUT, { i: { resourceArn: arn, policyDocument: huge } }, admin);
    expect(codeOf(tooBig)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(findingsOf(tooBig)[0]?.code).toBe('POLICY_SIZE_EXCEEDED');
    expect(codeOf(await s.gql(PUT, { i: { resourceArn: arn, policyDocument: 'not json' } }, admin))).toBe('MALFORMED_POLICY_DOCUMENT');
    expect((await get(arn))?.policyDocument).toBe(kept);
  });

  test('a resourceArn that is not one ARN within bounds is BAD_USER_INPUT for each operation', async () => {
    const bad = ['', 'document-42', 'arn:aws:docs', 'arn:aws:docs:::document/*', 'arn:aws:docs:::doc?', 'arn:aws:docs:::a b'];
    bad.push(`arn:aws:docs:::${'d'.repeat(2040)}`, 'arn:aws:docs:::dokumänt');
    const doc = readBy(aliceArn, '*');
    for (const resourceArn of bad) {
      const put = await s.gql(PUT, { i: { resourceArn, policyDocument: doc } }, admin);
      expect([resourceArn, codeOf(put), put.errors?.[0]?.extensions?.field]).toEqual([resourceArn, 'BAD_USER_INPUT', 'resourceArn']);
      expect([resourceArn, codeOf(await s.gql(GET, { arn: resourceArn }, admin))]).toEqual([resourceArn, 'BAD_USER_INPUT']);
      expect([resourceArn, codeOf(await s.gql(DELETE, { i: { resourceArn } }, admin))]).toEqual([resourceArn, 'BAD_USER_INPUT']);
    }
  });

  test('each operation is an action on the resource ARN: without it ACCESS_DENIED, and puts and deletes are audited', async () => {
    const owner = await createUserWithLogin(s, uniqueName('owner-'));
    const ownerArn = `arn:aws:iam::${s.config.accountId}:user/${owner.userName}`;
    const team = `arn:aws:docs:::document/${uniqueName('team-')}`;
    const manage = policyDoc([
      { Effect: 'Allow', Action: ['iam:PutResourcePolicy', 'iam:GetResourcePolicy', 'iam:DeleteResourcePolicy'], Resource: `${team}/*` },
    ]);
    dataOf(await s.gql(PUT_USER_POLICY, { i: { userName: owner.userName, policyName: 'docs', policyDocument: manage } }, admin));
    const mine = `${team}/plan`;
    const elsewhere = docArn();
    const doc = readBy(aliceArn, mine);
    expect(codeOf(await s.gql(PUT, { i: { resourceArn: elsewhere, policyDocument: doc } }, owner.token))).toBe('ACCESS_DENIED');
    expect(codeOf(await s.gql(PUT, { i: { resourceArn: mine, policyDocument: doc } }, alice.token))).toBe('ACCESS_DENIED');
    expect(await get(mine)).toBeNull();
    dataOf(await s.gql(PUT, { i: { resourceArn: mine, policyDocument: doc } }, owner.token));
    expect((await get(mine, owner.token))?.policyDocument).toBe(doc);
    expect(codeOf(await s.gql(GET, { arn: mine }, alice.token))).toBe('ACCESS_DENIED');
    expect(codeOf(await s.gql(DELETE, { i: { resourceArn: mine } }, alice.token))).toBe('ACCESS_DENIED');
    expect(await get(mine)).not.toBeNull();
    dataOf(await s.gql(DELETE, { i: { resourceArn: mine } }, owner.token));

    const events = async (a: string) => present(dataOf(await s.gql(EVENTS, { a }, admin)).auditEvents).edges.map((e) => e.node);
    const puts = await events('iam:PutResourcePolicy');
    expect(puts).toContainEqual({
      action: 'iam:PutResourcePolicy',
      resourceArn: mine,
      outcome: 'SUCCESS',
      errorCode: null,
      principalArn: ownerArn,
    });
    expect(puts).toContainEqual({
      action: 'iam:PutResourcePolicy',
      resourceArn: elsewhere,
      outcome: 'FAILURE',
      errorCode: 'ACCESS_DENIED',
      principalArn: ownerArn,
    });
    const deletes = await events('iam:DeleteResourcePolicy');
    expect(deletes).toContainEqual({
      action: 'iam:DeleteResourcePolicy',
      resourceArn: mine,
      outcome: 'SUCCESS',
      errorCode: null,
      principalArn: ownerArn,
    });
    expect(deletes).toContainEqual(expect.objectContaining({ resourceArn: mine, outcome: 'FAILURE', errorCode: 'ACCESS_DENIED' }));
  });

  test(
    'isAuthorized uses the stored policy of exactly the resource: allowed only after the put, ' + 'denied again after the delete',
    async () => {
      const arn = docArn();
      const ask = async (resource = arn, resourcePolicy?: string) =>
        present(
          dataOf(
            await s.gql(DECIDE, { i: { principal: { sessionToken: alice.token }, action: 'docs:Read', resource, resourcePolicy } }, admin),
          ).isAuthorized,
        );
      expect((await ask()).decision).toBe('IMPLICIT_DENY');
      dataOf(await s.gql(PUT, { i: { resourceArn: arn, policyDocument: readBy(aliceArn, arn) } }, admin));
      const allowed = await ask();
      expect(allowed.decision).toBe('ALLOWED');
      expect(allowed.matchedStatements).toEqual([{ sid: 'ShareRead', policySource: { type: 'RESOURCE', policyArn: arn } }]);
      // Another resource, even under the same prefix, has a policy of its own (none here).
      expect((await ask(`${arn}/child`)).decision).toBe('IMPLICIT_DENY');
      // A policy given in the request is used instead of the stored one.
      const locked = policyDoc([{ Sid: 'Locked', Effect: 'Deny', Principal: '*', Action: 'docs:*', Resource: arn }]);
      expect((await ask(arn, locked)).decision).toBe('EXPLICIT_DENY');

      // Steady state: a cached ARN (and a cached principal) costs no SQL statement.
      await ask();
      const before = await sqlCount(s);
      expect((await ask()).decision).toBe('ALLOWED');
      expect(await sqlCount(s)).toBe(before);

      dataOf(await s.gql(DELETE, { i: { resourceArn: arn } }, admin));
      expect((await ask()).decision).toBe('IMPLICIT_DENY');
    },
  );

  test('a stored policy that no longer compiles denies everything on its resource, and is read again each time (fail closed)', async () => {
    const arn = docArn();
    const reader = await createUserWithLogin(s, uniqueName('reader-'));
    const readAll = policyDoc([{ Effect: 'Allow', Action: 'docs:Read', Resource: '*' }]);
    dataOf(await s.gql(PUT_USER_POLICY, { i: { userName: reader.userName, policyName: 'read', policyDocument: readAll } }, admin));
    const ask = async () =>
      present(
        dataOf(await s.gql(DECIDE, { i: { principal: { sessionToken: reader.token }, action: 'docs:Read', resource: arn } }, admin))
          .isAuthorized,
      );
    expect((await ask()).decision).toBe('ALLOWED');
    // As if the stored text were damaged, or a later version of the validator refused it.
    const sql = (text: string, params: unknown[]) => s.app.dataSource.query(text, params);
    await sql(
      `INSERT INTO resource_policies (resource_arn, document, size, create_date, update_date) VALUES ($1, 'not json', 7, now(), now())`,
      [arn],
    );
    s.app.services.policyStore.cache.apply({ resourceArn: arn }); // what the put's own invalidation would do
    const denied = await ask();
    expect(denied.decision).toBe('EXPLICIT_DENY');
    expect(denied.matchedStatements).toContainEqual({ sid: 'PolicyUnavailable', policySource: { type: 'RESOURCE', policyArn: arn } });
    await sql('DELETE FROM resource_policies WHERE resource_arn = $1', [arn]);
    expect((await ask()).decision).toBe('ALLOWED'); // not cached: the repair is seen at once
  });
});

const pg = process.env.TEST_DATABASE_URL ? describe : describe.skip;
pg('stored resource policies on two instances sharing one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({}, { databaseUrl: a.databaseUrl! });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  test('a put through one instance allows on the other, and a delete denies there again', async () => {
    const user = await createUserWithLogin(a, uniqueName('reader-'));
    const userArn = `arn:aws:iam::${a.config.accountId}:user/${user.userName}`;
    const arn = docArn();
    const adminA = await a.adminToken();
    const adminB = adminA; // one database: a's session is valid on b
    // b caches that the resource has no policy, then a stores one.
    expect(await pollDecision(b, adminB, userArn, arn, 'IMPLICIT_DENY')).toBe('IMPLICIT_DENY');
    expect(await pollDecision(b, adminB, userArn, arn, 'IMPLICIT_DENY')).toBe('IMPLICIT_DENY');
    dataOf(await a.gql(PUT, { i: { resourceArn: arn, policyDocument: readBy(userArn, arn) } }, adminA));
    expect(await pollDecision(b, adminB, userArn, arn, 'ALLOWED')).toBe('ALLOWED');
    dataOf(await a.gql(DELETE, { i: { resourceArn: arn } }, adminA));
    expect(await pollDecision(b, adminB, userArn, arn, 'IMPLICIT_DENY')).toBe('IMPLICIT_DENY');
  });
});
