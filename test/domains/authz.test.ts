import { UnitOfWork } from '../../src/kernel/unit-of-work';
import type { Services } from '../../src/services';
import { domainServices, openTestDatabase, signedInCaller, type TestDatabase } from '../support/database';

/** Authorization as a unit: a caller, a unit of work, and the evaluator over the stored policies. */
describe('authz domain: decisions over stored policies', () => {
  let db: TestDatabase;
  let s: Services;
  beforeAll(async () => {
    db = await openTestDatabase();
    s = domainServices(db);
  });
  afterAll(async () => db.close());

  test('an inline policy allows what it names; anything else is an implicit deny with AWS\'s message', async () => {
    const em = db.dataSource.manager;
    const user = await s.users.create(em, { userName: 'ivy' });
    const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: s.users.userArn(user) }] });
    await db.dataSource.transaction((tx) => s.policyStore.putInline(tx, { type: 'USER', id: user.id }, 'self', doc));
    const caller = await signedInCaller(db, s, user);
    const uow = new UnitOfWork(em);
    const allowed = await s.authz.decide(uow, caller, caller.principal!, 'iam:GetUser', s.users.userArn(user), {});
    expect(allowed.allowed).toBe(true);
    const denied = await s.authz.decide(uow, caller, caller.principal!, 'iam:DeleteUser', s.users.userArn(user), {});
    expect(denied.allowed).toBe(false);
    expect(denied.message).toBe(
      `User: ${s.users.userArn(user)} is not authorized to perform: iam:DeleteUser on resource: ${s.users.userArn(user)} because no identity-based policy allows the iam:DeleteUser action`,
    );
  });

  test('aws:SourceIp comes from the caller', async () => {
    const em = db.dataSource.manager;
    const user = await s.users.create(em, { userName: 'ned' });
    const doc = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }],
    });
    await db.dataSource.transaction((tx) => s.policyStore.putInline(tx, { type: 'USER', id: user.id }, 'office', doc));
    const inside = await signedInCaller(db, s, user, '203.0.113.9');
    const outside = await signedInCaller(db, s, user, '192.0.2.1');
    const uow = new UnitOfWork(em);
    expect((await s.authz.decide(uow, inside, inside.principal!, 'iam:ListUsers', '*', {})).allowed).toBe(true);
    expect((await s.authz.decide(uow, outside, outside.principal!, 'iam:ListUsers', '*', {})).allowed).toBe(false);
  });
});
