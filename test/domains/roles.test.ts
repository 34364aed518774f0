import { UnitOfWork } from '../../src/kernel/unit-of-work';
import type { Services } from '../../src/services';
import { domainServices, openTestDatabase, signedInCaller, type TestDatabase } from '../support/database';

/** Roles and STS as a unit: a trust policy that names a user lets that user, and nobody else, assume the role. */
describe('roles domain: assumeRole', () => {
  let db: TestDatabase;
  let s: Services;
  beforeAll(async () => {
    db = await openTestDatabase();
    s = domainServices(db);
  });
  afterAll(async () => db.close());

  test('the trusted user gets a role session; another user is refused', async () => {
    const em = db.dataSource.manager;
    const trusted = await s.users.create(em, { userName: 'tia' });
    const other = await s.users.create(em, { userName: 'uma' });
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: s.users.userArn(trusted) }, Action: 'sts:AssumeRole' }],
    });
    const role = await db.dataSource.transaction((tx) => s.roles.create(tx, { roleName: 'deployer', assumeRolePolicyDocument: trust }));
    const input = { roleArn: s.roles.roleArn(role), roleSessionName: 'ci-run' };
    const assume = async (userCaller: Awaited<ReturnType<typeof signedInCaller>>) =>
      db.dataSource.transaction((tx) => s.sts.assumeRole(new UnitOfWork(tx), userCaller, userCaller.principal!, input, null));
    const result = await assume(await signedInCaller(db, s, trusted));
    expect(result.assumedRoleUser.arn).toBe('arn:aws:sts::000000000000:assumed-role/deployer/ci-run');
    const session = await s.sessions.authenticate(em, result.credentials.sessionToken);
    const principal = await s.principals.resolve(new UnitOfWork(em), session!);
    expect(principal).toMatchObject({ kind: 'ROLE', roleName: 'deployer', roleSessionName: 'ci-run' });
    await expect(assume(await signedInCaller(db, s, other))).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
  });
});
