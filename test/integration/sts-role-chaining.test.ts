import { graphql } from '../generated';
import { createUserWithLogin } from '../support/factories';
import { ACCOUNT, allowAll, iamFixtures, trustStatement } from '../support/iam-fixtures';
import { ATTACH_USER_POLICY_BY_INPUT, FIRST_USER_NAME,UPDATE_TRUST_POLICY } from '../support/operations';
import { codeOf, dataOf, firstError,present, useTestServer } from '../support/server';

/**
 * Role chaining and users with boundaries, against AWS's same-account rules for resource-based
 * policies ("Policy evaluation logic", resource-based policies; "AWS JSON policy elements:
 * Principal", IAM role principals): a trust policy naming the role ARN is limited by the caller's
 * permissions boundary and session policy; naming the session ARN (or the IAM user) grants past
 * implicit denies; naming the account needs the caller's own policies to allow sts:AssumeRole.
 */
const SIMULATE = graphql(`
  query SimulatePrincipalPolicyInStsRoleChaining($i: SimulatePrincipalPolicyInput!) {
    simulatePrincipalPolicy(input: $i) {
      evaluationResults {
        evalActionName
        evalResourceName
        evalDecision
        explanation
        matchedStatements {
          sourcePolicyType
          effect
        }
      }
    }
  }
`);

