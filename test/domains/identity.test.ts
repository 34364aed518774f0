import { GroupService, MAX_GROUPS_PER_USER } from '../../src/identity/group.service';
import { UserService } from '../../src/identity/user.service';
import { IamError } from '../../src/kernel/errors';
import { openTestDatabase, type TestDatabase } from '../support/database';

/** Users and groups as a unit: a database and the services, no GraphQL. */
describe('identity domain: users and groups', () => {
  let db: TestDatabase;
  const changed: string[] = [];
  let users: UserService;
  let groups: GroupService;
  beforeAll(async () => {
    db = await openTestDatabase();
    // The listener the policy store is in production: here it records what it is told.
    const listener = {
      principalChanged: async (_em: unknown, ref: { type: string; id: string }) => void changed.push(`${ref.type}:${ref.id}`),
    };
    users = new UserService(db.config, listener);
    groups = new GroupService(db.config, listener);
  });
  afterAll(async () => db.close());

  test('a user is in at most ten groups; each membership change is announced, a refused one is not', async () => {
    const user = await users.create(db.dataSource.manager, { userName: 'lin' });
    for (let i = 0; i < MAX_GROUPS_PER_USER; i++) {
      const g = await groups.create(db.dataSource.manager, { groupName: `team-${i}` });
      await db.dataSource.transaction((em) => groups.addUser(em, g, user));
    }
    const extra = await groups.create(db.dataSource.manager, { groupName: 'one-too-many' });
    const refused = await db.dataSource.transaction((em) => groups.addUser(em, extra, user)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(IamError);
    expect((refused as IamError).code).toBe('LIMIT_EXCEEDED');
    expect(changed.filter((c) => c === `USER:${user.id}`)).toHaveLength(MAX_GROUPS_PER_USER);
  });

  test('names are unique whatever their case, and a rolled-back create leaves nothing', async () => {
    await users.create(db.dataSource.manager, { userName: 'Mae' });
    const dup = await users.create(db.dataSource.manager, { userName: 'mae' }).catch((e: unknown) => e);
    expect((dup as IamError).code).toBe('ENTITY_ALREADY_EXISTS');
    await db.dataSource
      .transaction(async (em) => {
        await users.create(em, { userName: 'ghost' });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await users.findByName(db.dataSource.manager, 'ghost')).toBeNull();
  });
});
