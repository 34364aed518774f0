import type { EntityManager } from 'typeorm';
import type { RequestOrigin } from '../kernel/caller';
import { IamError } from '../kernel/errors';
import type { SqlWrite, UnitOfWork } from '../kernel/unit-of-work';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { type AdmissionRow, admissionStatement } from './attempt-admission.sql';
import type { AttemptCheck, Factor } from './attempt-keys';

export interface WindowLimit {
  maxFailures: number;
  windowSeconds: number;
}

export interface LimiterSettings {
  /** Consecutive failures of one factor from one source before that source backs off (5). */
  threshold: number;
  /** First backoff, doubled at every further failure from the source, capped. */
  baseBackoffSeconds: number;
  maxBackoffSeconds: number;
  /** Failures per source address (any account) per window. */
  source: WindowLimit;
  /** The per-account ceiling of each factor, over every source (access keys have none). */
  account: Record<'password' | 'mfa', WindowLimit>;
}

/** Window counters ($1 keys, $2 their maximums) get back the count taken in advance. */
const GIVE_BACK_WINDOWS = `UPDATE auth_attempt_counters AS c SET failures = GREATEST(c.failures - 1, 0),
        blocked_until = CASE WHEN c.failures - 1 < g.max THEN NULL ELSE c.blocked_until END
   FROM unnest($1::text[], $2::int[]) AS g(key, max) WHERE c.key = g.key`;

/** A source's consecutive failures are forgotten a day after the last one (and its row purged). */
export const FORGET_AFTER_SECONDS = 24 * 3600;
/** A source from which the factor succeeded in the last 30 days is "known" for that account. */
export const KNOWN_SOURCE_SECONDS = 30 * 24 * 3600;

/**
 * The one guessing limiter of every path that checks a factor (login, respondToMfaChallenge,
 * getSessionToken, changePassword, enableMfaDevice, resyncMfaDevice, assumeRole with MFA).
 *
 * Per check it keeps three counters (see AttemptCheck): the factor of this account from this
 * source (backoff after `threshold` consecutive failures, reset by a success from there), the
 * account over all sources (a ceiling per window), and the source over all accounts (a window).
 * Nothing ever locks for good: anyone can name a user or an access key, so a permanent lock
 * would be a lockout that anyone could cause. At the account ceiling, only sources from which
 * the factor succeeded in the last 30 days are still admitted (NIST SP 800-63B lists accepting
 * only previously successful addresses among the ways to keep throttling from locking the
 * subscriber out), so the owner signing in from a usual address is not slowed by others.
 *
 * Each attempt is admitted, and counted as a failure in advance, before it is evaluated, by one
 * statement of atomic upserts, one per counter, committed on its own: parallel guesses queue on the counter's row
 * lock, so a burst gets no more evaluations than a sequence. A refusal by one counter gives the
 * others their count back; a success takes its own count back and resets its source's backoff.
 */
/**
 * What an admission counted for one check: the proof, handed from the admission step (before the
 * transaction) to the code that checks the factor inside it.
 */
export class Admitted {
  /** Whether a success already gave the counts back (once per admission). */
  givenBack = false;

  constructor(
    readonly check: AttemptCheck,
    readonly keys: ReadonlySet<string>,
  ) {}
}

