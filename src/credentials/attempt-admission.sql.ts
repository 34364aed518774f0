import type { AttemptCheck } from './attempt-keys';

interface Window {
  maxFailures: number;
  windowSeconds: number;
}

/** The limiter's settings this statement needs (see LimiterSettings). */
export interface AdmissionLimits {
  threshold: number;
  baseBackoffSeconds: number;
  maxBackoffSeconds: number;
  source: Window;
  account: Window;
  forgetAfterSeconds: number;
  knownSourceSeconds: number;
}

/** What the one admission statement returns: each counter's answer (null where it was not counted). */
export interface AdmissionRow {
  pair_admitted: boolean | null;
  pair_wait: number | string | null;
  known: boolean;
  account_admitted: boolean | null;
  account_wait: number | string | null;
  source_admitted: boolean | null;
  source_wait: number | string | null;
}

/**
 * A window counter (an account's ceiling, a source's budget) as one data-modifying CTE: `$key`,
 * `$max`, `$win` are its placeholders, `gate` the CTE whose `go` says whether the counters before
 * it admitted the attempt (a refusal stops the chain: the later counters are not counted).
 * At `max` failures the key refuses until the window ends, except for a source known for the
 * account (`known`, from the pair counter).
 */
function windowCte(name: string, gate: string, key: string, user: string, max: string, win: string): string {
  const expired = `c.window_start <= now() - make_interval(secs => ${win}::float8)`;
  const holds = `c.window_start > now() - make_interval(secs => ${win}::float8) AND c.blocked_until > now() AND NOT (SELECT known FROM pk)`;
  return `${name} AS (
    INSERT INTO auth_attempt_counters AS c (key, user_id, failures, refused, blocked_until, window_start, updated_at)
    SELECT ${key}::text, ${user}::uuid, 1, 0, CASE WHEN 1 >= ${max}::int THEN now() + make_interval(secs => ${win}::float8) END, now(), now()
      FROM ${gate} WHERE ${gate}.go AND ${key}::text IS NOT NULL
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN ${expired} THEN 1 WHEN ${holds} THEN c.failures ELSE c.failures + 1 END,
      refused = CASE WHEN ${expired} THEN 0 WHEN ${holds} THEN c.refused + 1 ELSE c.refused END,
      blocked_until = CASE
        WHEN ${expired} THEN CASE WHEN 1 >= ${max}::int THEN now() + make_interval(secs => ${win}::float8) END
        WHEN c.blocked_until > now() THEN c.blocked_until
        WHEN c.failures + 1 >= ${max}::int THEN c.window_start + make_interval(secs => ${win}::float8)
        ELSE NULL END,
      window_start = CASE WHEN ${expired} THEN now() ELSE c.window_start END,
      updated_at = CASE WHEN ${holds} THEN c.updated_at ELSE now() END,
      last_admitted = NOT COALESCE(${holds}, false)
    RETURNING last_admitted AS admitted, ceil(extract(epoch FROM blocked_until - now()))::int AS wait_seconds)`;
}

/**
 * The admission of one check as one statement (committed on its own): the pair, then the account,
 * then the source, each counted in advance by an atomic upsert, each only if the one before it
 * admitted. Every counter row stays locked until the statement ends, always in that order, so
 * parallel guesses queue on the rows and cannot deadlock. The caller gives back what was counted
 * when a later counter refused (`giveBack`).
 *
 * Placeholders: $1 pair, $2 account, $3 source, $4 user id, $5 threshold, $6 base backoff,
 * $7 max backoff, $8 forget after, $9 known-source age, $10/$11 account max/window,
 * $12/$13 source max/window.
 */
export function admissionStatement(check: AttemptCheck, s: AdmissionLimits): [string, unknown[]] {
  const sql = `WITH p AS (
    INSERT INTO auth_attempt_counters AS c (key, user_id, failures, refused, blocked_until, window_start, updated_at)
    SELECT $1::text, $4::uuid, 1, 0, CASE WHEN 1 >= $5::int THEN now() + make_interval(secs => $6::float8) END, now(), now()
     WHERE $1::text IS NOT NULL
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN c.blocked_until > now() THEN c.failures
                      WHEN c.updated_at <= now() - make_interval(secs => $8::float8) THEN 1
                      ELSE c.failures + 1 END,
      refused = CASE WHEN c.blocked_until > now() THEN c.refused + 1 ELSE c.refused END,
      blocked_until = CASE
        WHEN c.blocked_until > now() THEN c.blocked_until
        WHEN c.updated_at <= now() - make_interval(secs => $8::float8) THEN
          CASE WHEN 1 >= $5::int THEN now() + make_interval(secs => $6::float8) END
        WHEN c.failures + 1 >= $5::int
          THEN now() + make_interval(secs => LEAST($7::float8, $6::float8 * power(2, c.failures + 1 - $5::int)))
        ELSE NULL END,
      updated_at = CASE WHEN c.blocked_until > now() THEN c.updated_at ELSE now() END,
      last_admitted = NOT COALESCE(c.blocked_until > now(), false)
    RETURNING last_admitted AS admitted,
              ceil(extract(epoch FROM blocked_until - now()))::int AS wait_seconds,
              COALESCE(last_success_at > now() - make_interval(secs => $9::float8), false) AS known),
  pk AS (SELECT COALESCE((SELECT admitted FROM p), $1::text IS NULL) AS go, COALESCE((SELECT known FROM p), false) AS known),
  ${windowCte('a', 'pk', '$2', '$4', '$10', '$11')},
  ak AS (SELECT (SELECT go FROM pk) AND COALESCE((SELECT admitted FROM a), $2::text IS NULL) AS go),
  ${windowCte('s', 'ak', '$3', 'NULL', '$12', '$13')}
  SELECT (SELECT admitted FROM p) AS pair_admitted, (SELECT wait_seconds FROM p) AS pair_wait, (SELECT known FROM pk) AS known,
         (SELECT admitted FROM a) AS account_admitted, (SELECT wait_seconds FROM a) AS account_wait,
         (SELECT admitted FROM s) AS source_admitted, (SELECT wait_seconds FROM s) AS source_wait`;
  const params = [
    check.pair, check.account, check.source, check.userId,
    s.threshold, s.baseBackoffSeconds, s.maxBackoffSeconds, s.forgetAfterSeconds, s.knownSourceSeconds,
    s.account.maxFailures, s.account.windowSeconds, s.source.maxFailures, s.source.windowSeconds,
  ];
  return [sql, params];
}
