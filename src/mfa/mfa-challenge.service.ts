import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IamError } from '../kernel/errors';
import { newToken, sha256Hex } from '../kernel/ids';

export const MFA_CHALLENGE_SECONDS = 5 * 60;

export const invalidChallenge = () =>
  new IamError('INVALID_CREDENTIALS', 'The sign-in challenge is invalid, used or expired: sign in again.');

/**
 * The MFA challenge between the password and the second factor: for one user, 5 minutes,
 * single-use (consumed by a guarded UPDATE when the second factor passes). Only its hash is stored.
 */
export class MfaChallengeService {
  /**
   * A challenge for a user whose password was verified before the transaction, issued only if
   * that password is still theirs (`verifiedHash`, guarded in the same statement; null when it
   * changed meanwhile).
   */
  async issue(
    em: EntityManager,
    userId: string,
    verifiedHash: string,
    webauthnChallengeHash: string | null,
  ): Promise<{ token: string; expiresAt: Date } | null> {
    const token = newToken('mfa_');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + MFA_CHALLENGE_SECONDS * 1000);
    // INSERT … RETURNING gives its rows as a plain array (UPDATE gives [rows, count]).
    const rows = (await em.query(
      `INSERT INTO mfa_challenges (id, token_hash, user_id, created_at, expires_at, used_at, webauthn_challenge_hash)
       SELECT $1, $2, $3, $4, $5, NULL, $7 WHERE EXISTS (SELECT 1 FROM login_profiles WHERE user_id = $3 AND password_hash = $6) RETURNING id`,
      [randomUUID(), sha256Hex(token), userId, now, expiresAt, verifiedHash, webauthnChallengeHash],
    )) as unknown[];
    return rows.length === 1 ? { token, expiresAt } : null;
  }

  /** Marks the challenge used; a concurrent respond that got there first makes this one fail. */
  async consume(em: EntityManager, challengeId: string): Promise<void> {
    const [, count] = (await em.query(
      'UPDATE mfa_challenges SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id',
      [challengeId],
    )) as [unknown[], number];
    if (count !== 1) throw invalidChallenge();
  }
}
