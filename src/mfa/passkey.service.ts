import { randomBytes, randomUUID } from 'node:crypto';
import { type AuthenticationResponseJSON, generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import type { AttemptLimiter } from '../credentials/attempt-limiter';
import { IamError } from '../kernel/errors';
import { newToken, sha256Hex } from '../kernel/ids';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { MfaDeviceEntity } from './mfa-device.entity';
import { transportsOf, userHandleOf, WEBAUTHN_TIMEOUT_MS } from './webauthn.service';
import { clientChallengeOf, signCountOf } from './webauthn-response';

/** Every refusal of a passkey sign-in looks the same, whichever check failed (no enumeration of credentials). */
export const passkeyRefused = () => new IamError('INVALID_CREDENTIALS', 'The passkey sign-in failed: start again with new options.');

/** Expired passkey challenges deleted per new one: the table holds about the live ones, at bounded cost per request. */
const PURGE_PER_ISSUE = 100;

/** The passkey a sign-in names (by its credential id), with what it was registered with. */
export interface PasskeyCandidate {
  device: MfaDeviceEntity;
  userId: string;
}

/**
 * Passkey sign-in (W3C Web Authentication Level 3, §7.2 with a discoverable credential): the
 * options name no credential (the authenticator offers its own), require user verification, and
 * carry a single-use challenge named by a token; only the hashes of both are stored, 5 minutes.
 * The response must come from a credential registered for passkey sign-in, carry its user's
 * handle, be user-verified, from a configured origin and RP ID, and move the counter forward.
 */
export class PasskeyService {
  constructor(
    private readonly config: Config,
    private readonly limiter: AttemptLimiter,
  ) {}

  async signInOptions(em: EntityManager): Promise<{ challengeToken: string; optionsJson: string }> {
    const options = await generateAuthenticationOptions({
      rpID: this.config.webauthn.rpId,
      allowCredentials: [],
      userVerification: 'required',
      challenge: randomBytes(32),
      timeout: WEBAUTHN_TIMEOUT_MS,
    });
    const challengeToken = newToken('pk_');
    const now = new Date();
    await em.query(
      `DELETE FROM passkey_challenges WHERE id IN (SELECT id FROM passkey_challenges WHERE expires_at < now() ORDER BY expires_at LIMIT ${PURGE_PER_ISSUE})`,
    );
    await em.query(
      `INSERT INTO passkey_challenges (id, token_hash, challenge_hash, created_at, expires_at, used_at) VALUES ($1, $2, $3, $4, $5, NULL)`,
      [randomUUID(), sha256Hex(challengeToken), sha256Hex(options.challenge), now, new Date(now.getTime() + WEBAUTHN_TIMEOUT_MS)],
    );
    return { challengeToken, optionsJson: JSON.stringify(options) };
  }

  /**
   * Spends the attempt's challenge (guarded UPDATE; the row count decides), and keeps it spent
   * whatever follows: a challenge answers one response, right or wrong.
   */
  async spendChallenge(uow: UnitOfWork, challengeId: string | null): Promise<void> {
    if (!challengeId) return this.failure(uow, 'invalid_credentials', 'CHALLENGE_INVALID', null);
    const [, spent] = (await uow.em.query(
      'UPDATE passkey_challenges SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id',
      [challengeId],
    )) as [unknown[], number];
    if (spent !== 1) return this.failure(uow, 'invalid_credentials', 'CHALLENGE_INVALID', null);
    uow.keepOnRollback({ sql: 'UPDATE passkey_challenges SET used_at = now() WHERE id = $1 AND used_at IS NULL', params: [challengeId] });
  }

  /**
   * The checks of §7.2 for a discoverable credential: a known credential chosen for passkey
   * sign-in, whose user handle is its user's, signing this attempt's challenge with user
   * verification, from a configured origin and RP ID. Returns the new counter, not yet stored
   * (spendCounter). Throws INVALID_CREDENTIALS.
   */
  async verify(
    uow: UnitOfWork,
    candidate: PasskeyCandidate | null,
    challengeHash: string,
    response: AuthenticationResponseJSON,
  ): Promise<{ device: MfaDeviceEntity; counter: number }> {
    if (!candidate) return this.failure(uow, 'unknown_credential', 'UNKNOWN_CREDENTIAL', null);
    const { device, userId } = candidate;
    if (!device.passkeySignIn) return this.failure(uow, 'invalid_credentials', 'NOT_A_PASSKEY', device);
    // §7.2 step 6: a credential found by discovery must name its user, and that user must own it.
    const handle = Buffer.from(userHandleOf({ id: userId })).toString('base64url');
    if (response.response.userHandle !== handle) return this.failure(uow, 'invalid_credentials', 'USER_HANDLE_MISMATCH', device);
    const challenge = clientChallengeOf(response);
    if (!challenge || sha256Hex(challenge) !== challengeHash) return this.failure(uow, 'invalid_credentials', 'CHALLENGE_MISMATCH', device);
    const counter = signCountOf(response);
    if (counter === null) return this.failure(uow, 'invalid_credentials', 'MALFORMED_RESPONSE', device);
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: [...this.config.webauthn.origins],
      expectedRPID: this.config.webauthn.rpId,
      credential: { id: device.credentialId!, publicKey: new Uint8Array(device.publicKey!), counter: 0, transports: transportsOf(device) },
      // Without a password, the authenticator's user verification (§6.2.3) is the second factor.
      requireUserVerification: true,
    }).catch(() => null);
    if (!verification?.verified) return this.failure(uow, 'invalid_credentials', 'SIGNATURE_REFUSED', device);
    const stored = Number(device.signCount ?? 0);
    if ((counter > 0 || stored > 0) && counter <= stored) return this.counterRegressed(uow, device, stored, counter);
    return { device, counter };
  }

  /** The counter moves only forward (§6.1.1), in one guarded statement: of two concurrent uses of one response, one wins. */
  async spendCounter(uow: UnitOfWork, device: MfaDeviceEntity, counter: number): Promise<void> {
    const [, count] = (await uow.em.query(
      `UPDATE mfa_devices SET sign_count = $2
        WHERE id = $1 AND type = 'WEBAUTHN' AND passkey_sign_in AND (sign_count < $2 OR ($2 = 0 AND sign_count = 0)) RETURNING id`,
      [device.id, counter],
    )) as [unknown[], number];
    if (count !== 1) this.counterRegressed(uow, device, Number(device.signCount ?? 0), counter);
  }

  /** §6.1.1: a counter that did not increase signals a cloned authenticator (or a replay): refused, and the audit record says so. */
  private counterRegressed(uow: UnitOfWork, device: MfaDeviceEntity, stored: number, counter: number): never {
    uow.audit.detail({ storedSignCount: stored, responseSignCount: counter });
    return this.failure(uow, 'replayed_code', 'SIGN_COUNT_REGRESSED', device);
  }

  private failure(uow: UnitOfWork, result: string, reason: string, device: MfaDeviceEntity | null): never {
    this.limiter.recordFailure(result);
    uow.audit.detail({ reason, signInMethod: 'PASSKEY', ...(device ? { serialNumber: device.serialNumber } : {}) });
    throw passkeyRefused();
  }
}
