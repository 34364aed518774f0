import type { EntityManager } from 'typeorm';
import { IamError } from '../common/errors';
import type { RequestContext } from '../graphql/context';

/** One thing whose guesses are counted: a user's factor, an access key, or a source address. */
export interface AttemptKey {
  key: string;
  /** The user the counter belongs to (deleted with the user); null for addresses and unknown names. */
  userId: string | null;
  kind: 'factor' | 'ip';
}

export interface LimiterSettings {
  /** Consecutive failures before backoff starts (5). */
  threshold: number;
  /** First backoff, doubled at every further failure, capped. */
  baseBackoffSeconds: number;
  maxBackoffSeconds: number;
  /** NIST SP 800-63B §5.2.2: at most 100 consecutive failures, then only an administrator unlocks. */
  maxConsecutiveFailures: number;
  ipMaxFailures: number;
  ipWindowSeconds: number;
}

export const attemptKeys = {
  password: (userId: string): AttemptKey => ({ key: `password:user:${userId}`, userId, kind: 'factor' }),
  /** An unknown user name is throttled like a known one, so lockout reveals nothing either. */
  unknownUserPassword: (userName: string): AttemptKey => ({ key: `password:name:${userName.toLowerCase().slice(0, 128)}`, userId: null, kind: 'factor' }),
  mfa: (userId: string): AttemptKey => ({ key: `mfa:user:${userId}`, userId, kind: 'factor' }),
  accessKey: (accessKeyId: string, userId: string | null): AttemptKey => ({ key: `access-key:${accessKeyId.slice(0, 128)}`, userId, kind: 'factor' }),
  ip: (ip: string): AttemptKey => ({ key: `ip:${ip}`, userId: null, kind: 'ip' }),
};

interface CounterRow {
  key: string;
  failures: number;
  /** Seconds until unblocked; -1 when blocked until an administrator resets it. */
  wait_seconds: number | string;
}

/**
 * The one guessing limiter of every path that checks a factor (login, respondToMfaChallenge,
 * getSessionToken, enableMfaDevice, resyncMfaDevice, changePassword, assumeRole with MFA).
 *
 * Counters live in the database so that replicas share them, and change only through single
 * atomic statements (INSERT … ON CONFLICT DO UPDATE … RETURNING): concurrent failures are each
 * counted once. Failures are written by `ctx.operation.onFailure`, i.e. in their own transaction
 * after the mutation's rollback, so a failed attempt leaves its count and nothing else. Each
 * aliased mutation is its own operation and counts on its own.
 *
 * Per factor: after `threshold` consecutive failures, exponential backoff during which even the
 * right answer is refused (TOO_MANY_ATTEMPTS with retryAfterSeconds); a success resets; at
 * `maxConsecutiveFailures` the factor stays locked until an administrator resets it
 * (NIST SP 800-63B §5.2.2). Per source address: at most `ipMaxFailures` failures per window.
 */
export class AttemptLimiter {
  constructor(private readonly settings: LimiterSettings) {}

  /** Refuses (and counts the refusal) when any of the keys is blocked now. */
  async assertAllowed(ctx: RequestContext, em: EntityManager, keys: AttemptKey[]): Promise<void> {
    // Keys admitted before the transaction were checked (and counted) then.
    const live = keys.filter((k) => k.key.length > 0 && !ctx.operation?.admitted.has(k.key));
    if (live.length === 0) return;
    const rows: CounterRow[] = await em.query(
      `SELECT key, failures,
              CASE WHEN blocked_until = 'infinity'::timestamptz THEN -1
                   ELSE ceil(extract(epoch FROM blocked_until - now()))::int END AS wait_seconds
         FROM auth_attempt_counters WHERE key = ANY($1) AND blocked_until > now()`,
      [live.map((k) => k.key)],
    );
    if (rows.length === 0) return;
    let retryAfter = 0;
    let permanent = false;
    for (const r of rows) {
      const wait = Number(r.wait_seconds);
      if (wait < 0) permanent = true;
      else retryAfter = Math.max(retryAfter, wait);
    }
    const blockedKeys = rows.map((r) => r.key);
    ctx.operation?.onFailure.push(async (failEm) => {
      await failEm.query('UPDATE auth_attempt_counters SET refused = refused + 1, updated_at = now() WHERE key = ANY($1)', [blockedKeys]);
    });
    ctx.services.metrics.loginAttempts.inc({ result: 'throttled' });
    if (ctx.operation) ctx.operation.details = { ...(ctx.operation.details ?? {}), reason: 'THROTTLED' };
    if (permanent) {
      throw new IamError(
        'TOO_MANY_ATTEMPTS',
        'Too many failed attempts: this sign-in factor is locked until an administrator resets it.',
        { retryAfterSeconds: null, administratorResetRequired: true },
      );
    }
    throw new IamError('TOO_MANY_ATTEMPTS', `Too many failed attempts. Try again in ${Math.max(1, retryAfter)} seconds.`, {
      retryAfterSeconds: Math.max(1, retryAfter),
    });
  }

