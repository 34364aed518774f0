import type { GraphQLResolveInfo } from 'graphql';
import { createGraphQLContext, type GraphQLContext } from '../../src/graphql/context';
import { transactional } from '../../src/graphql/operation';
import { UserEntity } from '../../src/identity/user.entity';
import { scriptCaller } from '../../src/kernel/caller';
import { Errors } from '../../src/kernel/errors';
import { uniqueName } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * One transaction per mutation: a mutation that fails half-way leaves no row behind, also when
 * another mutation runs at the same time (in embedded mode both share one PGlite session, which
 * without our locked pool would commit the failing mutation's half-done writes).
 */
describe('one transaction per mutation', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => s.close());

  function context(): GraphQLContext {
    const { app } = s;
    return createGraphQLContext({ authz: app.services.authz, config: s.config, dataSource: app.dataSource, log: app.log }, scriptCaller(), null);
  }

  /** A createUser mutation field with the given resolver, wrapped as the server wraps it. */
  const createUser = (resolve: Parameters<typeof transactional>[1]) => transactional('createUser', resolve, s.app.services.audit);
  const info = {} as GraphQLResolveInfo;
  const exists = async (name: string) => (await s.app.dataSource.manager.count(UserEntity, { where: { userNameLower: name.toLowerCase() } })) > 0;

  test('a mutation that fails after its first write leaves nothing but its audit record', async () => {
    const name = uniqueName('halfway');
    const failing = createUser(async (_p, _a, ctx) => {
      await s.app.services.users.create(ctx.em, { userName: name });
      throw Errors.badInput('tags', 'failed after the insert');
    });
    await expect(failing({}, {}, context(), info)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await exists(name)).toBe(false);
    const audit: Array<{ outcome: string; error_code: string }> = await s.app.dataSource.query(
      "SELECT outcome, error_code FROM audit_events WHERE action = 'iam:CreateUser' ORDER BY id DESC LIMIT 1",
    );
    expect(audit[0]).toEqual({ outcome: 'FAILURE', error_code: 'BAD_USER_INPUT' });
  });

  test('concurrent mutations: the failing one rolls back alone, the other commits', async () => {
    const doomed = uniqueName('doomed');
    const kept = uniqueName('kept');
    let inserted!: () => void;
    const afterInsert = new Promise<void>((r) => (inserted = r));
    const slowFailing = createUser(async (_p, _a, ctx) => {
      await s.app.services.users.create(ctx.em, { userName: doomed });
      inserted();
      await new Promise((r) => setTimeout(r, 300));
      throw Errors.badInput('userName', 'fails late');
    });
    const succeeding = createUser(async (_p, _a, ctx) => ({
      user: await s.app.services.users.create(ctx.em, { userName: kept }),
    }));
    const a = (slowFailing({}, {}, context(), info) as Promise<unknown>).catch((e: unknown) => e);
    await afterInsert;
    const b = succeeding({}, {}, context(), info);
    const [errA] = await Promise.all([a, b]);
    expect(errA).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await exists(doomed)).toBe(false);
    expect(await exists(kept)).toBe(true);
  });

  test('aliased mutations are separate units: the duplicate fails, the others commit', async () => {
    const token = await s.adminToken();
    const x = uniqueName('x');
    const y = uniqueName('y');
    const res = await s.gql(
      `mutation { a: createUser(input: {userName: "${x}"}) { user { userName } } b: createUser(input: {userName: "${x.toUpperCase()}"}) { user { userName } } c: createUser(input: {userName: "${y}"}) { user { userName } } }`,
      {},
      token,
    );
    expect(res.data?.a?.user.userName).toBe(x);
    expect(res.errors?.[0]?.extensions?.code).toBe('ENTITY_ALREADY_EXISTS');
    expect(res.data?.c?.user.userName).toBe(y);
  });
});
