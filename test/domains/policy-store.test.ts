import { UnitOfWork } from '../../src/kernel/unit-of-work';
import type { Services } from '../../src/services';
import { domainServices, openTestDatabase, type TestDatabase } from '../support/database';

/** The policy store as a unit: what applies to a principal, and where each statement comes from. */
describe("policy-store domain: a principal's policy set", () => {
  let db: TestDatabase;
  let s: Services;
  beforeAll(async () => {
    db = await openTestDatabase();
    s = domainServices(db);
  });
  afterAll(async () => db.close());

  const allow = (action: string) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

  test("a user's set has its own policies and its groups', and a new membership is seen at once", async () => {
    const em = db.dataSource.manager;
    const user = await s.users.create(em, { userName: 'ola' });
    const group = await s.groups.create(em, { groupName: 'readers' });
    await db.dataSource.transaction((tx) => s.policyStore.putInline(tx, { type: 'USER', id: user.id }, 'own', allow('iam:GetUser')));
    await db.dataSource.transaction((tx) => s.policyStore.putInline(tx, { type: 'GROUP', id: group.id }, 'read', allow('iam:List*')));
    const before = await s.policyStore.effectivePermissions(new UnitOfWork(em), { type: 'USER', id: user.id });
    expect(before.statements.map((st) => st.source.policyName)).toEqual(['own']);
    await db.dataSource.transaction((tx) => s.groups.addUser(tx, group, user));
    const after = await s.policyStore.effectivePermissions(new UnitOfWork(em), { type: 'USER', id: user.id });
    expect(after.statements.map((st) => [st.source.policyName, st.source.viaGroup])).toEqual([
      ['own', null],
      ['read', 'readers'],
    ]);
  });

  test('one managed policy attached to two groups is compiled once, and each member names its own group', async () => {
    const em = db.dataSource.manager;
    const policy = await db.dataSource.transaction((tx) =>
      s.managedPolicies.create(tx, { policyName: 'shared-read', policyDocument: allow('s3:GetObject') }),
    );
    const members: Array<{ id: string; group: string }> = [];
    for (const groupName of ['red', 'blue']) {
      const group = await s.groups.create(em, { groupName });
      const user = await s.users.create(em, { userName: `${groupName}-member` });
      await db.dataSource.transaction(async (tx) => {
        await s.policyStore.attach(tx, { type: 'GROUP', id: group.id }, policy.arn);
        await s.groups.addUser(tx, group, user);
      });
      members.push({ id: user.id, group: groupName });
    }
    const sets = [];
    for (const { id, group } of members) {
      const ref = { type: 'USER' as const, id };
      const view = await s.policyStore.effectivePermissions(new UnitOfWork(em), ref);
      expect(view.statements.map((st) => [st.policySource.policyArn, st.policySource.viaGroup, st.source.viaGroup])).toEqual([
        [policy.arn, group, group],
      ]);
      sets.push(await s.policyStore.policySet(new UnitOfWork(em), ref));
    }
    // Shared: the compiled document is the same object in both members' sets.
    expect(sets[0]!.identity[0]).toBe(sets[1]!.identity[0]);
  });
});