describe('sts: role chaining and boundaries follow AWS same-account rules', () => {
  const s = useTestServer();
  const f = iamFixtures(s);
  let admin: string;
  let getUserOnly: string;
  beforeAll(async () => {
    admin = await s.adminToken();
    getUserOnly = await f.createPolicy([allowAll('iam:GetUser')]);
  });

  const onlyGetUser = JSON.stringify({ Version: '2012-10-17', Statement: [allowAll('iam:GetUser')] });
  const listUsers = (token: string) => s.gql(FIRST_USER_NAME, {}, token);

  /** A user, a first role that trusts the user (with full STS rights), and its session. */
  async function firstHop(extra: { boundary?: string; sessionPolicy?: string } = {}) {
    const user = await createUserWithLogin(s);
    const r1 = await f.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]);
    await f.putRolePolicy(r1.roleName, [allowAll(['sts:AssumeRole', 'iam:*'])]);
    if (extra.boundary) await f.putRoleBoundary(r1.roleName, extra.boundary);
    const token = await f.session(user.token, {
      roleArn: r1.arn,
      roleSessionName: 'hop1',
      ...(extra.sessionPolicy ? { policy: extra.sessionPolicy } : {}),
    });
    return { user, r1, token, sessionArn: `arn:aws:sts::${ACCOUNT}:assumed-role/${r1.roleName}/hop1` };
  }

  /** A second role with IAM read rights, trusting `principal`. */
  async function secondRole(principal: unknown) {
    const r2 = await f.createRole([trustStatement(principal)]);
    await f.putRolePolicy(r2.roleName, [allowAll('iam:ListUsers')]);
    return r2;
  }

  test('a session policy allowing only iam:GetUser cannot chain into a role that trusts the role ARN', async () => {
    const hop = await firstHop({ sessionPolicy: onlyGetUser });
    expect(codeOf(await listUsers(hop.token))).toBe('ACCESS_DENIED');
    const r2 = await secondRole({ AWS: hop.r1.arn });
    const res = await f.assume(hop.token, { roleArn: r2.arn, roleSessionName: 'hop2' });
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(firstError(res).message).toBe(`User: ${hop.sessionArn} is not authorized to perform: sts:AssumeRole on resource: ${r2.arn}`);
  });

  test('a permissions boundary allowing only iam:GetUser cannot chain into a role that trusts the role ARN', async () => {
    const hop = await firstHop({ boundary: getUserOnly });
    const r2 = await secondRole({ AWS: hop.r1.arn });
    expect(codeOf(await f.assume(hop.token, { roleArn: r2.arn, roleSessionName: 'hop2' }))).toBe('ACCESS_DENIED');
  });

  test('naming the role ARN needs no identity Allow, only boundary and session policy Allows (BA-RA)', async () => {
    const user = await createUserWithLogin(s);
    const r1 = await f.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]);
    const token = await f.session(user.token, { roleArn: r1.arn });
    const r2 = await secondRole({ AWS: r1.arn });
    expect((await f.assume(token, { roleArn: r2.arn })).errors).toBeUndefined();
    // A session policy that allows sts:AssumeRole lets it through as well.
    const scoped = await f.session(user.token, {
      roleArn: r1.arn,
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [allowAll('sts:AssumeRole')] }),
    });
    expect((await f.assume(scoped, { roleArn: r2.arn })).errors).toBeUndefined();
  });

  test('naming the exact session ARN grants past the session policy; an explicit deny still refuses', async () => {
    const hop = await firstHop({ sessionPolicy: onlyGetUser });
    const r2 = await secondRole({ AWS: hop.sessionArn });
    const res = await f.assume(hop.token, { roleArn: r2.arn, roleSessionName: 'hop2' });
    expect(res.errors).toBeUndefined();
    expect((await listUsers(present(dataOf(res).assumeRole?.credentials.sessionToken))).errors).toBeUndefined();

    const denying = JSON.stringify({
      Version: '2012-10-17',
      Statement: [allowAll('iam:GetUser'), { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }],
    });
    const strict = await firstHop({ sessionPolicy: denying });
    const r3 = await secondRole({ AWS: strict.sessionArn });
    expect(codeOf(await f.assume(strict.token, { roleArn: r3.arn, roleSessionName: 'hop2' }))).toBe('ACCESS_DENIED');
  });

  // "AWS JSON policy elements: Principal": boundaries and session policies "do not limit permissions
  // granted using the aws:PrincipalArn condition key with a wildcard(*) in the Principal element,
  // unless the identity-based policies contain an explicit deny".
  test('a wildcard principal with an aws:PrincipalArn condition is not limited by a session policy; an explicit deny is', async () => {
    const hop = await firstHop({ sessionPolicy: onlyGetUser });
    const r2 = await secondRole('*');
    await f.ok(UPDATE_TRUST_POLICY, {
      i: {
        roleName: r2.roleName,
        policyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [trustStatement('*', { Condition: { ArnEquals: { 'aws:PrincipalArn': hop.r1.arn } } })],
        }),
      },
    });
    expect((await f.assume(hop.token, { roleArn: r2.arn, roleSessionName: 'hop2' })).errors).toBeUndefined();
    const other = await firstHop();
    expect(codeOf(await f.assume(other.token, { roleArn: r2.arn, roleSessionName: 'hop2' }))).toBe('ACCESS_DENIED');
    const denying = JSON.stringify({
      Version: '2012-10-17',
      Statement: [allowAll('iam:GetUser'), { Effect: 'Deny', Action: 'sts:*', Resource: '*' }],
    });
    const strict = await firstHop({ sessionPolicy: denying });
    const r3 = await secondRole('*');
    expect(codeOf(await f.assume(strict.token, { roleArn: r3.arn, roleSessionName: 'hop2' }))).toBe('ACCESS_DENIED');
  });

  test('naming only the account needs an identity Allow within the boundary and the session policy', async () => {
    const hop = await firstHop({ sessionPolicy: onlyGetUser });
    const r2 = await secondRole({ AWS: `arn:aws:iam::${ACCOUNT}:root` });
    expect(codeOf(await f.assume(hop.token, { roleArn: r2.arn, roleSessionName: 'hop2' }))).toBe('ACCESS_DENIED');
    const plain = await firstHop();
    expect((await f.assume(plain.token, { roleArn: r2.arn, roleSessionName: 'hop2' })).errors).toBeUndefined();
  });

  test('a user with a boundary: naming the user grants past the boundary (AWS), naming the account does not', async () => {
    const user = await createUserWithLogin(s);
    await f.putUserPolicy(user.userName, [allowAll('sts:AssumeRole')]);
    await f.putUserBoundary(user.userName, getUserOnly);
    const byName = await secondRole({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` });
    expect((await f.assume(user.token, { roleArn: byName.arn })).errors).toBeUndefined();
    const byAccount = await secondRole({ AWS: ACCOUNT });
    expect(codeOf(await f.assume(user.token, { roleArn: byAccount.arn }))).toBe('ACCESS_DENIED');
  });

  // "AWS JSON policy elements: NotPrincipal" and "Permissions boundaries for IAM entities".
  test('a trust Deny with NotPrincipal spares only callers all of whose identities it lists, and never one with a boundary', async () => {
    const user = await createUserWithLogin(s);
    const userArn = `arn:aws:iam::${ACCOUNT}:user/${user.userName}`;
    const denyOthers = (listed: string[]) => ({ Effect: 'Deny', NotPrincipal: { AWS: listed }, Action: 'sts:AssumeRole' });
    // Without the account ARN the Deny may apply to the whole account (AWS): it does, fail closed.
    const userOnly = await f.createRole([trustStatement({ AWS: userArn }), denyOthers([userArn])]);
    expect(codeOf(await f.assume(user.token, { roleArn: userOnly.arn }))).toBe('ACCESS_DENIED');
    const r = await f.createRole([trustStatement({ AWS: userArn }), denyOthers([userArn, `arn:aws:iam::${ACCOUNT}:root`])]);
    expect((await f.assume(user.token, { roleArn: r.arn })).errors).toBeUndefined();
    await f.putUserBoundary(user.userName, await f.createPolicy([allowAll('*')]));
    expect(codeOf(await f.assume(user.token, { roleArn: r.arn }))).toBe('ACCESS_DENIED');
  });

  describe('simulatePrincipalPolicy decides sts:AssumeRole on a role ARN as assumeRole does', () => {
    const simulate = async (policySourceArn: string, roleArn: string) => {
      const res = await s.gql(SIMULATE, { i: { policySourceArn, actionNames: ['sts:AssumeRole'], resourceArns: [roleArn] } }, admin);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return dataOf(res).simulatePrincipalPolicy?.evaluationResults[0];
    };

    test('a role that does not trust the caller: IMPLICIT_DENY, even with AdministratorAccess', async () => {
      const user = await createUserWithLogin(s);
      await f.ok(ATTACH_USER_POLICY_BY_INPUT, {
        i: { userName: user.userName, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      });
      const someoneElse = await createUserWithLogin(s);
      const other = await secondRole({ AWS: `arn:aws:iam::${ACCOUNT}:user/${someoneElse.userName}` });
      expect(codeOf(await f.assume(user.token, { roleArn: other.arn }))).toBe('ACCESS_DENIED');
      const result = await simulate(`arn:aws:iam::${ACCOUNT}:user/${user.userName}`, other.arn);
      expect(result?.evalDecision).toBe('IMPLICIT_DENY');
      expect(result?.explanation).toContain('trust policy');
    });

    test('a trust policy naming the role: ALLOWED without identity policy, IMPLICIT_DENY outside its boundary', async () => {
      const user = await createUserWithLogin(s);
      const r1 = await f.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]);
      const r2 = await secondRole({ AWS: r1.arn });
      const allowed = await simulate(r1.arn, r2.arn);
      expect(allowed?.evalDecision).toBe('ALLOWED');
      expect(allowed?.matchedStatements).toEqual([{ sourcePolicyType: 'RESOURCE', effect: 'Allow' }]);
      expect((await f.assume(await f.session(user.token, { roleArn: r1.arn }), { roleArn: r2.arn })).errors).toBeUndefined();

      await f.putRoleBoundary(r1.roleName, getUserOnly);
      expect((await simulate(r1.arn, r2.arn))?.evalDecision).toBe('IMPLICIT_DENY');
      expect(codeOf(await f.assume(await f.session(user.token, { roleArn: r1.arn }), { roleArn: r2.arn }))).toBe('ACCESS_DENIED');
    });

    test('a wildcard principal with an aws:PrincipalArn condition: the simulator sees the role as the API does', async () => {
      const user = await createUserWithLogin(s);
      const r1 = await f.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]);
      const r2 = await f.createRole([trustStatement('*', { Condition: { ArnEquals: { 'aws:PrincipalArn': r1.arn } } })]);
      await f.putRoleBoundary(r1.roleName, getUserOnly);
      expect((await simulate(r1.arn, r2.arn))?.evalDecision).toBe('ALLOWED');
      expect((await f.assume(await f.session(user.token, { roleArn: r1.arn }), { roleArn: r2.arn })).errors).toBeUndefined();
      const other = await f.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]);
      expect((await simulate(other.arn, r2.arn))?.evalDecision).toBe('IMPLICIT_DENY');
      expect(codeOf(await f.assume(await f.session(user.token, { roleArn: other.arn }), { roleArn: r2.arn }))).toBe('ACCESS_DENIED');
    });

    test('an explicit Deny in the trust policy is EXPLICIT_DENY; naming the account needs an identity Allow', async () => {
      const user = await createUserWithLogin(s);
      const userArn = `arn:aws:iam::${ACCOUNT}:user/${user.userName}`;
      const denied = await f.createRole([
        trustStatement({ AWS: userArn }),
        { Effect: 'Deny', Principal: { AWS: userArn }, Action: 'sts:AssumeRole' },
      ]);
      expect((await simulate(userArn, denied.arn))?.evalDecision).toBe('EXPLICIT_DENY');
      const byAccount = await secondRole({ AWS: ACCOUNT });
      expect((await simulate(userArn, byAccount.arn))?.evalDecision).toBe('IMPLICIT_DENY');
      await f.putUserPolicy(user.userName, [allowAll('sts:AssumeRole')]);
      expect((await simulate(userArn, byAccount.arn))?.evalDecision).toBe('ALLOWED');
      expect((await f.assume(user.token, { roleArn: byAccount.arn })).errors).toBeUndefined();
    });
  });
});