  /** Counts one failure of each key, after the mutation's rollback, in one atomic statement each. */
  recordFailure(ctx: RequestContext, keys: AttemptKey[], result: string): void {
    ctx.services.metrics.loginAttempts.inc({ result });
    // An admitted attempt was counted as a failure when it was admitted.
    const pending = keys.filter((k) => !ctx.operation?.admitted.has(k.key));
    if (pending.length === 0) return;
    ctx.operation?.onFailure.push(async (em) => {
      for (const k of pending) await this.increment(em, k);
    });
  }

  /**
   * The factor was right: its consecutive-failure count starts again. Addresses keep their
   * failures, less the one an admitted attempt was counted for in advance.
   */
  async recordSuccess(em: EntityManager, keys: AttemptKey[], ctx?: RequestContext): Promise<void> {
    const admitted = ctx?.operation?.admitted ?? new Set<string>();
    await this.clear(em, keys, admitted);
    // The factor was right even if the mutation fails later (say, a new password breaks the
    // policy): the success must outlive the rollback, or a right answer would count as a guess.
    ctx?.operation?.onFailure.push((failEm) => this.clear(failEm, keys, admitted));
  }

  private async clear(em: EntityManager, keys: AttemptKey[], admitted: ReadonlySet<string>): Promise<void> {
    const factorKeys = keys.filter((k) => k.kind === 'factor').map((k) => k.key);
    if (factorKeys.length > 0) await em.query('DELETE FROM auth_attempt_counters WHERE key = ANY($1)', [factorKeys]);
    const ipKeys = keys.filter((k) => k.kind === 'ip' && admitted.has(k.key)).map((k) => k.key);
    if (ipKeys.length > 0) {
      await em.query(
        `UPDATE auth_attempt_counters SET failures = GREATEST(failures - 1, 0),
                blocked_until = CASE WHEN failures - 1 < $2::int THEN NULL ELSE blocked_until END
          WHERE key = ANY($1)`,
        [ipKeys, this.settings.ipMaxFailures],
      );
    }
  }

  /**
   * Admission, before the mutation's transaction and committed on its own: each key's attempt is
   * counted as a failure in advance by one atomic upsert, or refused while the key is blocked.
   * Concurrent guesses therefore queue on the counter's row lock and only `threshold` of them are
   * ever evaluated before backoff starts; a success later takes its count back (recordSuccess).
   * Refusals throw TOO_MANY_ATTEMPTS; admitted keys are marked on the operation so that
   * assertAllowed and recordFailure inside the transaction do not count them twice.
   */
  async admit(ctx: RequestContext, em: EntityManager, keys: AttemptKey[]): Promise<void> {
    const s = this.settings;
    for (const k of keys.filter((x) => x.key.length > 0)) {
      const row = firstRow(
        await em.query(
          k.kind === 'ip'
            ? `INSERT INTO auth_attempt_counters AS c (key, user_id, failures, refused, blocked_until, window_start, updated_at)
               VALUES ($1, NULL, 1, 0, CASE WHEN 1 >= $2::int THEN now() + make_interval(secs => $3::float8) END, now(), now())
               ON CONFLICT (key) DO UPDATE SET
                 refused = CASE WHEN c.blocked_until > now() THEN c.refused + 1 ELSE c.refused END,
                 failures = CASE WHEN c.blocked_until > now() THEN c.failures
                                 WHEN c.window_start <= now() - make_interval(secs => $3::float8) THEN 1
                                 ELSE c.failures + 1 END,
                 blocked_until = CASE WHEN c.blocked_until > now() THEN c.blocked_until
                                      WHEN c.window_start <= now() - make_interval(secs => $3::float8) THEN
                                        CASE WHEN 1 >= $2::int THEN now() + make_interval(secs => $3::float8) END
                                      WHEN c.failures + 1 >= $2::int THEN c.window_start + make_interval(secs => $3::float8)
                                      ELSE NULL END,
                 window_start = CASE WHEN c.blocked_until > now() THEN c.window_start
                                     WHEN c.window_start <= now() - make_interval(secs => $3::float8) THEN now()
                                     ELSE c.window_start END,
                 updated_at = CASE WHEN c.blocked_until > now() THEN c.updated_at ELSE now() END
               RETURNING updated_at = now() AS admitted,
                         CASE WHEN blocked_until = 'infinity'::timestamptz THEN -1
                              ELSE ceil(extract(epoch FROM blocked_until - now()))::int END AS wait_seconds`
            : `INSERT INTO auth_attempt_counters AS c (key, user_id, failures, refused, blocked_until, window_start, updated_at)
               VALUES ($1, $2::uuid, 1, 0, CASE WHEN 1 >= $3::int THEN now() + make_interval(secs => $5::float8) END, now(), now())
               ON CONFLICT (key) DO UPDATE SET
                 refused = CASE WHEN c.blocked_until > now() THEN c.refused + 1 ELSE c.refused END,
                 failures = CASE WHEN c.blocked_until > now() THEN c.failures ELSE c.failures + 1 END,
                 blocked_until = CASE
                   WHEN c.blocked_until > now() THEN c.blocked_until
                   WHEN c.failures + 1 >= $4::int THEN 'infinity'::timestamptz
                   WHEN c.failures + 1 >= $3::int THEN now() + make_interval(secs => LEAST($6::float8, $5::float8 * power(2, c.failures + 1 - $3::int)))
                   ELSE NULL END,
                 updated_at = CASE WHEN c.blocked_until > now() THEN c.updated_at ELSE now() END
               RETURNING updated_at = now() AS admitted,
                         CASE WHEN blocked_until = 'infinity'::timestamptz THEN -1
                              ELSE ceil(extract(epoch FROM blocked_until - now()))::int END AS wait_seconds`,
          k.kind === 'ip'
            ? [k.key, s.ipMaxFailures, s.ipWindowSeconds]
            : [k.key, k.userId, s.threshold, s.maxConsecutiveFailures, s.baseBackoffSeconds, s.maxBackoffSeconds],
        ),
      );
      if (row.admitted) {
        ctx.operation?.admitted.add(k.key);
        continue;
      }
      ctx.services.metrics.loginAttempts.inc({ result: 'throttled' });
      if (ctx.operation) ctx.operation.details = { ...(ctx.operation.details ?? {}), reason: 'THROTTLED' };
      const wait = Number(row.wait_seconds);
      if (wait < 0) {
        throw new IamError('TOO_MANY_ATTEMPTS', 'Too many failed attempts: this sign-in factor is locked until an administrator resets it.', {
          retryAfterSeconds: null,
          administratorResetRequired: true,
        });
      }
      throw new IamError('TOO_MANY_ATTEMPTS', `Too many failed attempts. Try again in ${Math.max(1, wait)} seconds.`, {
        retryAfterSeconds: Math.max(1, wait),
      });
    }
  }

