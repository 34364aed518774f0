import type { EntityManager } from 'typeorm';
import type { AttemptLimiter } from './attempt-limiter';

export type ThrottledFactor = 'password' | 'mfa';

/** One user's counters of one factor, summed up in SQL (a user may have a row per attacking source). */
export interface ThrottleRow {
  userId: string;
  factor: ThrottledFactor;
  failures: number;
  refused: number;
  windowStart: Date | null;
  throttledUntil: Date | null;
  sourcesInBackoff: number;
}

export interface FactorThrottleView {
  failures: number;
  maxFailures: number;
  refused: number;
  windowEndsAt: Date | null;
  throttledUntil: Date | null;
  sourcesInBackoff: number;
}

export interface SignInThrottleView {
  password: FactorThrottleView;
  mfa: FactorThrottleView;
}

/** The counters of many users in one statement, for a loader (key order is the loader's job). */
export async function loadThrottleRows(em: EntityManager, userIds: readonly string[]): Promise<ThrottleRow[]> {
  const rows: Array<Record<string, unknown>> = await em.query(
    `SELECT user_id, split_part(key, ':', 1) AS factor,
            max(CASE WHEN strpos(key, '#') = 0 THEN failures END) AS failures,
            max(CASE WHEN strpos(key, '#') = 0 THEN refused END) AS refused,
            max(CASE WHEN strpos(key, '#') = 0 THEN window_start END) AS window_start,
            max(CASE WHEN strpos(key, '#') = 0 AND blocked_until > now() THEN blocked_until END) AS throttled_until,
            count(*) FILTER (WHERE strpos(key, '#') > 0 AND blocked_until > now()) AS sources_in_backoff
       FROM auth_attempt_counters
      WHERE user_id = ANY($1) AND (key LIKE 'password:user:%' OR key LIKE 'mfa:user:%')
      GROUP BY user_id, split_part(key, ':', 1)`,
    [[...userIds]],
  );
  return rows.map((r) => ({
    userId: String(r.user_id),
    factor: r.factor === 'mfa' ? 'mfa' : 'password',
    failures: Number(r.failures ?? 0),
    refused: Number(r.refused ?? 0),
    windowStart: r.window_start ? new Date(r.window_start as string) : null,
    throttledUntil: r.throttled_until ? new Date(r.throttled_until as string) : null,
    sourcesInBackoff: Number(r.sources_in_backoff ?? 0),
  }));
}

/**
 * What an administrator sees of a user's guessing limits (User.signInThrottle) and how they clear
 * them (resetSignInThrottle): the per-account ceiling of each factor and how many sources are in
 * backoff. Not an AWS concept: AWS keeps its sign-in throttling to itself.
 */
export class SignInThrottleService {
  constructor(private readonly limiter: AttemptLimiter) {}

  view(rows: readonly ThrottleRow[], now = new Date()): SignInThrottleView {
    const of = (factor: ThrottledFactor): FactorThrottleView => {
      const limit = this.limiter.accountLimit(factor);
      const row = rows.find((r) => r.factor === factor);
      const windowEndsAt = row?.windowStart ? new Date(row.windowStart.getTime() + limit.windowSeconds * 1000) : null;
      const live = windowEndsAt !== null && windowEndsAt.getTime() > now.getTime();
      return {
        failures: live ? row!.failures : 0,
        maxFailures: limit.maxFailures,
        refused: live ? row!.refused : 0,
        windowEndsAt: live ? windowEndsAt : null,
        throttledUntil: row?.throttledUntil ?? null,
        sourcesInBackoff: row?.sourcesInBackoff ?? 0,
      };
    };
    return { password: of('password'), mfa: of('mfa') };
  }

  async reset(em: EntityManager, userId: string, factors: readonly ThrottledFactor[]): Promise<void> {
    for (const factor of factors) await this.limiter.reset(em, factor, userId);
  }
}
