import { graphql } from '../generated';
import { uniqueName } from '../support/factories';
import { OidcIssuer } from '../support/oidc-issuer';
import { CREATE_OIDC_PROVIDER_FOR_CLIENT, CREATE_ROLE, DELETE_OPEN_ID_CONNECT_PROVIDER, FIRST_USER_NAME } from '../support/operations';
import { codeOf, dataOf, firstError,present, useTestServer } from '../support/server';

const FEDERATE = graphql(`
  mutation AssumeRoleWithWebIdentityInOidcSlowIssuer($input: AssumeRoleWithWebIdentityInput!) {
    assumeRoleWithWebIdentity(input: $input) {
      credentials {
        sessionToken
      }
      assumedRoleUser {
        arn
      }
    }
  }
`);

/**
 * An anonymous assumeRoleWithWebIdentity whose identity provider is slow must not hold a
 * database transaction while it waits: the token is verified before the transaction begins. On
 * embedded PGlite (one session) a transaction held meanwhile stalled every other request; on
 * PostgreSQL more stalled calls than the pool has connections do the same.
 */
describe('oidc: a slow identity provider holds no database transaction', () => {
  const s = useTestServer({ IAM_ALLOW_INSECURE_OIDC: '1' });
  let admin: string;
  let issuer: OidcIssuer;
  let roleArn: string;
  let deletableArn: string;
  beforeAll(async () => {
    admin = await s.adminToken();
    issuer = await OidcIssuer.start();
    const created = await s.gql(CREATE_OIDC_PROVIDER_FOR_CLIENT, { u: issuer.url, c: issuer.clientId }, admin);
    deletableArn = present(dataOf(created).createOpenIdConnectProvider?.openIdConnectProviderArn);
    const role = await s.gql(
      CREATE_ROLE,
      {
        i: {
          roleName: uniqueName('ci'),
          assumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Federated: deletableArn }, Action: 'sts:AssumeRoleWithWebIdentity' }],
          }),
        },
      },
      admin,
    );
    roleArn = present(dataOf(role).createRole?.role.arn);
  });
  afterAll(async () => {
    await issuer.close();
  });

  const federate = async (token: string) => s.gql(FEDERATE, { input: { roleArn, roleSessionName: 'ci', webIdentityToken: token } });

  test('while the provider stalls, other requests (reads and mutations) complete first', async () => {
    const stall = issuer.stall();
    const token = await issuer.sign();
    // More stalled federations than PostgreSQL's pool has connections (10).
    const federations = Promise.all(Array.from({ length: 12 }, () => federate(token)));
    await stall.requested;
    const others = Promise.all([
      s.gql(
        graphql(`
          mutation CreateUserInOidcSlowIssuer($n: String!) {
            createUser(input: { userName: $n }) {
              user {
                userName
              }
            }
          }
        `),
        { n: uniqueName('meanwhile') },
        admin,
      ),
      s.gql(FIRST_USER_NAME, {}, admin),
    ]);
    const first = await Promise.race([others.then(() => 'others'), federations.then(() => 'federations')]);
    stall.release();
    const [done, fed] = await Promise.all([others, federations]);
    expect(first).toBe('others');
    for (const r of done) expect(r.errors).toBeUndefined();
    for (const r of fed) expect(r.errors).toBeUndefined();
  });

  test('a provider deleted while its token was being verified no longer admits it', async () => {
    const stall = issuer.stall();
    // A key the cache lacks: the verification fetches the keys again (and stalls).
    await issuer.rotate('ES256');
    const pending = federate(await issuer.sign({}, { alg: 'ES256' }));
    await stall.requested;
    const del = await s.gql(DELETE_OPEN_ID_CONNECT_PROVIDER, { a: deletableArn }, admin);
    expect(del.errors).toBeUndefined();
    stall.release();
    const res = await pending;
    expect(codeOf(res)).toBe('INVALID_CREDENTIALS');
    expect(firstError(res).message).toContain('No OpenIDConnect provider found');
  });
});
