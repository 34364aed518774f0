import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IamError } from '../kernel/errors';
import { newToken, sha256Hex } from '../kernel/ids';
import { MfaChallengeEntity } from './mfa-challenge.entity';

export const MFA_CHALLENGE_SECONDS = 5 * 60;

const invalidChallenge = () =>
  new IamError('INVALID_CREDENTIALS', 'The sign-in challenge is invalid, used or expired: sign in again.');

/**
 * The MFA challenge between the password and the second factor: for one user, 5 minutes,
 * single-use (consumed by a guarded UPDATE when the second factor passes). Only its hash is stored.
 */
export class MfaChallengeService {
  async issue(em: EntityManager, userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken('mfa_');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + MFA_CHALLENGE_SECONDS * 1000);
    await em.insert(MfaChallengeEntity, { id: randomUUID(), tokenHash: sha256Hex(token), userId, createdAt: now, expiresAt, usedAt: null });
    return { token, expiresAt };
  }

  /** The live challenge of a token, or INVALID_CREDENTIALS. */
  async find(em: EntityManager, token: string): Promise<MfaChallengeEntity> {
    if (token.length < 16 || token.length > 512) throw invalidChallenge();
    const rows: Array<{ id: string; user_id: string }> = await em.query(
      'SELECT id, user_id FROM mfa_challenges WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()',
      [sha256Hex(token)],
    );
    const row = rows[0];
    if (!row) throw invalidChallenge();
    return Object.assign(new MfaChallengeEntity(), { id: row.id, userId: row.user_id });
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
