import { graphql } from '../generated';
import { createUserWithLogin } from '../support/factories';
import { ACCOUNT, iamFixtures, policyDoc, trustStatement } from '../support/iam-fixtures';
import { CREATE_ROLE_NAME, DELETE_OPEN_ID_CONNECT_PROVIDER, ROLE_ARN, UPDATE_ROLE_NAME } from '../support/operations';
import { codeOf, present, useTestServer } from '../support/server';

/**
 * Every STS and roles input is bounded as AWS bounds it (AssumeRole, AssumeRoleWithWebIdentity,
 * CreateRole, GetRole, DeleteOpenIDConnectProvider API references), and a refused input does not
 * reach the audit log whole.
 */
describe('sts and roles: inputs are bounded', () => {
  const s = useTestServer();
  const f = iamFixtures(s);
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });

  const fieldOf = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions;

  test('assumeRole: roleArn (20 to 2,048), serialNumber (9 to 256), tokenCode (6 digits), policy (2,048)', async () => {
    const user = await createUserWithLogin(s);
    const role = await f.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]);
    const long = `arn:aws:iam::${ACCOUNT}:role/${'r'.repeat(3000)}`;
    expect(fieldOf(await f.assume(user.token, { roleArn: long }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleArn' });
    expect(fieldOf(await f.assume(user.token, { roleArn: 'arn:aws:iam::1:role' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roleArn',
    });
    expect(
      fieldOf(
        await f.assume(user.token, {
          roleArn: role.arn,
          serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/${'m'.repeat(300)}`,
          tokenCode: '123456',
        }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'serialNumber',
    });
    expect(
      fieldOf(
        await f.assume(user.token, { roleArn: role.arn, serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/x-phone`, tokenCode: 'x'.repeat(5000) }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'tokenCode',
    });
    const bigPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::*:user/' + 'x'.repeat(2100) }],
    });
    expect(fieldOf(await f.assume(user.token, { roleArn: role.arn, policy: bigPolicy }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'policy',
    });
    const events = await f.ok(
      graphql(`
        query AuditEventsInStsInputBounds($p: String) {
          auditEvents(principalArn: $p, action: "sts:AssumeRole") {
            edges {
              node {
                resourceArn
                outcome
              }
            }
          }
        }
      `),
      {
        p: `arn:aws:iam::${ACCOUNT}:user/${user.userName}`,
      },
    );
    for (const e of present(events.auditEvents).edges) expect((e.node.resourceArn ?? '').length).toBeLessThanOrEqual(2048);
  });

  test('assumeRoleWithWebIdentity: roleArn is bounded before the token is looked at', async () => {
    const res = await s.gql(
      graphql(`
        mutation AssumeRoleWithWebIdentityInStsInputBounds($i: AssumeRoleWithWebIdentityInput!) {
          assumeRoleWithWebIdentity(input: $i) {
            assumedRoleUser {
              arn
            }
          }
        }
      `),
      {
        i: { roleArn: `arn:aws:iam::${ACCOUNT}:role/${'r'.repeat(3000)}`, roleSessionName: 'ci', webIdentityToken: 'a.b.c' },
      },
    );
    expect(fieldOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleArn' });
  });

  test('roles: a trust policy is at most 131,072 characters; role names at most 64', async () => {
    const padded = policyDoc([trustStatement({ Service: 'ec2.amazonaws.com' })]).replace('{', '{' + ' '.repeat(140000));
    const created = await s.gql(CREATE_ROLE_NAME, { i: { roleName: 'padded', assumeRolePolicyDocument: padded } }, admin);
    expect(fieldOf(created)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assumeRolePolicyDocument' });
    const read = await s.gql(ROLE_ARN, { n: 'r'.repeat(5000) }, admin);
    expect(fieldOf(read)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleName' });
    const upd = await s.gql(UPDATE_ROLE_NAME, { i: { roleName: 'r'.repeat(65), description: 'x' } }, admin);
    expect(fieldOf(upd)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleName' });
  });

  test('deleteOpenIdConnectProvider: the ARN is at most 2,048 characters', async () => {
    const res = await s.gql(
      DELETE_OPEN_ID_CONNECT_PROVIDER,
      {
        a: `arn:aws:iam::${ACCOUNT}:oidc-provider/${'h'.repeat(3000)}`,
      },
      admin,
    );
    expect(fieldOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openIdConnectProviderArn' });
  });

  test('a malformed name is a validation error for every caller, as AWS answers it (it reveals nothing)', async () => {
    const user = await createUserWithLogin(s);
    expect(codeOf(await s.gql(ROLE_ARN, { n: 'r'.repeat(65) }, user.token))).toBe('BAD_USER_INPUT');
  });
});
