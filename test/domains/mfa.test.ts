import { attemptChecks } from '../../src/credentials/attempt-keys';
import { IamError } from '../../src/kernel/errors';
import { UnitOfWork } from '../../src/kernel/unit-of-work';
import type { Services } from '../../src/services';
import { domainServices, openTestDatabase, signedInCaller, type TestDatabase } from '../support/database';
import { codeAt, freshStep } from '../support/mfa';

/** MFA devices as a unit: enabling takes two consecutive codes, counted by the limiter first, each code once. */
describe('mfa domain: enabling a virtual device', () => {
  let db: TestDatabase;
  let s: Services;
  beforeAll(async () => {
    db = await openTestDatabase();
    s = domainServices(db);
  });
  afterAll(async () => db.close());

  test('two consecutive codes enable the device and give recovery codes; the same codes do not resync it', async () => {
    const em = db.dataSource.manager;
    const user = await s.users.create(em, { userName: 'sam' });
    const caller = await signedInCaller(db, s, user);
    const device = await s.mfa.createVirtualDevice(em, 'sam-phone', '/', 'sam');
    const step = await freshStep();
    const [c1, c2] = [await codeAt(device.base32StringSeed, step - 1), await codeAt(device.base32StringSeed, step)];
    const admit = () => s.limiter.admit(new UnitOfWork(em), attemptChecks.mfa(user.id, caller.sourceIp));
    const admitted = await admit();
    const enabled = await db.dataSource.transaction((tx) =>
      s.mfa.enable(new UnitOfWork(tx), caller, admitted, user, device.serialNumber, c1, c2),
    );
    expect(enabled.device.userId).toBe(user.id);
    expect(enabled.recoveryCodes).toHaveLength(10);
    const again = await admit();
    const replay = await db.dataSource
      .transaction((tx) => s.mfa.resync(new UnitOfWork(tx), caller, again, user, device.serialNumber, c1, c2))
      .catch((e: unknown) => e);
    expect(replay).toBeInstanceOf(IamError);
    expect((replay as IamError).code).toBe('INVALID_AUTHENTICATION_CODE');
  });
});
