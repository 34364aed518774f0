import { attemptChecks } from '../../src/credentials/attempt-keys';
import { AttemptLimiter } from '../../src/credentials/attempt-limiter';
import { SessionService } from '../../src/credentials/session.service';
import { UserService } from '../../src/identity/user.service';
import { IamError } from '../../src/kernel/errors';
import { UnitOfWork } from '../../src/kernel/unit-of-work';
import { createLogger } from '../../src/observability/logger';
import { createMetrics } from '../../src/observability/metrics';
import { openTestDatabase, type TestDatabase } from '../support/database';

/**
 * The guessing limiter, as a unit: a database and nothing else. Five failures of one password
 * from one address, then every further attempt is refused while the backoff lasts, however fast
 * they come. (The limiter used to tell "admitted" from `updated_at = now()`; PGlite's clock has
 * millisecond resolution, so an attempt in the same millisecond as the fifth was admitted too.)
 */
describe('credentials domain: the attempt limiter', () => {
  let db: TestDatabase;
  let limiter: AttemptLimiter;
  beforeAll(async () => {
    db = await openTestDatabase();
    const window = { maxFailures: 1000, windowSeconds: 3600 };
    limiter = new AttemptLimiter(
      { threshold: 5, baseBackoffSeconds: 15, maxBackoffSeconds: 900, source: window, account: { password: window, mfa: window } },
      createMetrics(),
      createLogger('silent'),
    );
  });
  afterAll(async () => db.close());

  test('after five failures every attempt is refused, however fast they come', async () => {
    const user = await new UserService(db.config).create(db.dataSource.manager, { userName: 'ada' });
    const check = attemptChecks.password(user.id, '192.0.2.7');
    const uow = new UnitOfWork(db.dataSource.manager);
    for (let i = 0; i < 5; i++) await limiter.admit(uow, check);
    const attempt = () =>
      limiter.admit(uow, check).then(
        () => 'ADMITTED',
        (e: unknown) => (e instanceof IamError ? e.code : 'ERROR'),
      );
    const outcomes = await Promise.all(Array.from({ length: 200 }, attempt));
    expect(outcomes).toEqual(Array(200).fill('TOO_MANY_ATTEMPTS'));
    expect(uow.audit.details).toEqual({ reason: 'THROTTLED' });
  });

  test('an attempt with the same timestamp as the last admitted one is still refused', async () => {
    // Inside one transaction now() is one instant: what two statements in one PGlite millisecond see.
    const user = await new UserService(db.config).create(db.dataSource.manager, { userName: 'grace' });
    const check = attemptChecks.password(user.id, '192.0.2.8');
    const outcomes = await db.dataSource.transaction(async (em) => {
      const uow = new UnitOfWork(em);
      const out: string[] = [];
      for (let i = 0; i < 8; i++)
        out.push(
          await limiter.admit(uow, check).then(
            () => 'ADMITTED',
            (e: unknown) => (e instanceof IamError ? e.code : 'ERROR'),
          ),
        );
      return out;
    });
    expect(outcomes).toEqual([...Array(5).fill('ADMITTED'), ...Array(3).fill('TOO_MANY_ATTEMPTS')]);
  });
});

/** Sessions record the client they were issued to, and list a user's live ones, newest use first. */
describe('credentials domain: sessions', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  test('issue records source address and User-Agent (cut to 256 characters); the list holds live user sessions only', async () => {
    const em = db.dataSource.manager;
    const sessions = new SessionService(db.config);
    const user = await new UserService(db.config).create(em, { userName: 'grace' });
    const base = { kind: 'USER' as const, authMethod: 'PASSWORD' as const, userId: user.id, mfaAuthenticated: false, temporary: false };
    const a = await sessions.issue(em, { ...base, client: { sourceIp: '192.0.2.1', userAgent: 'x'.repeat(300) } });
    const b = await sessions.issue(em, { ...base, mfaAuthenticated: true, client: { sourceIp: '2001:db8::1', userAgent: 'agent-b' } });
    const ended = await sessions.issue(em, base);
    expect(await sessions.revoke(em, ended.session.id)).toBe(true);
    expect(await sessions.revoke(em, ended.session.id)).toBe(false);
    const list = await sessions.listLiveForUser(em, user.id);
    expect(list.map((s) => s.id).sort()).toEqual([a.session.id, b.session.id].sort());
    const first = list.find((s) => s.id === a.session.id)!;
    expect([first.sourceIp, first.userAgent!.length]).toEqual(['192.0.2.1', 256]);
    expect(await sessions.findLiveUserSession(em, b.session.id)).toMatchObject({
      sourceIp: '2001:db8::1',
      userAgent: 'agent-b',
      mfaAuthenticated: true,
    });
    expect(await sessions.findLiveUserSession(em, ended.session.id)).toBeNull();
    expect(await sessions.findLiveUserSession(em, 'not-a-uuid')).toBeNull();
  });
});