export class AttemptLimiter {
  constructor(
    private readonly settings: LimiterSettings,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {}

  /**
   * Admission, before the mutation's transaction: the pair, the account and the source, in that
   * order (the pair refuses most often, and refuses first at no further cost). Throws
   * TOO_MANY_ATTEMPTS (noted on the unit's audit record); else the proof of what was counted.
   */
  async admit(uow: UnitOfWork, check: AttemptCheck): Promise<Admitted> {
    const em = uow.em;
    const [sql, params] = admissionStatement(check, {
      ...this.settings,
      account: this.accountLimit(check.factor),
      forgetAfterSeconds: FORGET_AFTER_SECONDS,
      knownSourceSeconds: KNOWN_SOURCE_SECONDS,
    });
    const row = firstRow<AdmissionRow>(await em.query(sql, params));
    const answers: Array<[string | null, boolean | null, number | string | null]> = [
      [check.pair, row.pair_admitted, row.pair_wait],
      [check.account, row.account_admitted, row.account_wait],
      [check.source, row.source_admitted, row.source_wait],
    ];
    const counted: string[] = [];
    for (const [key, admitted, wait] of answers) {
      if (key === null) continue;
      if (admitted !== true) {
        // Refused here (the counters after it were not counted): the ones before get their count back.
        await this.giveBack(em, check, counted);
        this.metrics.loginAttempts.inc({ result: 'throttled' });
        uow.audit.detail({ reason: 'THROTTLED' });
        const seconds = Math.max(1, Number(wait ?? 1));
        throw new IamError('TOO_MANY_ATTEMPTS', `Too many failed attempts. Try again in ${seconds} seconds.`, { retryAfterSeconds: seconds });
      }
      counted.push(key);
    }
    return new Admitted(check, new Set(counted));
  }

  /**
   * Inside the transaction: the check must have been admitted (and counted) before. A path that
   * was not is a bug; fail closed rather than evaluate an uncounted guess.
   */
  requireAdmitted(origin: RequestOrigin, check: AttemptCheck, admitted: Admitted | null | undefined): Admitted {
    const keys = [check.pair, check.account, check.source].filter((k): k is string => k !== null);
    if (admitted && keys.length > 0 && keys.every((k) => admitted.keys.has(k))) return admitted;
    this.log.error({ requestId: origin.requestId, factor: check.factor }, 'factor check was not admitted by the limiter: refused');
    throw new IamError('INTERNAL_SERVER_ERROR', 'Internal server error');
  }

  /** A wrong answer: it was counted when it was admitted; this only reports it. */
  recordFailure(result: string): void {
    this.metrics.loginAttempts.inc({ result });
  }

  /**
   * The factor was right: its source's backoff starts again (and the source becomes known for
   * the account), and the account and source get back the count taken in advance. Kept whatever
   * the mutation's outcome (a right old password with a rejected new one is no guess).
   */
  recordSuccess(uow: UnitOfWork, admitted: Admitted): void {
    if (admitted.givenBack) return;
    admitted.givenBack = true;
    const check = admitted.check;
    const giveBack = [check.account, check.source].filter((k): k is string => k !== null && admitted.keys.has(k));
    const pair = check.pair && admitted.keys.has(check.pair) && check.userId ? check.pair : null;
    uow.keepOnRollback(...this.succeed(check, pair, giveBack));
  }

  /** An administrator's reset: the account's ceiling and every source's backoff for that factor. */
  async reset(em: EntityManager, factor: 'password' | 'mfa', userId: string): Promise<void> {
    const account = `${factor}:user:${userId}`;
    const pairs = `${account}#%`;
    await em.query('DELETE FROM auth_attempt_counters WHERE (key = $1 OR key LIKE $2) AND last_success_at IS NULL', [account, pairs]);
    await em.query('UPDATE auth_attempt_counters SET failures = 0, refused = 0, blocked_until = NULL WHERE key LIKE $1', [pairs]);
  }

  /**
   * Deletes counters that no longer change any decision: no failure for a day, not blocked, and
   * not a known source. Windows and backoffs are at most a day, so this is the same as waiting.
   */
  async purge(em: EntityManager): Promise<void> {
    await em.query(
      `DELETE FROM auth_attempt_counters
        WHERE updated_at < now() - make_interval(secs => $1::float8)
          AND (blocked_until IS NULL OR blocked_until <= now())
          AND (last_success_at IS NULL OR last_success_at < now() - make_interval(secs => $2::float8))`,
      [FORGET_AFTER_SECONDS, KNOWN_SOURCE_SECONDS],
    );
  }

  accountLimit(factor: Factor): WindowLimit {
    return factor === 'mfa' ? this.settings.account.mfa : this.settings.account.password;
  }

  private limitOf(check: AttemptCheck, key: string): number {
    return key === check.source ? this.settings.source.maxFailures : this.accountLimit(check.factor).maxFailures;
  }

  /** Takes back the counts of an attempt that another counter refused. */
  private async giveBack(em: EntityManager, check: AttemptCheck, keys: string[]): Promise<void> {
    const windowed = keys.filter((k) => k !== check.pair);
    if (keys.includes(check.pair ?? '')) {
      await em.query(
        `UPDATE auth_attempt_counters SET failures = GREATEST(failures - 1, 0),
                blocked_until = CASE WHEN failures - 1 < $2::int THEN NULL ELSE blocked_until END
          WHERE key = $1`,
        [check.pair, this.settings.threshold],
      );
    }
    if (windowed.length > 0) await this.giveBackWindows(em, check, windowed);
  }

  private async giveBackWindows(em: EntityManager, check: AttemptCheck, keys: string[]): Promise<void> {
    await em.query(GIVE_BACK_WINDOWS, [keys, keys.map((k) => this.limitOf(check, k))]);
  }

  /**
   * The success's writes, kept whatever the outcome (they ride in the audit record's statement):
   * the windows get their count back, the source's backoff restarts and it becomes known.
   */
  private succeed(check: AttemptCheck, pair: string | null, giveBack: string[]): SqlWrite[] {
    const writes: SqlWrite[] = [];
    if (giveBack.length > 0) writes.push({ sql: GIVE_BACK_WINDOWS, params: [giveBack, giveBack.map((k) => this.limitOf(check, k))] });
    if (pair) {
      writes.push({
        sql: `INSERT INTO auth_attempt_counters AS c (key, user_id, failures, refused, blocked_until, window_start, updated_at, last_success_at)
              VALUES ($1, $2::uuid, 0, 0, NULL, now(), now(), now())
              ON CONFLICT (key) DO UPDATE SET failures = 0, refused = 0, blocked_until = NULL, updated_at = now(), last_success_at = now()`,
        params: [pair, check.userId],
      });
    }
    return writes;
  }
}

/** The audit record's reason for a refusal. */

/** TypeORM returns the rows of INSERT … RETURNING as a plain array (UPDATE/DELETE give [rows, count]). */
function firstRow<T>(result: unknown): T {
  const rows = Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result;
  return (rows as T[])[0]!;
}