  /** An administrator's reset (new password, deactivated or resynced device). */
  async reset(em: EntityManager, keys: AttemptKey[]): Promise<void> {
    await this.clear(em, keys, new Set());
  }

  /** Returns the consecutive failures after this one (used by tests through the API's behaviour). */
  async increment(em: EntityManager, k: AttemptKey): Promise<number> {
    const s = this.settings;
    if (k.kind === 'ip') {
      const rows = insertedRows(await em.query(
        `INSERT INTO auth_attempt_counters AS c (key, user_id, failures, refused, blocked_until, window_start, updated_at)
         VALUES ($1, NULL, 1, 0, CASE WHEN 1 >= $2::int THEN now() + make_interval(secs => $3::float8) END, now(), now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN c.window_start <= now() - make_interval(secs => $3::float8) THEN 1 ELSE c.failures + 1 END,
           window_start = CASE WHEN c.window_start <= now() - make_interval(secs => $3::float8) THEN now() ELSE c.window_start END,
           blocked_until = CASE
             WHEN c.window_start > now() - make_interval(secs => $3::float8) AND c.failures + 1 >= $2::int
               THEN c.window_start + make_interval(secs => $3::float8)
             ELSE NULL END,
           updated_at = now()
         RETURNING failures`,
        [k.key, s.ipMaxFailures, s.ipWindowSeconds],
      ));
      return rows[0]!.failures;
    }
    const rows = insertedRows(await em.query(
      `INSERT INTO auth_attempt_counters AS c (key, user_id, failures, refused, blocked_until, window_start, updated_at)
       VALUES ($1, $2::uuid, 1, 0, NULL, now(), now())
       ON CONFLICT (key) DO UPDATE SET
         failures = c.failures + 1,
         blocked_until = CASE
           WHEN c.failures + 1 >= $4::int THEN 'infinity'::timestamptz
           WHEN c.failures + 1 >= $3::int THEN now() + make_interval(secs => LEAST($6::float8, $5::float8 * power(2, c.failures + 1 - $3::int)))
           ELSE NULL END,
         updated_at = now()
       RETURNING failures`,
      [k.key, k.userId, s.threshold, s.maxConsecutiveFailures, s.baseBackoffSeconds, s.maxBackoffSeconds],
    ));
    return rows[0]!.failures;
  }
}

function firstRow(result: unknown): { admitted: boolean; wait_seconds: number | string | null } {
  return insertedRows(result)[0] as unknown as { admitted: boolean; wait_seconds: number | string | null };
}

/** TypeORM returns the rows of INSERT … RETURNING as a plain array (UPDATE/DELETE give [rows, count]). */
function insertedRows(result: unknown): Array<{ failures: number }> {
  const rows = Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result;
  return rows as Array<{ failures: number }>;
}
