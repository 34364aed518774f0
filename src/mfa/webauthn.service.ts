import { randomBytes, randomUUID } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../authz/principal';
import type { Config } from '../config/config';
import { attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import type { SessionService } from '../credentials/session.service';
import type { UserEntity } from '../identity/user.entity';
import { lockUserRow } from '../identity/user-lock';
import { isUniqueViolation } from '../kernel/db-errors';
import { Errors, IamError } from '../kernel/errors';
import { sha256Hex } from '../kernel/ids';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { assertName } from '../kernel/validation';
import { callerSessionOf, MAX_MFA_DEVICES_PER_USER } from './mfa.service';
import { MfaDeviceEntity } from './mfa-device.entity';
import type { RecoveryCodeService } from './recovery-code.service';
import { clientChallengeOf, parseResponseJson, signCountOf } from './webauthn-response';

/** WebAuthn challenges live as long as the sign-in challenge: 5 minutes. */
export const WEBAUTHN_TIMEOUT_MS = 5 * 60 * 1000;
/** COSE algorithms (RFC 9053, IANA COSE registry): ES256 and RS256. */
const ALGORITHMS = [-7, -257];

export const invalidRegistrationChallenge = () =>
  new IamError('INVALID_CREDENTIALS', 'The registration challenge is invalid, used or expired: ask for new registration options.');

/** How a guarded write of the sign-in spends the challenge and the new counter: its answer decides. */
export type SpendCounter = (device: MfaDeviceEntity, counter: number) => Promise<boolean>;

/**
 * Security keys and passkeys as MFA devices (W3C Web Authentication Level 3, with
 * @simplewebauthn/server doing the checks of §7.1 and §7.2): registration with a single-use,
 * server-side challenge, and the assertion that answers a sign-in challenge. The origin and RP ID
 * must be the configured ones; a signature counter that does not move forward (§6.1.1) is refused
 * and audited, since it means a cloned authenticator or a replayed response.
 */
export class WebAuthnService {
  constructor(
    private readonly config: Config,
    private readonly limiter: AttemptLimiter,
    private readonly recoveryCodes: RecoveryCodeService,
    private readonly sessions: SessionService,
  ) {}

  /** AWS names FIDO security keys arn:aws:iam::ACCOUNT:u2f/user/USERNAME/DEVICENAME. */
  serialNumber(user: UserEntity, deviceName: string): string {
    return `arn:aws:iam::${this.config.accountId}:u2f/user/${user.userName}/${deviceName}`;
  }

  /**
   * The options for navigator.credentials.create(); the challenge's hash is kept for 5 minutes,
   * bound to user, device name and the choice of passkey sign-in. A passkey must be discoverable
   * (resident) and verify its user (§5.4.6, §6.2.3), or it could not sign in on its own.
   */
  async registrationOptions(em: EntityManager, user: UserEntity, deviceName: string, passkeySignIn: boolean): Promise<string> {
    assertName('deviceName', deviceName, 128);
    const devices = await em.find(MfaDeviceEntity, { where: { userId: user.id } });
    await this.assertRoom(em, user, deviceName, devices.length);
    const options = await generateRegistrationOptions({
      rpName: this.config.totpIssuer,
      rpID: this.config.webauthn.rpId,
      userName: user.userName,
      userDisplayName: user.userName,
      userID: userHandleOf(user),
      challenge: randomBytes(32),
      timeout: WEBAUTHN_TIMEOUT_MS,
      attestationType: 'none',
      excludeCredentials: devices.filter((d) => d.type === 'WEBAUTHN').map((d) => ({ id: d.credentialId!, transports: transportsOf(d) })),
      authenticatorSelection: passkeySignIn
        ? { residentKey: 'required', requireResidentKey: true, userVerification: 'required' }
        : { residentKey: 'preferred', userVerification: 'preferred' },
      supportedAlgorithmIDs: ALGORITHMS,
    });
    const now = new Date();
    await em.query(
      `INSERT INTO webauthn_registrations (id, challenge_hash, user_id, device_name, created_at, expires_at, used_at, passkey_sign_in)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)`,
      [randomUUID(), sha256Hex(options.challenge), user.id, deviceName, now, new Date(now.getTime() + WEBAUTHN_TIMEOUT_MS), passkeySignIn],
    );
    return JSON.stringify(options);
  }

  /**
   * The authenticator's response: the challenge is spent (guarded UPDATE, bound to the user and
   * the device name), then checked with the attestation, origin and RP ID; the credential becomes
   * a device. Other sessions of the user end; the first device brings recovery codes.
   */
  async completeRegistration(
    uow: UnitOfWork,
    caller: Caller,
    user: UserEntity,
    deviceName: string,
    responseJson: string,
  ): Promise<{ device: MfaDeviceEntity; recoveryCodes: string[] | null }> {
    const em = uow.em;
    assertName('deviceName', deviceName, 128);
    const response = parseResponseJson<RegistrationResponseJSON>('responseJson', responseJson);
    const challenge = clientChallengeOf(response);
    await lockUserRow(em, user.id);
    const [spentRows, spent] = (await em.query(
      `UPDATE webauthn_registrations SET used_at = now()
        WHERE challenge_hash = $1 AND user_id = $2 AND device_name = $3 AND used_at IS NULL AND expires_at > now()
        RETURNING id, passkey_sign_in`,
      [sha256Hex(challenge ?? ''), user.id, deviceName],
    )) as [Array<{ id: string; passkey_sign_in: boolean }>, number];
    if (spent !== 1) throw invalidRegistrationChallenge();
    // Spent even if the response fails below: a challenge answers one response, right or wrong.
    uow.keepOnRollback({ sql: 'UPDATE webauthn_registrations SET used_at = now() WHERE id = $1 AND used_at IS NULL', params: [spentRows[0]!.id] });
    const passkeySignIn = spentRows[0]!.passkey_sign_in;
    const count = await em.count(MfaDeviceEntity, { where: { userId: user.id } });
    await this.assertRoom(em, user, deviceName, count);
    const verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge!,
      expectedOrigin: [...this.config.webauthn.origins],
      expectedRPID: this.config.webauthn.rpId,
      // A passkey signs in alone: its registration must prove user verification (the UV flag, §6.1).
      requireUserVerification: passkeySignIn,
      supportedAlgorithmIDs: ALGORITHMS,
    }).catch((err: unknown) => ({ verified: false as const, error: err }));
    if (!verification.verified || !('registrationInfo' in verification) || !verification.registrationInfo) {
      uow.audit.detail({ reason: 'WEBAUTHN_REGISTRATION_REFUSED', cause: causeOf(verification) });
      throw Errors.invalidAuthenticationCode('The security key response is not valid for this registration.');
    }
    // The client's credProps extension (§10.1.3) says whether the credential is discoverable; one
    // that says it is not could never answer a sign-in that names no credential.
    if (passkeySignIn && response.clientExtensionResults?.credProps?.rk === false) {
      uow.audit.detail({ reason: 'WEBAUTHN_REGISTRATION_REFUSED', cause: 'not a discoverable credential' });
      throw Errors.invalidAuthenticationCode('This authenticator did not make a discoverable credential (a passkey): register it without passkey sign-in.');
    }
    const info = verification.registrationInfo;
    const serialNumber = this.serialNumber(user, deviceName);
    const device = Object.assign(new MfaDeviceEntity(), {
      id: randomUUID(),
      serialNumber,
      serialNumberLower: serialNumber.toLowerCase(),
      path: '/',
      deviceName,
      type: 'WEBAUTHN' as const,
      seedCiphertext: null,
      credentialId: info.credential.id,
      publicKey: Buffer.from(info.credential.publicKey),
      signCount: String(info.credential.counter),
      transports: info.credential.transports ?? response.response.transports ?? [],
      aaguid: info.aaguid,
      backupEligible: info.credentialDeviceType === 'multiDevice',
      backupState: info.credentialBackedUp,
      passkeySignIn,
      userId: user.id,
      enableDate: new Date(),
      lastUsedStep: null,
      driftSteps: 0,
      createDate: new Date(),
    });
    try {
      await em.insert(MfaDeviceEntity, device);
    } catch (err) {
      if (isUniqueViolation(err)) throw Errors.alreadyExists(`MFA device ${serialNumber} or this credential`);
      throw err;
    }
    uow.audit.detail({ serialNumber, deviceType: 'WEBAUTHN', aaguid: info.aaguid, passkeySignIn });
    const recoveryCodes = count === 0 ? await this.recoveryCodes.regenerate(em, user.id) : null;
    await this.sessions.revokeAllForUser(em, user.id, callerSessionOf(caller, user));
    return { device, recoveryCodes };
  }

  /** The options of a sign-in's second factor (navigator.credentials.get()), or null for a user with no security key. */
  async authenticationOptions(em: EntityManager, userId: string): Promise<{ optionsJson: string; challengeHash: string } | null> {
    const devices = await em.find(MfaDeviceEntity, { where: { userId, type: 'WEBAUTHN' }, order: { enableDate: 'ASC' } });
    if (devices.length === 0) return null;
    const options = await generateAuthenticationOptions({
      rpID: this.config.webauthn.rpId,
      allowCredentials: devices.map((d) => ({ id: d.credentialId!, transports: transportsOf(d) })),
      userVerification: 'preferred',
      challenge: randomBytes(32),
      timeout: WEBAUTHN_TIMEOUT_MS,
    });
    return { optionsJson: JSON.stringify(options), challengeHash: sha256Hex(options.challenge) };
  }

  /**
   * The second factor of a sign-in answered by a security key: one of the user's credentials
   * (read with the challenge), signing this challenge (its hash), from a configured origin and RP
   * ID, with a counter that moved forward; `spend` (the caller's guarded statement) spends the
   * challenge and the counter together, and its answer decides.
   * Throws INVALID_AUTHENTICATION_CODE or TOO_MANY_ATTEMPTS.
   */
  async verifyAssertion(
    uow: UnitOfWork,
    caller: Caller,
    admitted: Admitted,
    user: UserEntity,
    devices: readonly MfaDeviceEntity[],
    challengeHash: string | null,
    responseJson: string,
    spend: SpendCounter,
  ): Promise<MfaDeviceEntity> {
    this.limiter.requireAdmitted(caller, attemptChecks.mfa(user.id, caller.sourceIp), admitted);
    const response = parseResponseJson<AuthenticationResponseJSON>('webAuthnResponseJson', responseJson);
    const device = devices.find((d) => d.type === 'WEBAUTHN' && d.userId === user.id && d.credentialId === response.id);
    if (!device) return this.failure(uow, 'unknown_credential', 'UNKNOWN_CREDENTIAL', null);
    const challenge = clientChallengeOf(response);
    if (!challengeHash || !challenge || sha256Hex(challenge) !== challengeHash) return this.failure(uow, 'invalid_code', 'CHALLENGE_MISMATCH', device);
    const stored = Number(device.signCount ?? 0);
    const counter = signCountOf(response);
    if (counter === null) return this.failure(uow, 'invalid_code', 'MALFORMED_RESPONSE', device);
    // The signature first (the library's own counter check is left to us: counter 0), so that only
    // a response the key really signed can report a cloned key.
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: [...this.config.webauthn.origins],
      expectedRPID: this.config.webauthn.rpId,
      credential: { id: device.credentialId!, publicKey: new Uint8Array(device.publicKey!), counter: 0, transports: transportsOf(device) },
      requireUserVerification: false,
    }).catch(() => null);
    if (!verification?.verified) return this.failure(uow, 'invalid_code', 'SIGNATURE_REFUSED', device);
    if ((counter > 0 || stored > 0) && counter <= stored) return this.counterRegressed(uow, device, stored, counter);
    if (!(await spend(device, counter))) return this.counterRegressed(uow, device, stored, counter);
    this.limiter.recordSuccess(uow, admitted);
    return device;
  }

  /** §6.1.1: a counter that did not increase signals a cloned authenticator (or a replay): refused, and the audit record says so. */
  private counterRegressed(uow: UnitOfWork, device: MfaDeviceEntity, stored: number, counter: number): never {
    uow.audit.detail({ storedSignCount: stored, responseSignCount: counter });
    return this.failure(uow, 'replayed_code', 'SIGN_COUNT_REGRESSED', device);
  }

  private failure(uow: UnitOfWork, result: string, reason: string, device: MfaDeviceEntity | null): never {
    this.limiter.recordFailure(result);
    uow.audit.detail({ reason, field: 'webAuthnResponseJson', ...(device ? { serialNumber: device.serialNumber } : {}) });
    throw Errors.invalidAuthenticationCode('The security key response is not valid for this sign-in.');
  }

  /** At most 8 devices per user, and one name per user. */
  private async assertRoom(em: EntityManager, user: UserEntity, deviceName: string, count: number): Promise<void> {
    if (count >= MAX_MFA_DEVICES_PER_USER) throw Errors.limitExceeded(`Cannot enable more than ${MAX_MFA_DEVICES_PER_USER} MFA devices for one user.`);
    const serial = this.serialNumber(user, deviceName);
    if (await em.exists(MfaDeviceEntity, { where: { serialNumberLower: serial.toLowerCase() } })) throw Errors.alreadyExists(`MFA device ${serial}`);
  }
}

/** The user handle (§5.4.3): the user's internal id, 16 bytes, never their name. */
export function userHandleOf(user: Pick<UserEntity, 'id'>): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(user.id.replace(/-/g, ''), 'hex'));
}

export function transportsOf(device: MfaDeviceEntity): AuthenticatorTransport[] {
  return (device.transports ?? []) as AuthenticatorTransport[];
}

function causeOf(v: object): string {
  const error = 'error' in v ? v.error : null;
  return error instanceof Error ? error.message.slice(0, 200) : 'not verified';
}
