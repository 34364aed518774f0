import { createUserWithLogin, uniqueName } from '../support/factories';
import { OidcIssuer } from '../support/oidc-issuer';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * The audit trail tells apart people under one principal: the session, the role session's name,
 * the access key, and the web identity behind a call are on every event.
 */
const EVENTS = `query($a: String) { auditEvents(first: 100, action: $a) { edges { node {
  action resourceArn outcome errorCode principalArn sessionId roleSessionName accessKeyId webIdentitySubject webIdentityIssuer } } } }`;
const CREATE_USER = 'mutation($n: String!) { createUser(input: {userName: $n}) { user { arn } } }';
const ASSUME = 'mutation($i: AssumeRoleInput!) { assumeRole(input: $i) { credentials { sessionToken } } }';
const ALLOW_CREATE = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:CreateUser', 'sts:GetSessionToken'], Resource: '*' }] });

describe('who under a principal', () => {
  let s: TestServer;
  let admin: string;
  let idp: OidcIssuer;
  beforeAll(async () => {
    s = await startTestServer({ IAM_ALLOW_INSECURE_OIDC: '1' });
    admin = await s.adminToken();
    idp = await OidcIssuer.start();
  });
  afterAll(async () => {
    await s.close();
    await idp.close();
  });

  const events = async (action: string) => (await s.gql(EVENTS, { a: action }, admin)).data.auditEvents.edges.map((e: any) => e.node);
  const eventFor = async (action: string, name: string) => (await events(action)).filter((n: any) => n.resourceArn?.endsWith(`/${name}`));

  async function createRole(trust: Record<string, unknown>) {
    const roleName = uniqueName('shared');
    const doc = JSON.stringify({ Version: '2012-10-17', Statement: [trust] });
    const res = await s.gql('mutation($i: CreateRoleInput!) { createRole(input: $i) { role { arn } } }', { i: { roleName, assumeRolePolicyDocument: doc } }, admin);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    await s.gql('mutation($i: PutRolePolicyInput!) { putRolePolicy(input: $i) { role { roleName } } }', { i: { roleName, policyName: 'create', policyDocument: ALLOW_CREATE } }, admin);
    return { roleName, roleArn: res.data.createRole.role.arn as string };
  }

  test('two people under one role, even with the same session name, are told apart by their sessions', async () => {
    const alice = await createUserWithLogin(s);
    const bob = await createUserWithLogin(s);
    const role = await createRole({
      Effect: 'Allow',
      Principal: { AWS: [`arn:aws:iam::000000000000:user/${alice.userName}`, `arn:aws:iam::000000000000:user/${bob.userName}`] },
      Action: 'sts:AssumeRole',
    });
    const sessionOf = async (token: string) => (await s.gql(ASSUME, { i: { roleArn: role.roleArn, roleSessionName: 'deploy' } }, token)).data.assumeRole.credentials.sessionToken;
    const made: string[] = [];
    for (const token of [await sessionOf(alice.token), await sessionOf(bob.token)]) {
      const name = uniqueName('made');
      made.push(name);
      expect((await s.gql(CREATE_USER, { n: name }, token)).errors).toBeUndefined();
    }
    const [a, b] = await Promise.all(made.map(async (n) => (await eventFor('iam:CreateUser', n))[0]));
    expect(a.principalArn).toBe(`arn:aws:sts::000000000000:assumed-role/${role.roleName}/deploy`);
    expect(b.principalArn).toBe(a.principalArn);
    expect([a.roleSessionName, b.roleSessionName]).toEqual(['deploy', 'deploy']);
    expect(a.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.sessionId).not.toBe(b.sessionId);
    const bySession = await s.gql('query($s: String) { auditEvents(first: 10, sessionId: $s) { edges { node { resourceArn } } } }', { s: a.sessionId }, admin);
    expect(bySession.data.auditEvents.edges.map((e: any) => e.node.resourceArn)).toEqual([`arn:aws:iam::000000000000:user/${made[0]}`]);
    // The assumeRole events say who asked (the user's own session) and for which session name.
    const assumed = (await events('sts:AssumeRole')).filter((n: any) => n.resourceArn === role.roleArn);
    expect(assumed).toHaveLength(2);
    expect(new Set(assumed.map((n: any) => n.principalArn))).toEqual(new Set([`arn:aws:iam::000000000000:user/${alice.userName}`, `arn:aws:iam::000000000000:user/${bob.userName}`]));
    expect(assumed.every((n: any) => n.roleSessionName === 'deploy' && n.sessionId)).toBe(true);
    // A sign-in records the session it issued: the one alice then used.
    const signIns = (await events('signin:ConsoleLogin')).filter((n: any) => n.principalArn?.endsWith(`/${alice.userName}`) && n.outcome === 'SUCCESS');
    expect(signIns.map((n: any) => n.sessionId)).toContain(assumed.find((n: any) => n.principalArn.endsWith(`/${alice.userName}`)).sessionId);
  });

  test('calls with a getSessionToken session carry the access key; a failed getSessionToken names the key it tried', async () => {
    const u = await createUserWithLogin(s);
    await s.gql('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyName: 'create', policyDocument: ALLOW_CREATE } }, admin);
    const key = (await s.gql('mutation($u: String) { createAccessKey(input: {userName: $u}) { accessKey { accessKeyId secretAccessKey } } }', { u: u.userName }, admin)).data.createAccessKey.accessKey;
    const gst = 'mutation($i: GetSessionTokenInput!) { getSessionToken(input: $i) { credentials { sessionToken } } }';
    const token = (await s.gql(gst, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } })).data.getSessionToken.credentials.sessionToken;
    const name = uniqueName('bykey');
    await s.gql(CREATE_USER, { n: name }, token);
    const [made] = await eventFor('iam:CreateUser', name);
    expect(made).toMatchObject({ accessKeyId: key.accessKeyId, principalArn: `arn:aws:iam::000000000000:user/${u.userName}` });
    const issued = (await events('sts:GetSessionToken')).filter((n: any) => n.accessKeyId === key.accessKeyId);
    expect(issued).toEqual([expect.objectContaining({ outcome: 'SUCCESS', sessionId: made.sessionId })]);

    const unknownKey = 'AKIAUNKNOWNKEY000000';
    expect(codeOf(await s.gql(gst, { i: { accessKeyId: unknownKey, secretAccessKey: 'x'.repeat(40) } }))).toBe('INVALID_CREDENTIALS');
    const failed = (await events('sts:GetSessionToken')).filter((n: any) => n.accessKeyId === unknownKey);
    expect(failed).toEqual([expect.objectContaining({ outcome: 'FAILURE', errorCode: 'INVALID_CREDENTIALS', sessionId: null })]);
  });

  test('a web-identity session records the token subject and provider, on its sign-in and on every call', async () => {
    const created = await s.gql('mutation($i: CreateOpenIdConnectProviderInput!) { createOpenIdConnectProvider(input: $i) { openIdConnectProviderArn } }', { i: { url: idp.url, clientIdList: [idp.clientId] } }, admin);
    const providerArn = created.data.createOpenIdConnectProvider.openIdConnectProviderArn;
    const role = await createRole({ Effect: 'Allow', Principal: { Federated: providerArn }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [`${idp.host}:aud`]: idp.clientId } } });
    const federate = 'mutation($i: AssumeRoleWithWebIdentityInput!) { assumeRoleWithWebIdentity(input: $i) { credentials { sessionToken } } }';
    const res = await s.gql(federate, { i: { roleArn: role.roleArn, roleSessionName: 'ci-run', webIdentityToken: await idp.sign({ sub: 'repo:acme/app' }) } });
    expect(res.errors).toBeUndefined();
    const name = uniqueName('byci');
    await s.gql(CREATE_USER, { n: name }, res.data.assumeRoleWithWebIdentity.credentials.sessionToken);
    const [made] = await eventFor('iam:CreateUser', name);
    expect(made).toMatchObject({ roleSessionName: 'ci-run', webIdentitySubject: 'repo:acme/app', webIdentityIssuer: idp.host, accessKeyId: null });
    const signIn = (await events('sts:AssumeRoleWithWebIdentity')).filter((n: any) => n.resourceArn === role.roleArn);
    expect(signIn).toEqual([expect.objectContaining({ outcome: 'SUCCESS', roleSessionName: 'ci-run', webIdentitySubject: 'repo:acme/app', webIdentityIssuer: idp.host })]);
  });
});
