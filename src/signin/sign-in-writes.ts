import type { EntityManager } from 'typeorm';

/*
 * The two guarded writes of a sign-in that span tables of two domains in one statement. Each
 * also records the password's use on the user's row (AWS PasswordLastUsed), and that UPDATE is
 * the user's row lock (it conflicts with every FOR UPDATE / FOR SHARE lock of lockUserRow and
 * lockUserShared), taken before the session is issued: the session and its cap ride in the audit
 * record's statement, a later one, whose snapshot sees every session committed before the lock
 * (SessionService.issue with userLockedIn).
 */

/**
 * A password verified before the transaction is used, only if it is still the user's password
 * (an administrator may have changed it meanwhile). The row count decides.
 */
export async function notePasswordUse(em: EntityManager, userId: string, verifiedHash: string, at: Date): Promise<boolean> {
  const [, count] = (await em.query(
    `UPDATE users SET password_last_used = $3 WHERE id = $1
        AND EXISTS (SELECT 1 FROM login_profiles WHERE user_id = $1 AND password_hash = $2) RETURNING id`,
    [userId, verifiedHash, at],
  )) as [unknown[], number];
  return count === 1;
}

export interface SpentFactor {
  /** The challenge was live and is now used. */
  challenge: boolean;
  /** The device's time step was newer than its last used one and is now spent. */
  step: boolean;
}

/**
 * The end of an MFA sign-in with a TOTP code, in one statement: the user's row (lock and password
 * use) first, then the single-use challenge, then the device's time step (RFC 6238 §5.2: never
 * accepted twice), each only if the one before it changed a row. The row counts decide: of
 * concurrent submits of one challenge, or of one code on two challenges, exactly one spends both
 * (the others wait on the row, then find it used). The user's row comes first, as in
 * revokeAllForUser (user, then challenges), so the two cannot deadlock. A caller whose
 * challenge or step was not spent throws, and the transaction rolls the rest back.
 */
export async function spendChallengeAndStep(
  em: EntityManager,
  spend: { userId: string; challengeId: string; deviceId: string; step: number; at: Date },
): Promise<SpentFactor> {
  const rows: Array<{ challenge: boolean; step: boolean }> = await em.query(
    `WITH pw AS (UPDATE users SET password_last_used = $5 WHERE id = $1 RETURNING id),
          ch AS (UPDATE mfa_challenges SET used_at = now()
                  WHERE id = $2 AND user_id = $1 AND used_at IS NULL AND expires_at > now() AND EXISTS (SELECT 1 FROM pw) RETURNING id),
          st AS (UPDATE mfa_devices SET last_used_step = $4
                  WHERE id = $3 AND user_id = $1 AND (last_used_step IS NULL OR last_used_step < $4) AND EXISTS (SELECT 1 FROM ch) RETURNING id)
     SELECT EXISTS (SELECT 1 FROM ch) AS challenge, EXISTS (SELECT 1 FROM st) AS step`,
    [spend.userId, spend.challengeId, spend.deviceId, spend.step, spend.at],
  );
  return rows[0]!;
}

/**
 * The end of an MFA sign-in with a security key, in one statement, in the order of
 * spendChallengeAndStep: the user's row, then the single-use challenge, then the credential's
 * signature counter, moved only forward (W3C WebAuthn §6.1.1; both 0 is an authenticator without
 * a counter). Of concurrent submits of one response exactly one spends both.
 */
export async function spendChallengeAndCounter(
  em: EntityManager,
  spend: { userId: string; challengeId: string; deviceId: string; counter: number; at: Date },
): Promise<SpentFactor> {
  const rows: Array<{ challenge: boolean; step: boolean }> = await em.query(
    `WITH pw AS (UPDATE users SET password_last_used = $5 WHERE id = $1 RETURNING id),
          ch AS (UPDATE mfa_challenges SET used_at = now()
                  WHERE id = $2 AND user_id = $1 AND used_at IS NULL AND expires_at > now() AND EXISTS (SELECT 1 FROM pw) RETURNING id),
          st AS (UPDATE mfa_devices SET sign_count = $4
                  WHERE id = $3 AND user_id = $1 AND type = 'WEBAUTHN' AND (sign_count < $4 OR ($4 = 0 AND sign_count = 0))
                    AND EXISTS (SELECT 1 FROM ch) RETURNING id)
     SELECT EXISTS (SELECT 1 FROM ch) AS challenge, EXISTS (SELECT 1 FROM st) AS step`,
    [spend.userId, spend.challengeId, spend.deviceId, spend.counter, spend.at],
  );
  return rows[0]!;
}
