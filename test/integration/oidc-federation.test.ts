import { graphql } from '../generated';
import { uniqueName } from '../support/factories';
import { OidcIssuer } from '../support/oidc-issuer';
import {
  CREATE_OIDC_PROVIDER,
  CREATE_OIDC_PROVIDER_FOR_CLIENT,
  CREATE_ROLE_ARN,
  DELETE_OPEN_ID_CONNECT_PROVIDER,
} from '../support/operations';
import { codeOf, dataOf, firstError,present, startTestServer, type TestServer } from '../support/server';

const ACCOUNT = '000000000000';

const FEDERATE = graphql(`
  mutation AssumeRoleWithWebIdentityInOidcFederation($input: AssumeRoleWithWebIdentityInput!) {
    assumeRoleWithWebIdentity(input: $input) {
      credentials {
        sessionToken
        expiration
      }
      assumedRoleUser {
        arn
        assumedRoleId
      }
      subjectFromWebIdentityToken
      audience
      provider
    }
  }
`);

describe('oidc: providers and assumeRoleWithWebIdentity against a local issuer', () => {
  let s: TestServer;
  let admin: string;
  let idp: OidcIssuer;
  let stranger: OidcIssuer;
  let providerArn: string;
  let roleArn: string;
  let roleName: string;

  beforeAll(async () => {
    s = await startTestServer({ IAM_ALLOW_INSECURE_OIDC: '1' });
    admin = await s.adminToken();
    idp = await OidcIssuer.start();
    stranger = await OidcIssuer.start();
    const created = await s.gql(CREATE_OIDC_PROVIDER, { input: { url: idp.url, clientIdList: [idp.clientId, 'second-client'] } }, admin);
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    providerArn = present(dataOf(created).createOpenIdConnectProvider?.openIdConnectProviderArn);
    roleName = uniqueName('ci');
    roleArn = await createRole(roleName, {
      Effect: 'Allow',
      Principal: { Federated: providerArn },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { [`${idp.host}:aud`]: idp.clientId, [`${idp.host}:sub`]: 'user-1' } },
    });
  });
  afterAll(async () => {
    await s.close();
    await idp.close();
    await stranger.close();
  });

  async function createRole(name: string, statement: Record<string, unknown>): Promise<string> {
    const res = await s.gql(
      CREATE_ROLE_ARN,
      {
        input: {
          roleName: name,
          assumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
          maxSessionDuration: 7200,
        },
      },
      admin,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return present(dataOf(res).createRole?.role.arn);
  }

  /** Federation needs no bearer token: these calls go out anonymous. */
  const federate = (token: string, extra: Record<string, unknown> = {}) =>
    s.gql(FEDERATE, { input: { roleArn, roleSessionName: 'ci-run', webIdentityToken: token, ...extra } });

  test('the provider ARN is the URL without its scheme; it is listed; a second one for the same URL is refused', async () => {
    expect(providerArn).toBe(`arn:aws:iam::${ACCOUNT}:oidc-provider/${idp.host}`);
    const list = await s.gql(
      graphql(`
        query OpenIdConnectProviders {
          openIdConnectProviders {
            arn
            url
            clientIdList
            thumbprintList
          }
        }
      `),
      {},
      admin,
    );
    expect(dataOf(list).openIdConnectProviders).toContainEqual({
      arn: providerArn,
      url: idp.url,
      clientIdList: [idp.clientId, 'second-client'],
      thumbprintList: [],
    });
    const again = await s.gql(
      graphql(`
        mutation CreateOpenIdConnectProviderInOidcFederation2($u: String!) {
          createOpenIdConnectProvider(input: { url: $u, clientIdList: ["x"] }) {
            openIdConnectProviderArn
          }
        }
      `),
      { u: `${idp.url}/` },
      admin,
    );
    expect(codeOf(again)).toBe('ENTITY_ALREADY_EXISTS');
  });

  test('only https URLs, or http on a loopback host; thumbprints are 40 hex characters', async () => {
    const q = CREATE_OIDC_PROVIDER;
    for (const url of ['http://idp.example.com', 'ftp://127.0.0.1/x', 'not a url', 'https://idp.example.com/?q=1']) {
      const res = await s.gql(q, { input: { url, clientIdList: ['a'] } }, admin);
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    const thumb = await s.gql(q, { input: { url: 'https://idp.example.com', clientIdList: ['a'], thumbprintList: ['abc'] } }, admin);
    expect(firstError(thumb).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thumbprintList' });
    const ok = await s.gql(
      q,
      {
        input: { url: 'https://idp.example.com/tenant', clientIdList: ['a'], thumbprintList: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'] },
      },
      admin,
    );
    expect(dataOf(ok).createOpenIdConnectProvider?.openIdConnectProviderArn).toBe(
      `arn:aws:iam::${ACCOUNT}:oidc-provider/idp.example.com/tenant`,
    );
    const del = await s.gql(
      DELETE_OPEN_ID_CONNECT_PROVIDER,
      { a: present(dataOf(ok).createOpenIdConnectProvider?.openIdConnectProviderArn) },
      admin,
    );
    expect(del.errors).toBeUndefined();
  });

  test('an RS256 and an ES256 token from the provider are exchanged for a role session, without a bearer', async () => {
    for (const alg of ['RS256', 'ES256'] as const) {
      const res = await federate(await idp.sign({}, { alg }), { durationSeconds: 3600 });
      expect(res.errors).toBeUndefined();
      const out = dataOf(res).assumeRoleWithWebIdentity;
      expect(out?.assumedRoleUser.arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/${roleName}/ci-run`);
      expect(out).toMatchObject({ subjectFromWebIdentityToken: 'user-1', audience: idp.clientId, provider: idp.url });
      const me = await s.gql(
        graphql(`
          query MeInOidcFederation {
            me {
              arn
              ... on AssumedRoleSession {
                roleName
                roleSessionName
              }
            }
          }
        `),
        {},
        out?.credentials.sessionToken,
      );
      expect(dataOf(me).me).toEqual({ arn: out?.assumedRoleUser.arn, roleName, roleSessionName: 'ci-run' });
    }
  });

  test('a forged signature, another audience, subject or issuer are refused', async () => {
    const forged = await idp.sign({}, { key: await OidcIssuer.foreignKey('RS256') });
    expect(codeOf(await federate(forged))).toBe('INVALID_CREDENTIALS');

    const otherAudience = await federate(await idp.sign({ aud: 'someone-else' }));
    expect(codeOf(otherAudience)).toBe('INVALID_CREDENTIALS');
    expect(firstError(otherAudience).message).toBe('Incorrect token audience.');

    // The second client id is registered, but the trust policy only admits the first.
    expect(codeOf(await federate(await idp.sign({ aud: 'second-client' })))).toBe('ACCESS_DENIED');
    const otherSubject = await federate(await idp.sign({ sub: 'user-2' }));
    expect(codeOf(otherSubject)).toBe('ACCESS_DENIED');
    expect(firstError(otherSubject).message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');

    // An unregistered issuer; and its token dressed up with our provider's iss.
    const unknown = await federate(await stranger.sign({ aud: idp.clientId }));
    expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(firstError(unknown).message).toContain('No OpenIDConnect provider found');
    expect(codeOf(await federate(await stranger.sign({ iss: idp.url, aud: idp.clientId })))).toBe('INVALID_CREDENTIALS');
  });

  test('expired, not-yet-valid and future-issued tokens are refused', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await federate(await idp.sign({ iat: now - 900, exp: now - 600 }));
    expect(codeOf(expired)).toBe('INVALID_CREDENTIALS');
    expect(firstError(expired).message).toContain('Token expired');
    expect(codeOf(await federate(await idp.sign({ nbf: now + 600 })))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await federate(await idp.sign({ iat: now + 600, exp: now + 900 })))).toBe('INVALID_CREDENTIALS');
  });

  test('alg none, an HMAC token and garbage are refused', async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: idp.url, aud: idp.clientId, sub: 'user-1', iat: now, exp: now + 300 };
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    const noneRes = await federate(none);
    expect(codeOf(noneRes)).toBe('INVALID_CREDENTIALS');
    const { createHmac } = await import('node:crypto');
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
    const hs = `${head}.${createHmac('sha256', idp.clientId).update(head).digest('base64url')}`;
    expect(codeOf(await federate(hs))).toBe('INVALID_CREDENTIALS');
    for (const garbage of ['garbage', 'a.b.c', `${b64({ alg: 'RS256' })}.not-json.sig`]) {
      const res = await federate(garbage);
      expect(codeOf(res)).toBe('INVALID_CREDENTIALS');
      expect(firstError(res).message).not.toContain(garbage);
    }
  });

  test('a rotated key is fetched on its unknown kid; known keys come from the cache; made-up kids are rate-limited', async () => {
    const issuer = await OidcIssuer.start();
    try {
      const created = await s.gql(CREATE_OIDC_PROVIDER_FOR_CLIENT, { u: issuer.url, c: issuer.clientId }, admin);
      const arn = dataOf(created).createOpenIdConnectProvider?.openIdConnectProviderArn;
      const role = await createRole(uniqueName('rot'), {
        Effect: 'Allow',
        Principal: { Federated: arn },
        Action: 'sts:AssumeRoleWithWebIdentity',
      });
      expect((await federate(await issuer.sign(), { roleArn: role })).errors).toBeUndefined();
      expect((await federate(await issuer.sign({}, { alg: 'ES256' }), { roleArn: role })).errors).toBeUndefined();
      expect(issuer.jwksFetches).toBe(1);
      await issuer.rotate('RS256');
      expect((await federate(await issuer.sign({}, { alg: 'RS256' }), { roleArn: role })).errors).toBeUndefined();
      expect(issuer.jwksFetches).toBe(2);
      // A made-up kid right after: refused, and no new fetch within the cooldown.
      const bogus = await federate(await issuer.sign({}, { header: { kid: 'made-up' } }), { roleArn: role });
      expect(codeOf(bogus)).toBe('INVALID_CREDENTIALS');
      expect(issuer.jwksFetches).toBe(2);
    } finally {
      await issuer.close();
    }
  });

  test('a discovery document naming another issuer, an oversized JWKS and a redirected JWKS are not trusted', async () => {
    const issuer = await OidcIssuer.start();
    try {
      const created = await s.gql(CREATE_OIDC_PROVIDER_FOR_CLIENT, { u: issuer.url, c: issuer.clientId }, admin);
      const arn = dataOf(created).createOpenIdConnectProvider?.openIdConnectProviderArn;
      const role = await createRole(uniqueName('faulty'), {
        Effect: 'Allow',
        Principal: { Federated: arn },
        Action: 'sts:AssumeRoleWithWebIdentity',
      });
      const attempt = async () => federate(await issuer.sign(), { roleArn: role });
      for (const fault of [{ discoveryIssuer: stranger.url }, { jwksPaddingBytes: 300 * 1024 }, { redirectJwksTo: `${idp.url}/jwks` }]) {
        issuer.faults = fault;
        const res = await attempt();
        expect(codeOf(res)).toBe('INVALID_CREDENTIALS');
        expect(firstError(res).message).toBe("Couldn't retrieve verification key from your identity provider.");
      }
      issuer.faults = {};
      expect((await attempt()).errors).toBeUndefined();
    } finally {
      await issuer.close();
    }
  });

  test('durationSeconds is bounded by the role maximum; the session carries the sub and aud for later conditions', async () => {
    const tooLong = await federate(await idp.sign(), { durationSeconds: 7201 });
    expect(firstError(tooLong).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationSeconds' });
    const tooShort = await federate(await idp.sign(), { durationSeconds: 600 });
    expect(firstError(tooShort).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationSeconds' });
    const ok = await federate(await idp.sign(), { durationSeconds: 7200, roleSessionName: 'long-run' });
    expect(ok.errors).toBeUndefined();
    const rows = await s.app.dataSource.query("SELECT context, user_id, auth_method FROM sessions WHERE role_session_name = 'long-run'");
    expect(rows[0]).toMatchObject({ user_id: null, auth_method: 'WEB_IDENTITY' });
    expect(rows[0].context).toMatchObject({ [`${idp.host}:sub`]: 'user-1', [`${idp.host}:aud`]: idp.clientId });
  });

  test('a role trusting another provider refuses the token; after deleteOpenIdConnectProvider the provider is gone', async () => {
    // A trust policy may only name a provider that is registered (AWS: "Invalid principal in policy").
    const unregistered = `arn:aws:iam::${ACCOUNT}:oidc-provider/${stranger.host}`;
    const refused = await s.gql(
      CREATE_ROLE_ARN,
      {
        input: {
          roleName: uniqueName('other'),
          assumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Federated: unregistered }, Action: 'sts:AssumeRoleWithWebIdentity' }],
          }),
        },
      },
      admin,
    );
    expect(codeOf(refused)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(firstError(refused).message).toBe(`Invalid principal in policy: "Federated":"${unregistered}"`);

    const third = await OidcIssuer.start();
    try {
      const registered = await s.gql(CREATE_OIDC_PROVIDER_FOR_CLIENT, { u: third.url, c: third.clientId }, admin);
      const other = await createRole(uniqueName('other'), {
        Effect: 'Allow',
        Principal: { Federated: dataOf(registered).createOpenIdConnectProvider?.openIdConnectProviderArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
      });
      expect(codeOf(await federate(await idp.sign(), { roleArn: other }))).toBe('ACCESS_DENIED');
    } finally {
      await third.close();
    }

    const issuer = await OidcIssuer.start();
    try {
      const created = await s.gql(CREATE_OIDC_PROVIDER_FOR_CLIENT, { u: issuer.url, c: issuer.clientId }, admin);
      const arn = dataOf(created).createOpenIdConnectProvider?.openIdConnectProviderArn;
      const role = await createRole(uniqueName('gone'), {
        Effect: 'Allow',
        Principal: { Federated: arn },
        Action: 'sts:AssumeRoleWithWebIdentity',
      });
      expect((await federate(await issuer.sign(), { roleArn: role })).errors).toBeUndefined();
      await s.gql(DELETE_OPEN_ID_CONNECT_PROVIDER, { a: present(arn) }, admin);
      const after = await federate(await issuer.sign(), { roleArn: role });
      expect(codeOf(after)).toBe('INVALID_CREDENTIALS');
      const again = await s.gql(DELETE_OPEN_ID_CONNECT_PROVIDER, { a: present(arn) }, admin);
      expect(codeOf(again)).toBe('NO_SUCH_ENTITY');
    } finally {
      await issuer.close();
    }
  });
});

describe('oidc: insecure URLs are refused without IAM_ALLOW_INSECURE_OIDC', () => {
  test('http on loopback is BAD_USER_INPUT by default', async () => {
    const s = await startTestServer();
    try {
      const res = await s.gql(
        graphql(`
          mutation CreateOpenIdConnectProviderInOidcFederation4 {
            createOpenIdConnectProvider(input: { url: "http://127.0.0.1:9/x", clientIdList: ["a"] }) {
              openIdConnectProviderArn
            }
          }
        `),
        {},
        await s.adminToken(),
      );
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(firstError(res).message).toContain('https://');
    } finally {
      await s.close();
    }
  });
});
