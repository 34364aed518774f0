import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from '../generated';
import { createUserWithLogin, strongPassword, uniqueName } from '../support/factories';
import { ACCOUNT, iamFixtures, policyDoc, trustStatement } from '../support/iam-fixtures';
import {
  CREATE_LOGIN_PROFILE,
  CREATE_ROLE_NAME,
  DELETE_LOGIN_PROFILE_BY_INPUT,
  DELETE_ROLE_BY_INPUT,
  DELETE_USER_BY_INPUT,
  LOGIN_SESSION,
  ME,
  ROLE_TRUST_POLICY,
  UPDATE_TRUST_POLICY,
} from '../support/operations';
import { codeOf, createTestDatabase, dataOf, findingsOf, firstError,present, startTestServer, useTestServer } from '../support/server';

/**
 * "AWS JSON policy elements: Principal": an ARN of a user or role in a trust policy transforms to
 * the principal's unique id when the policy is saved; a principal that does not exist is refused;
 * once the principal is deleted the policy shows its unique id, and a new principal of the same
 * name is not trusted.
 */
describe('trust policies trust identities, not names', () => {
  const s = useTestServer();
  const f = iamFixtures(s);
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });

  const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
  const trustDoc = async (roleName: string) => (await f.ok(ROLE_TRUST_POLICY, { n: roleName }))?.role?.assumeRolePolicyDocument as string;
  const principalsOf = (doc: string) =>
    (JSON.parse(doc) as { Statement: Array<{ Principal?: { AWS?: unknown }; NotPrincipal?: { AWS?: unknown } }> }).Statement.map(
      (st) => st.Principal?.AWS ?? st.NotPrincipal?.AWS,
    );
  const rename = (userName: string, newUserName: string) =>
    f.ok(
      graphql(`
        mutation UpdateUserInTrustIdentities($i: UpdateUserInput!) {
          updateUser(input: $i) {
            user {
              userName
            }
          }
        }
      `),
      { i: { userName, newUserName } },
    );
  const login = async (userName: string, password: string) => {
    const res = await s.gql(LOGIN_SESSION, { u: userName, p: password });
    return dataOf(res).login?.session?.token as string;
  };
  async function deleteUser(userName: string) {
    await f.ok(DELETE_LOGIN_PROFILE_BY_INPUT, { i: { userName } });
    await f.ok(DELETE_USER_BY_INPUT, { i: { userName } });
  }
  async function withLogin(userName: string) {
    await f.ok(
      graphql(`
        mutation CreateUserInTrustIdentities($i: CreateUserInput!) {
          createUser(input: $i) {
            user {
              userName
            }
          }
        }
      `),
      { i: { userName } },
    );
    const password = strongPassword();
    await f.ok(CREATE_LOGIN_PROFILE, { i: { userName, password } });
    return { userName, password, token: await login(userName, password) };
  }

  test('a renamed user keeps the trust (shown under the new ARN); another user renamed to the old name gets none', async () => {
    const bob = await createUserWithLogin(s, uniqueName('bob'));
    const mallory = await createUserWithLogin(s, uniqueName('mallory'));
    const role = await f.createRole([trustStatement({ AWS: userArn(bob.userName) })]);
    expect((await f.assume(bob.token, { roleArn: role.arn })).errors).toBeUndefined();

    const robert = uniqueName('robert');
    await rename(bob.userName, robert);
    await rename(mallory.userName, bob.userName);
    const malloryToken = await login(bob.userName, mallory.password);
    const stolen = await f.assume(malloryToken, { roleArn: role.arn });
    expect(codeOf(stolen)).toBe('ACCESS_DENIED');
    const robertToken = await login(robert, bob.password);
    expect((await f.assume(robertToken, { roleArn: role.arn })).errors).toBeUndefined();
    expect(principalsOf(await trustDoc(role.roleName))).toEqual([userArn(robert)]);
  });

  test('a user deleted and re-created under the same name is not trusted; the policy shows the old unique id', async () => {
    const name = uniqueName('carol');
    const carol = await withLogin(name);
    const { userId } = (
      await f.ok(
        graphql(`
          query UserInTrustIdentities($n: String!) {
            user(userName: $n) {
              userId
            }
          }
        `),
        { n: name },
      )
    ).user ?? { userId: null };
    const doc = policyDoc([trustStatement({ AWS: userArn(name) })]);
    const role = await f.createRole(JSON.parse(doc).Statement);
    expect(await trustDoc(role.roleName)).toBe(doc);
    expect((await f.assume(carol.token, { roleArn: role.arn })).errors).toBeUndefined();

    await deleteUser(name);
    expect(principalsOf(await trustDoc(role.roleName))).toEqual([userId]);
    const impostor = await withLogin(name);
    expect(codeOf(await f.assume(impostor.token, { roleArn: role.arn }))).toBe('ACCESS_DENIED');
    // Saving the ARN again trusts the new user (AWS: "you must edit the role ... to replace the principal ID").
    await f.ok(UPDATE_TRUST_POLICY, { i: { roleName: role.roleName, policyDocument: doc } });
    expect((await f.assume(impostor.token, { roleArn: role.arn })).errors).toBeUndefined();
  });

  test('a role deleted and re-created under the same name inherits neither trust nor sessions', async () => {
    const user = await createUserWithLogin(s);
    const r1 = await f.createRole([trustStatement({ AWS: userArn(user.userName) })]);
    const r2 = await f.createRole([
      trustStatement({ AWS: r1.arn }),
      trustStatement({ AWS: `arn:aws:sts::${ACCOUNT}:assumed-role/${r1.roleName}/fixed` }),
    ]);
    const oldSession = await f.session(user.token, { roleArn: r1.arn, roleSessionName: 'fixed' });
    expect((await f.assume(oldSession, { roleArn: r2.arn })).errors).toBeUndefined();

    await f.ok(DELETE_ROLE_BY_INPUT, { i: { roleName: r1.roleName } });
    expect(principalsOf(await trustDoc(r2.roleName))).toEqual([r1.roleId, `${r1.roleId}:fixed`]);
    expect(codeOf(await s.gql(ME, {}, oldSession))).toBe('UNAUTHENTICATED');

    const again = await f.ok(
      graphql(`
        mutation CreateRoleInTrustIdentities($i: CreateRoleInput!) {
          createRole(input: $i) {
            role {
              roleId
              arn
            }
          }
        }
      `),
      {
        i: { roleName: r1.roleName, assumeRolePolicyDocument: policyDoc([trustStatement({ AWS: userArn(user.userName) })]) },
      },
    );
    expect(again?.createRole?.role.roleId).not.toBe(r1.roleId);
    const newSession = await f.session(user.token, { roleArn: r1.arn, roleSessionName: 'fixed' });
    expect(codeOf(await f.assume(newSession, { roleArn: r2.arn }))).toBe('ACCESS_DENIED');
  });

  test('a principal that does not exist, or names a user with other letter case, is MALFORMED_POLICY_DOCUMENT', async () => {
    const user = await createUserWithLogin(s);
    const create = (principal: unknown) =>
      s.gql(
        CREATE_ROLE_NAME,
        { i: { roleName: uniqueName('r'), assumeRolePolicyDocument: policyDoc([trustStatement(principal)]) } },
        admin,
      );
    for (const ghost of [
      userArn(`ghost-${user.userName}`),
      userArn(user.userName.toUpperCase()),
      `arn:aws:iam::${ACCOUNT}:role/no-such-role`,
      `arn:aws:sts::${ACCOUNT}:assumed-role/no-such-role/s1`,
      'arn:aws:iam::111122223333:user/elsewhere',
    ]) {
      const res = await create({ AWS: [userArn(user.userName), ghost] });
      expect(codeOf(res)).toBe('MALFORMED_POLICY_DOCUMENT');
      expect(firstError(res).message).toBe(`Invalid principal in policy: "AWS":"${ghost}"`);
      expect(findingsOf(res)).toEqual([expect.objectContaining({ path: '$.Statement[0].Principal.AWS[1]' })]);
    }
    const role = await f.createRole([trustStatement({ AWS: userArn(user.userName) })]);
    const upd = await s.gql(
      UPDATE_TRUST_POLICY,
      {
        i: { roleName: role.roleName, policyDocument: policyDoc([trustStatement({ AWS: userArn(`ghost-${user.userName}`) })]) },
      },
      admin,
    );
    expect(codeOf(upd)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(principalsOf(await trustDoc(role.roleName))).toEqual([userArn(user.userName)]);
    // Accounts, services and the wildcard name no IAM identity: they are accepted as written.
    expect((await create({ AWS: [ACCOUNT, `arn:aws:iam::${ACCOUNT}:root`, '*'], Service: 'ec2.amazonaws.com' })).errors).toBeUndefined();
  });

  test('wildcards in a principal ARN are refused, as AWS refuses them', async () => {
    for (const value of [
      `arn:aws:iam::${ACCOUNT}:user/*`,
      `arn:aws:iam::${ACCOUNT}:role/ops-*`,
      `arn:aws:sts::${ACCOUNT}:assumed-role/ops/*`,
      'arn:aws:iam::*:root',
    ]) {
      const res = await s.gql(
        CREATE_ROLE_NAME,
        { i: { roleName: uniqueName('w'), assumeRolePolicyDocument: policyDoc([trustStatement({ AWS: value })]) } },
        admin,
      );
      expect(codeOf(res)).toBe('MALFORMED_POLICY_DOCUMENT');
      expect(firstError(res).message).toBe(`Invalid principal in policy: "AWS":"${value}"`);
    }
  });

  test('validatePolicy warns on "AWS": "*" and on NotPrincipal with Allow in trust policies', async () => {
    const validate = async (statements: Array<Record<string, unknown>>) =>
      (
        await f.ok(
          graphql(`
            query ValidatePolicyInTrustIdentities($d: String!) {
              validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {
                valid
                findings {
                  findingType
                  issueCode
                  path
                }
              }
            }
          `),
          { d: policyDoc(statements) },
        )
      ).validatePolicy;
    const anyAws = await validate([trustStatement({ AWS: '*' }, { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-123' } } })]);
    expect(anyAws?.valid).toBe(true);
    expect(anyAws?.findings).toContainEqual({
      findingType: 'WARNING',
      issueCode: 'TRUST_ANY_AWS_PRINCIPAL',
      path: '$.Statement[0].Principal.AWS',
    });
    const notPrincipal = await validate([{ Effect: 'Allow', NotPrincipal: { AWS: userArn('x') }, Action: 'sts:AssumeRole' }]);
    expect(notPrincipal?.findings).toContainEqual({
      findingType: 'WARNING',
      issueCode: 'ALLOW_WITH_NOT_PRINCIPAL',
      path: '$.Statement[0].NotPrincipal',
    });
    const named = await validate([trustStatement({ AWS: userArn('x') })]);
    expect(named?.findings.filter((x) => x.findingType === 'WARNING')).toEqual([]);
  });
});

describe('trust policies saved before unique ids were kept', () => {
  test('are resolved to unique ids at start; until then, and for names that no longer exist, they trust nobody', async () => {
    const db = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'iam-trust-'));
    const env = { IAM_BOOTSTRAP_ADMIN_PASSWORD: strongPassword(), ...(db ? {} : { IAM_DATA_DIR: dir }) };
    const shared = db ? { databaseUrl: db.url } : undefined;
    try {
      const first = await startTestServer(env, shared);
      const admin = await first.adminToken();
      const f = iamFixtures(first, () => admin);
      const user = await createUserWithLogin(first);
      const ghost = await createUserWithLogin(first);
      const role = await f.createRole([
        trustStatement({ AWS: [`arn:aws:iam::${ACCOUNT}:user/${user.userName}`, `arn:aws:iam::${ACCOUNT}:user/${ghost.userName}`] }),
      ]);
      // As an older version stored it: the document only.
      await first.app.dataSource.query('UPDATE roles SET trust_principal_ids = NULL WHERE role_name = $1', [role.roleName]);
      expect(codeOf(await f.assume(user.token, { roleArn: role.arn }))).toBe('ACCESS_DENIED');
      await f.ok(DELETE_LOGIN_PROFILE_BY_INPUT, { i: { userName: ghost.userName } });
      await f.ok(DELETE_USER_BY_INPUT, { i: { userName: ghost.userName } });
      await first.app.close();

      const second = await startTestServer(env, shared);
      const after = iamFixtures(second, () => '');
      const login = await second.gql(LOGIN_SESSION, { u: user.userName, p: user.password });
      expect((await after.assume(present(dataOf(login).login?.session?.token), { roleArn: role.arn })).errors).toBeUndefined();
      const rows = await second.app.dataSource.query('SELECT trust_principal_ids FROM roles WHERE role_name = $1', [role.roleName]);
      expect(Object.keys(rows[0].trust_principal_ids)).toEqual([`arn:aws:iam::${ACCOUNT}:user/${user.userName}`]);
      await second.app.close();
    } finally {
      await db?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
