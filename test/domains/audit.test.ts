import { AuditService } from '../../src/audit/audit.service';
import type { CallerPrincipal } from '../../src/authz/principal';
import { scriptCaller } from '../../src/kernel/caller';
import { AuditNote, UnitOfWork } from '../../src/kernel/unit-of-work';
import { openTestDatabase, type TestDatabase } from '../support/database';

/** The audit trail as a unit: a record says who, from where, with which credential, as the operation noted it. */
describe('audit domain', () => {
  let db: TestDatabase;
  const audit = new AuditService();
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  test('a record carries the caller\'s address and the credential the operation noted; the log filters by session', async () => {
    const caller = scriptCaller<CallerPrincipal>(null, '198.51.100.4');
    const uow = new UnitOfWork(db.dataSource.manager, new AuditNote('signin:ConsoleLogin'));
    uow.audit.noteCredential({ sessionId: 'session-42' });
    await db.dataSource.transaction((em) =>
      audit.record(em, caller, uow, { action: uow.audit.action, resourceArn: null, outcome: 'SUCCESS', principalArn: 'arn:aws:iam::000000000000:user/ada' }),
    );
    const [event] = await audit.list(db.dataSource.manager, { sessionId: 'session-42' }, 10, null);
    expect(event).toMatchObject({ action: 'signin:ConsoleLogin', sourceIp: '198.51.100.4', sessionId: 'session-42', requestId: caller.requestId });
    expect(await audit.list(db.dataSource.manager, { sessionId: 'another' }, 10, null)).toEqual([]);
  });
});
