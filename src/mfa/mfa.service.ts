import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { type EntityManager,IsNull } from 'typeorm';
import type { Caller } from '../authz/principal';
import type { Config } from '../config/config';
import { attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import type { SessionService } from '../credentials/session.service';
import type { UserEntity } from '../identity/user.entity';
import { lockUserRow } from '../identity/user-lock';
import { arn } from '../kernel/arn';
import { isUniqueViolation } from '../kernel/db-errors';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { assertName, assertPath } from '../kernel/validation';
import { MfaDeviceEntity } from './mfa-device.entity';
import type { RecoveryCodeService } from './recovery-code.service';
import { newSeed, type SeedCipher } from './seed-cipher';
import { matchTotpStep, otpauthUri, seedToBase32, timeStepAt } from './totp';

export const MAX_MFA_DEVICES_PER_USER = 8;
/** How far resyncMfaDevice looks for a drifted authenticator: 10 steps (5 minutes) either way. */
const RESYNC_WINDOW_STEPS = 10;

export interface CreatedVirtualMfaDevice {
  serialNumber: string;
  base32StringSeed: string;
  otpauthUri: string;
  qrCodeSvg: string;
  /** The same QR code as a PNG data URL (`data:image/png;base64,…`), for an `<img src>`. */
  qrCodePng: string;
}

/**
 * Virtual (TOTP) MFA devices: create, enable with two consecutive codes, resync, deactivate,
 * delete; and the verification of a code, shared by sign-in, getSessionToken and assumeRole.
 * Every accepted RFC 6238 time step is stored on the device (last_used_step) by one guarded
 * UPDATE and never accepted again, including the steps used to enable or resync.
 */
export class MfaService {
  constructor(
    private readonly config: Config,
    private readonly cipher: SeedCipher,
    private readonly limiter: AttemptLimiter,
    private readonly recoveryCodes: RecoveryCodeService,
    private readonly sessions: SessionService,
  ) {}

  mfaArn(path: string, name: string): string {
    return arn.mfa(this.config.accountId, path, name);
  }

  /** AWS CreateVirtualMFADevice: an unassigned device, its seed shown once. */
  async createVirtualDevice(em: EntityManager, name: string, path: string, accountName: string): Promise<CreatedVirtualMfaDevice> {
    assertName('virtualMfaDeviceName', name, 226);
    assertPath('path', path);
    const serialNumber = this.mfaArn(path, name);
    const seed = newSeed();
    try {
      await em.insert(MfaDeviceEntity, {
        id: randomUUID(),
        serialNumber,
        serialNumberLower: serialNumber.toLowerCase(),
        path,
        deviceName: name,
        seedCiphertext: this.cipher.encrypt(seed, serialNumber),
        userId: null,
        enableDate: null,
        lastUsedStep: null,
        driftSteps: 0,
        createDate: new Date(),
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw Errors.alreadyExists(`MFA device with serial number ${serialNumber}`);
      throw err;
    }
    const uri = otpauthUri(this.config.totpIssuer, accountName, seed);
    return {
      serialNumber,
      base32StringSeed: seedToBase32(seed),
      otpauthUri: uri,
      qrCodeSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      qrCodePng: await QRCode.toDataURL(uri, { type: 'image/png', errorCorrectionLevel: 'M', margin: 2, scale: 6 }),
    };
  }

  async findBySerial(em: EntityManager, serialNumber: string): Promise<MfaDeviceEntity | null> {
    if (serialNumber.length > 1024) return null;
    return em.findOne(MfaDeviceEntity, { where: { serialNumberLower: serialNumber.toLowerCase() } });
  }

  private async getBySerial(em: EntityManager, serialNumber: string): Promise<MfaDeviceEntity> {
    const device = await this.findBySerial(em, serialNumber);
    if (!device) throw Errors.noSuchEntity(`MFA device with serial number ${serialNumber}`);
    return device;
  }

  /** The user's enabled device with that serial number, or NO_SUCH_ENTITY. */
  async getUserDevice(em: EntityManager, user: UserEntity, serialNumber: string): Promise<MfaDeviceEntity> {
    const device = await this.findBySerial(em, serialNumber);
    if (!device || device.userId !== user.id) throw Errors.noSuchEntity(`MFA device with serial number ${serialNumber} for user ${user.userName}`);
    return device;
  }

  async hasEnabledDevice(em: EntityManager, userId: string): Promise<boolean> {
    return (await em.count(MfaDeviceEntity, { where: { userId } })) > 0;
  }

  /**
   * AWS EnableMFADevice: two consecutive codes. Returns recovery codes when this is the user's
   * first device. Other sessions of the user end (the caller's own stays).
   */
  async enable(
    uow: UnitOfWork,
    caller: Caller,
    admitted: Admitted,
    user: UserEntity,
    serialNumber: string,
    code1: string,
    code2: string,
  ): Promise<{ device: MfaDeviceEntity; recoveryCodes: string[] | null }> {
    const em = uow.em;
    this.limiter.requireAdmitted(caller, attemptChecks.mfa(user.id, caller.sourceIp), admitted);
    // Lock the user row: concurrent enables for one user cannot pass the 8-device limit together.
    await this.lockUser(em, user.id);
    const device = await this.getBySerial(em, serialNumber);
    if (device.userId) throw Errors.alreadyExists(`MFA device ${serialNumber} is already enabled`);
    const count = await em.count(MfaDeviceEntity, { where: { userId: user.id } });
    if (count >= MAX_MFA_DEVICES_PER_USER) throw Errors.limitExceeded(`Cannot enable more than ${MAX_MFA_DEVICES_PER_USER} MFA devices for one user.`);
    const step = await this.matchConsecutive(device, code1, code2, 1);
    if (step === null) return this.codeFailure(uow, 'invalid_code', 'authenticationCode1');
    const [, updated] = (await em.query(
      `UPDATE mfa_devices SET user_id = $2, enable_date = now(), last_used_step = $3, drift_steps = 0
        WHERE id = $1 AND user_id IS NULL AND (last_used_step IS NULL OR last_used_step < $4) RETURNING id`,
      [device.id, user.id, step, step - 1],
    )) as [unknown[], number];
    if (updated !== 1) return this.codeFailure(uow, 'replayed_code', 'authenticationCode1', true);
    this.limiter.recordSuccess(uow, admitted);
    const enabled = await this.getBySerial(em, serialNumber);
    const recoveryCodes = count === 0 ? await this.recoveryCodes.regenerate(em, user.id) : null;
    await this.sessions.revokeAllForUser(em, user.id, callerSessionOf(caller, user));
    return { device: enabled, recoveryCodes };
  }

  /** AWS ResyncMFADevice: two consecutive codes within a wider window; learns the drift. */
  async resync(uow: UnitOfWork, caller: Caller, admitted: Admitted, user: UserEntity, serialNumber: string, code1: string, code2: string): Promise<MfaDeviceEntity> {
    const em = uow.em;
    this.limiter.requireAdmitted(caller, attemptChecks.mfa(user.id, caller.sourceIp), admitted);
    const device = await this.getUserDevice(em, user, serialNumber);
    const step = await this.matchConsecutive(device, code1, code2, RESYNC_WINDOW_STEPS, 0);
    if (step === null) return this.codeFailure(uow, 'invalid_code', 'authenticationCode1');
    const drift = step - timeStepAt(Date.now() / 1000);
    const [, updated] = (await em.query(
      'UPDATE mfa_devices SET last_used_step = $2, drift_steps = $3 WHERE id = $1 AND (last_used_step IS NULL OR last_used_step < $4) RETURNING id',
      [device.id, step, drift, step - 1],
    )) as [unknown[], number];
    if (updated !== 1) return this.codeFailure(uow, 'replayed_code', 'authenticationCode1', true);
    this.limiter.recordSuccess(uow, admitted);
    return this.getUserDevice(em, user, serialNumber);
  }

  /**
   * AWS DeactivateMFADevice: the device is no longer the user's (a TOTP device keeps its last used
   * step, so its old codes stay spent; a security key is removed). With no device left the
   * recovery codes are void. The user's MFA failure count is reset (the administrator's reset)
   * and the user's other sessions end, those signed in with the device among them.
   */
  async deactivate(uow: UnitOfWork, caller: Caller, user: UserEntity, serialNumber: string): Promise<void> {
    const em = uow.em;
    // Locked like enable: a device enabled meanwhile cannot lose the recovery codes it relies on.
    await this.lockUser(em, user.id);
    const device = await this.getUserDevice(em, user, serialNumber);
    // A security key has no seed to keep unassigned: like AWS's FIDO keys, deactivating removes it
    // (its credential can be registered again).
    if (device.type === 'WEBAUTHN') await em.delete(MfaDeviceEntity, { id: device.id });
    else await em.update(MfaDeviceEntity, { id: device.id }, { userId: null, enableDate: null, driftSteps: 0 });
    uow.audit.detail({ serialNumber: device.serialNumber, deviceType: device.type });
    if (!(await this.hasEnabledDevice(em, user.id))) await this.recoveryCodes.deleteAll(em, user.id);
    await this.limiter.reset(em, 'mfa', user.id);
    await this.sessions.revokeAllForUser(em, user.id, callerSessionOf(caller, user));
  }

  /** AWS DeleteVirtualMFADevice: only once deactivated (DELETE_CONFLICT otherwise). */
  async deleteVirtual(em: EntityManager, serialNumber: string): Promise<string> {
    const device = await this.getBySerial(em, serialNumber);
    if (device.userId) throw Errors.deleteConflict('MFA device is in use: deactivate it before deleting it.');
    const res = await em.delete(MfaDeviceEntity, { id: device.id, userId: IsNull() });
    if (!res.affected) throw Errors.deleteConflict('MFA device is in use: deactivate it before deleting it.');
    return device.serialNumber;
  }

  /** New recovery codes for a user with MFA (the old set is void). */
  async generateRecoveryCodes(em: EntityManager, user: UserEntity): Promise<string[]> {
    // Locked first: concurrent regenerations queue, so only the last set shown stays valid.
    await this.lockUser(em, user.id);
    if (!(await this.hasEnabledDevice(em, user.id))) {
      throw Errors.badInput('userName', `User ${user.userName} has no enabled MFA device: recovery codes need one.`);
    }
    return this.recoveryCodes.regenerate(em, user.id);
  }

  /**
   * Checks one TOTP code of one of the user's devices (assumeRole and getSessionToken with
   * serialNumber + tokenCode): the same limiter, the same single-use step rule. getSessionToken
   * counted the address with the access key already (`countSource: false`).
   * Throws INVALID_AUTHENTICATION_CODE or TOO_MANY_ATTEMPTS.
   */
  async verifyTokenCode(
    uow: UnitOfWork,
    caller: Caller,
    admitted: Admitted | null,
    user: UserEntity,
    serialNumber: string,
    tokenCode: string,
    countSource = true,
  ): Promise<void> {
    const em = uow.em;
    admitted = this.limiter.requireAdmitted(caller, attemptChecks.mfa(user.id, caller.sourceIp, countSource), admitted);
    const device = await this.findBySerial(em, serialNumber);
    if (!device || device.userId !== user.id) return this.codeFailure(uow, 'invalid_code', 'tokenCode');
    const outcome = await this.tryDevice(em, device, tokenCode);
    if (outcome !== 'ACCEPTED') return this.codeFailure(uow, outcome === 'REPLAYED' ? 'replayed_code' : 'invalid_code', 'tokenCode', outcome === 'REPLAYED');
    this.limiter.recordSuccess(uow, admitted);
  }

  /**
   * The second factor of a sign-in: a current code of any of the user's devices (read by the
   * caller with the challenge), or an unused recovery code. A TOTP step is spent by `spendStep`,
   * the caller's guarded statement (it spends the challenge with it); its answer decides.
   * Throws INVALID_AUTHENTICATION_CODE or TOO_MANY_ATTEMPTS.
   */
  async verifySecondFactor(
    uow: UnitOfWork,
    caller: Caller,
    admitted: Admitted,
    user: UserEntity,
    devices: readonly MfaDeviceEntity[],
    code: string,
    spendStep: (device: MfaDeviceEntity, step: number) => Promise<boolean>,
  ): Promise<'TOTP' | 'RECOVERY_CODE'> {
    this.limiter.requireAdmitted(caller, attemptChecks.mfa(user.id, caller.sourceIp), admitted);
    const trimmed = code.trim();
    if (/^\d{6}$/.test(trimmed)) {
      let replayed = false;
      for (const device of devices) {
        if (device.userId !== user.id || device.type !== 'TOTP') continue;
        const step = await this.matchStep(device, trimmed);
        if (step === null) continue;
        if (await spendStep(device, step)) {
          this.limiter.recordSuccess(uow, admitted);
          return 'TOTP';
        }
        replayed = true;
      }
      return this.codeFailure(uow, replayed ? 'replayed_code' : 'invalid_code', 'code', replayed);
    }
    if (await this.recoveryCodes.consume(uow.em, user.id, trimmed)) {
      this.limiter.recordSuccess(uow, admitted);
      return 'RECOVERY_CODE';
    }
    return this.codeFailure(uow, 'invalid_code', 'code');
  }

  /** The time step a code matches within one step of skew (around the learned drift), or null: CPU only. */
  private async matchStep(device: MfaDeviceEntity, code: string): Promise<number | null> {
    // A security key has no seed: no code is ever its.
    if (!device.seedCiphertext) return null;
    const seed = this.cipher.decrypt(device.seedCiphertext, device.serialNumber);
    return matchTotpStep(seed, code, timeStepAt(Date.now() / 1000) + device.driftSteps, 1);
  }

  /** Matches the code, then spends its step. */
  private async tryDevice(em: EntityManager, device: MfaDeviceEntity, code: string): Promise<'ACCEPTED' | 'REPLAYED' | 'INVALID'> {
    const step = await this.matchStep(device, code);
    if (step === null) return 'INVALID';
    // RFC 6238 §5.2: the same code must not be accepted twice. The row count decides, so of
    // concurrent submits of one code exactly one wins.
    const [, updated] = (await em.query(
      'UPDATE mfa_devices SET last_used_step = $2 WHERE id = $1 AND user_id IS NOT NULL AND (last_used_step IS NULL OR last_used_step < $2) RETURNING id',
      [device.id, step],
    )) as [unknown[], number];
    return updated === 1 ? 'ACCEPTED' : 'REPLAYED';
  }

  /** The step of code2, when code1 is the step right before it and code2 lies within `window` steps of now. */
  private async matchConsecutive(device: MfaDeviceEntity, code1: string, code2: string, window: number, drift = device.driftSteps): Promise<number | null> {
    if (!/^\d{6}$/.test(code1)) throw Errors.badInput('authenticationCode1', 'Invalid authenticationCode1: must be 6 digits');
    if (!/^\d{6}$/.test(code2)) throw Errors.badInput('authenticationCode2', 'Invalid authenticationCode2: must be 6 digits');
    if (!device.seedCiphertext) return null;
    const seed = this.cipher.decrypt(device.seedCiphertext, device.serialNumber);
    const now = timeStepAt(Date.now() / 1000) + drift;
    for (let step = now - window; step <= now + window; step++) {
      if ((await matchTotpStep(seed, code2, step, 0)) !== step) continue;
      if ((await matchTotpStep(seed, code1, step - 1, 0)) === step - 1) return step;
    }
    return null;
  }

  /** The user's row lock: the user's devices and recovery codes change one request at a time. */
  private async lockUser(em: EntityManager, userId: string): Promise<void> {
    await lockUserRow(em, userId);
  }

  private codeFailure(uow: UnitOfWork, result: string, field: string, replayed = false): never {
    this.limiter.recordFailure(result);
    uow.audit.detail({ reason: replayed ? 'CODE_REUSED' : 'INVALID_CODE', field });
    throw Errors.invalidAuthenticationCode(
      replayed ? 'The authentication code has already been used: wait for the next one.' : 'The authentication code is not valid.',
    );
  }
}

/** The caller's session, kept when the caller changes their own devices. */
export function callerSessionOf(caller: Caller, user: UserEntity): string | undefined {
  const p = caller.principal;
  return p && p.kind === 'USER' && p.user.id === user.id ? p.session.id : undefined;
}
