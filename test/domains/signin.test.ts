import type { CallerPrincipal } from '../../src/authz/principal';
import { scriptCaller } from '../../src/kernel/caller';
import { IamError } from '../../src/kernel/errors';
import { UnitOfWork } from '../../src/kernel/unit-of-work';
import type { Services } from '../../src/services';
import { domainServices, openTestDatabase, type TestDatabase } from '../support/database';
import { strongPassword } from '../support/factories';

/**
 * The sign-in flow as steps, without HTTP: each step's admission runs outside the transaction
 * and hands its typed result to the step's run inside it, as the GraphQL layer does.
 */
describe('signin domain: the password step', () => {
  let db: TestDatabase;
  let s: Services;
  beforeAll(async () => {
    db = await openTestDatabase();
    s = domainServices(db);
  });
  afterAll(async () => db.close());

  async function signIn(userName: string, password: string) {
    const caller = scriptCaller<CallerPrincipal>(null, '192.0.2.20');
    const outside = new UnitOfWork(db.dataSource.manager);
    const admission = await s.passwordStep.admit(outside, caller, userName, password);
    const result = await db.dataSource.transaction((em) => s.passwordStep.run(outside.withManager(em), caller, userName, admission));
    return { result, audit: outside.audit };
  }

  test('the right password gives a session, and the audit note names the user and the session', async () => {
    const password = strongPassword();
    const user = await s.users.create(db.dataSource.manager, { userName: 'pia' });
    await s.loginProfiles.create(db.dataSource.manager, user, password, false);
    const { result, audit } = await signIn('PIA', password);
    expect(result.status).toBe('SUCCESS');
    expect(result.session?.token).toMatch(/^iam_/);
    expect(audit.subjectArn).toBe(s.users.userArn(user));
    expect(audit.credential.sessionId).toBe(result.sessionId);
  });

  test('a wrong password and an unknown user get the same INVALID_CREDENTIALS; the unknown name is hidden', async () => {
    const user = await s.users.create(db.dataSource.manager, { userName: 'quinn' });
    await s.loginProfiles.create(db.dataSource.manager, user, strongPassword(), false);
    const wrong = await signIn('quinn', strongPassword()).catch((e: unknown) => e);
    const unknown = await signIn('nobody-here', strongPassword()).catch((e: unknown) => e);
    expect((wrong as IamError).code).toBe('INVALID_CREDENTIALS');
    expect((unknown as IamError).code).toBe('INVALID_CREDENTIALS');
    expect((unknown as IamError).message).toBe((wrong as IamError).message);
  });

  test('a run without its admission is refused (fail closed)', async () => {
    const password = strongPassword();
    const user = await s.users.create(db.dataSource.manager, { userName: 'rae' });
    await s.loginProfiles.create(db.dataSource.manager, user, password, false);
    const caller = scriptCaller<CallerPrincipal>(null, '192.0.2.21');
    // The right password's admission, with the proof of another check swapped in.
    const real = await s.passwordStep.admit(new UnitOfWork(db.dataSource.manager), caller, 'rae', password);
    const admitted = await s.limiter.admit(new UnitOfWork(db.dataSource.manager), { ...scriptCheck(), userId: user.id });
    const forged = { ...real, admitted };
    const run = db.dataSource.transaction((em) => s.passwordStep.run(new UnitOfWork(em), caller, 'rae', forged));
    await expect(run).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

/** A check for another factor than the one the step verifies. */
function scriptCheck() {
  return { factor: 'mfa' as const, userId: null, account: 'mfa:user:none', pair: 'mfa:user:none#ip:192.0.2.21', source: null };
}
