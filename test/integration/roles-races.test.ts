import { Client } from 'pg';
import { createUserWithLogin } from '../support/factories';
import { ACCOUNT, iamFixtures, policyDoc, trustStatement } from '../support/iam-fixtures';
import { codeOf, type GqlResponse, startTestServer, type TestServer } from '../support/server';

/**
 * assumeRole against changes of the same role: a trust-policy change followed by "revoke active
 * sessions", or a deletion, must leave no working session issued under the old state, whatever
 * the interleaving. The role row is locked before it is read (share for assumeRole, update for
 * the changes). On PGlite transactions are serialized; on PostgreSQL the second block forces the
 * interleaving that used to leak a session: assumeRole has read the role and waits, meanwhile
 * the role changes and commits.
 */
describe('roles under concurrent assumeRole', () => {
  let s: TestServer;
  let admin: string;
  let f: ReturnType<typeof iamFixtures>;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
    f = iamFixtures(s, () => admin);
  });
  afterAll(async () => {
    await s.close();
  });

  const works = async (token: string) => (await s.gql('{ me { arn } }', {}, token)).errors === undefined;
  const tokensOf = (results: GqlResponse<any>[]) => results.filter((r) => !r.errors).map((r) => r.data.assumeRole.credentials.sessionToken as string);
  const untrust = (roleName: string) =>
    f.ok('mutation($i: UpdateAssumeRolePolicyInput!) { updateAssumeRolePolicy(input: $i) { role { roleName } } }', {
      i: { roleName, policyDocument: policyDoc([trustStatement({ Service: 'ec2.amazonaws.com' })]) },
    });
  const revoke = (roleName: string) => f.ok('mutation($n: String!) { revokeRoleSessions(input: {roleName: $n}) { revokedCount } }', { n: roleName });
  const deleteRole = (roleName: string) => f.ok('mutation($i: DeleteRoleInput!) { deleteRole(input: $i) { roleName } }', { i: { roleName } });

  async function trustedRole() {
    const user = await createUserWithLogin(s);
    const role = await f.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })]);
    return { user, role };
  }

  test('assumeRole bursts during a trust change and revocation leave no working session', async () => {
    for (let round = 0; round < 3; round++) {
      const { user, role } = await trustedRole();
      const burst = Array.from({ length: 12 }, (_, i) => f.assume(user.token, { roleArn: role.arn, roleSessionName: `b${i}` }));
      await untrust(role.roleName);
      await revoke(role.roleName);
      const tokens = tokensOf(await Promise.all(burst));
      for (const t of tokens) expect(await works(t)).toBe(false);
      expect(codeOf(await f.assume(user.token, { roleArn: role.arn }))).toBe('ACCESS_DENIED');
    }
  });

  test('assumeRole bursts during deleteRole leave no session behind, and a new role of the same name inherits none', async () => {
    const { user, role } = await trustedRole();
    const burst = Array.from({ length: 12 }, (_, i) => f.assume(user.token, { roleArn: role.arn, roleSessionName: `d${i}` }));
    await deleteRole(role.roleName);
    const tokens = tokensOf(await Promise.all(burst));
    await f.createRole([trustStatement({ AWS: `arn:aws:iam::${ACCOUNT}:user/${user.userName}` })], { roleName: role.roleName });
    for (const t of tokens) expect(await works(t)).toBe(false);
    const orphans = await s.app.dataSource.query('SELECT count(*)::int AS n FROM sessions WHERE role_id IS NOT NULL AND role_id NOT IN (SELECT id FROM roles)');
    expect(orphans[0].n).toBe(0);
  });

  test("assumeRole bursts during revokeUserSessions leave no working session of the user", async () => {
    const { user, role } = await trustedRole();
    const burst = Array.from({ length: 12 }, (_, i) => f.assume(user.token, { roleArn: role.arn, roleSessionName: `u${i}` }));
    await f.ok('mutation($n: String!) { revokeUserSessions(input: {userName: $n}) { revokedCount } }', { n: user.userName });
    const tokens = tokensOf(await Promise.all(burst));
    for (const t of tokens) expect(await works(t)).toBe(false);
  });

  test('concurrent updateRole calls on different fields both take effect', async () => {
    const { role } = await trustedRole();
    const update = (i: Record<string, unknown>) => f.ok('mutation($i: UpdateRoleInput!) { updateRole(input: $i) { role { roleName } } }', { i: { roleName: role.roleName, ...i } });
    await Promise.all(Array.from({ length: 10 }, (_, k) => [update({ description: `d${k}` }), update({ maxSessionDuration: 3600 + 60 * (k + 1) })]).flat());
    await Promise.all([update({ description: 'final words' }), update({ maxSessionDuration: 43200 })]);
    const read = await f.ok('query($n: String!) { role(roleName: $n) { description maxSessionDuration } }', { n: role.roleName });
    expect(read.role).toEqual({ description: 'final words', maxSessionDuration: 43200 });
  });

  test('concurrent deleteOpenIdConnectProvider calls: one deletes, the others find nothing', async () => {
    const arn = (await f.ok('mutation { createOpenIdConnectProvider(input: {url: "https://idp.example.org/race", clientIdList: ["a"]}) { openIdConnectProviderArn } }')).createOpenIdConnectProvider.openIdConnectProviderArn;
    const results = await Promise.all(Array.from({ length: 6 }, () => s.gql('mutation($a: String!) { deleteOpenIdConnectProvider(input: {openIdConnectProviderArn: $a}) { openIdConnectProviderArn } }', { a: arn }, admin)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'NO_SUCH_ENTITY')).toHaveLength(5);
  });

  const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;
  onPostgres('PostgreSQL: assumeRole has read the role and waits while the role changes', () => {
    let blocker: Client;
    beforeEach(async () => {
      blocker = new Client({ connectionString: s.databaseUrl! });
      await blocker.connect();
    });
    afterEach(async () => {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    });

    const waitingOnLocks = async () =>
      (await blocker.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0].n as number;
    async function until(condition: () => Promise<boolean>) {
      while (!(await condition())) await new Promise((r) => setImmediate(r));
    }

    /**
     * Starts assumeRole while the caller's policies cannot be read (a test transaction holds an
     * exclusive lock on inline_policies), so that it stops after reading the role; runs `change`
     * meanwhile, until it is done or itself waits on a lock; then lets everything finish.
     */
    async function interleave(token: string, roleArn: string, change: () => Promise<unknown>) {
      // The administrator's policies come from the cache (a query outside a transaction fills
      // it), so that only the caller's reading blocks.
      await s.gql('{ roles(first: 1) { edges { node { roleName } } } }', {}, admin);
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE inline_policies IN ACCESS EXCLUSIVE MODE');
      const assumed = f.assume(token, { roleArn, roleSessionName: 'raced' });
      await until(async () => (await waitingOnLocks()) >= 1);
      let done = false;
      const changed = change().then(() => (done = true));
      await until(async () => done || (await waitingOnLocks()) >= 2);
      await blocker.query('COMMIT');
      const [res] = await Promise.all([assumed, changed]);
      return res;
    }

    test('a session assumed under a trust policy that is then replaced and revoked does not work', async () => {
      const { user, role } = await trustedRole();
      const res = await interleave(user.token, role.arn, async () => {
        await untrust(role.roleName);
        await revoke(role.roleName);
      });
      if (!res.errors) expect(await works(res.data.assumeRole.credentials.sessionToken)).toBe(false);
      expect(codeOf(await f.assume(user.token, { roleArn: role.arn }))).toBe('ACCESS_DENIED');
    });

    test('a role session revoked while it assumes another role gets no session from it', async () => {
      const { user, role: r1 } = await trustedRole();
      const r2 = await f.createRole([trustStatement({ AWS: r1.arn })]);
      const hop = await f.session(user.token, { roleArn: r1.arn, roleSessionName: 'hop1' });
      const res = await interleave(hop, r2.arn, () => revoke(r1.roleName));
      if (!res.errors) expect(await works(res.data.assumeRole.credentials.sessionToken)).toBe(false);
      else expect(codeOf(res)).toBe('ACCESS_DENIED');
    });

    test("a user's sessions revoked while the user assumes a role leave no session from it", async () => {
      const { user, role } = await trustedRole();
      const revokeUser = () => f.ok('mutation($n: String!) { revokeUserSessions(input: {userName: $n}) { revokedCount } }', { n: user.userName });
      const res = await interleave(user.token, role.arn, revokeUser);
      if (!res.errors) expect(await works(res.data.assumeRole.credentials.sessionToken)).toBe(false);
      else expect(codeOf(res)).toBe('ACCESS_DENIED');
    });

    test('a session assumed while its role is deleted is deleted with it', async () => {
      const { user, role } = await trustedRole();
      const res = await interleave(user.token, role.arn, () => deleteRole(role.roleName));
      if (!res.errors) expect(await works(res.data.assumeRole.credentials.sessionToken)).toBe(false);
      const orphans = await s.app.dataSource.query('SELECT count(*)::int AS n FROM sessions WHERE role_id IS NOT NULL AND role_id NOT IN (SELECT id FROM roles)');
      expect(orphans[0].n).toBe(0);
    });
  });
});
