import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { errorSummary } from '../observability/error-summary';
import type { Logger } from '../observability/logger';

/** The settings (DATABASE_REPLICA_MAX_LAG_SECONDS, DATABASE_REPLICA_RETRY_SECONDS), in ms. */
export interface ReadRoutingLimits {
  /** How far behind the primary a replica may be and still answer a query (default 10 s). */
  readonly maxLagMs: number;
  /**
   * After a replica failed to answer: every read goes to the primary this long, then replicas are
   * tried again; also how long a writer reads from the primary when the primary's WAL position
   * after its write could not be read (default 5 s).
   */
  readonly retryAfterMs: number;
}
export const DEFAULT_READ_ROUTING_LIMITS: ReadRoutingLimits = { maxLagMs: 10_000, retryAfterMs: 5_000 };
const SAMPLE_EVERY_MS = 1_000;
const MAX_WRITERS = 10_000;

export type ReadTarget = 'replica' | 'primary';
/** Why a read went where it went (a metric label). */
export type ReadReason = 'replica' | 'own-write' | 'lagging' | 'replica-down';

/** A read-only manager on one replica connection, held for one operation. */
export interface ReplicaLease {
  readonly em: EntityManager;
  release(): Promise<void>;
}

interface WriteMark {
  /** The primary's WAL position after the caller's last commit, or null: unknown, pin until `until`. */
  lsn: bigint | null;
  until: number;
}

/** `16/B374D848` → a number that orders like the WAL. */
export function parseLsn(text: string): bigint {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text);
  if (!m) throw new Error('not a WAL position');
  return (BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`);
}

/**
 * Which server answers a read-only GraphQL query: a streaming replica, unless that could show the
 * caller something older than it must see. Everything else (writes, mutations' transactions,
 * authentication, authorization's policy loads, sign-in state) never comes here: it uses the
 * data source's own manager, whose default replication mode is the primary (data-source.ts).
 *
 * A replica answers only when, on the very connection that will run the query,
 *  - its replayed WAL position (`pg_last_wal_replay_lsn()`) is at or past the caller's last
 *    commit (`pg_current_wal_lsn()` read on the primary after it): read your own writes;
 *  - and at or past where the primary was `maxLagMs` ago (the primary's position is
 *    sampled every second): nobody sees data more than that much older than the primary's.
 * Otherwise, or if the replica cannot be asked, the query goes to the primary (fail safe, logged;
 * after a failure replicas rest for `retryAfterMs`). Replay only moves forward, so what
 * was checked on the connection holds for every statement of the operation after it.
 * State is per process and in memory; another instance knows nothing of this one's writes, and a
 * caller who writes on one instance and reads on another may read from a replica that lags (up to
 * `maxLagMs`): route a session to one instance, or accept that bound.
 */
export class ReadRouting {
  private readonly writers = new Map<string, WriteMark>();
  private readonly samples: Array<{ at: number; lsn: bigint }> = [];
  private sampler: NodeJS.Timeout | null = null;
  private restUntil = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
    private readonly count: (target: ReadTarget, reason: ReadReason) => void = () => undefined,
    private readonly now: () => number = Date.now,
    private readonly limits: ReadRoutingLimits = DEFAULT_READ_ROUTING_LIMITS,
  ) {}

  /** Samples the primary's WAL position every second; the first sample is taken now. */
  async start(): Promise<void> {
    await this.sample();
    this.sampler = setInterval(() => void this.sample(), SAMPLE_EVERY_MS);
    this.sampler.unref();
  }

  stop(): void {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
  }

  /**
   * After a commit made for this caller (a mutation, with success or with its failure record):
   * its reads go to the primary until a replica has replayed it.
   */
  async noteWrite(caller: string | null): Promise<void> {
    if (!caller) return;
    let lsn: bigint | null = null;
    try {
      const rows = (await this.dataSource.manager.query('SELECT pg_current_wal_lsn()::text AS lsn')) as Array<{ lsn: string }>;
      lsn = parseLsn(rows[0]!.lsn);
    } catch (err) {
      this.log.warn({ err: errorSummary(err) }, `could not read the primary's WAL position after a write: this caller reads from the primary for ${this.limits.retryAfterMs / 1000} s`);
    }
    this.writers.delete(caller);
    if (this.writers.size >= MAX_WRITERS) this.writers.delete(this.writers.keys().next().value!);
    this.writers.set(caller, { lsn, until: this.now() + (lsn === null ? this.limits.retryAfterMs : this.limits.maxLagMs + 2 * SAMPLE_EVERY_MS) });
  }

  /** A replica for a read-only operation of this caller, or null: read from the primary. */
  async replicaFor(caller: string | null): Promise<ReplicaLease | null> {
    const now = this.now();
    if (now < this.restUntil) return this.primary('replica-down');
    const mark = caller ? this.writers.get(caller) : undefined;
    if (mark && mark.until <= now) this.writers.delete(caller!);
    const own = mark && mark.until > now ? mark : undefined;
    if (own && own.lsn === null) return this.primary('own-write');
    const bound = this.freshnessBound(now);
    let runner: QueryRunner | null = null;
    try {
      runner = this.dataSource.createQueryRunner('slave');
      const rows = (await runner.query('SELECT pg_last_wal_replay_lsn()::text AS lsn')) as Array<{ lsn: string | null }>;
      const text = rows[0]?.lsn;
      if (!text) throw new Error('not a streaming replica (pg_last_wal_replay_lsn() is null)');
      const replayed = parseLsn(text);
      if (own && own.lsn !== null && replayed < own.lsn) return await this.back(runner, 'own-write');
      if (bound !== null && replayed < bound) {
        this.log.warn(`a read replica lags more than ${this.limits.maxLagMs / 1000} s behind the primary: this query reads from the primary`);
        return await this.back(runner, 'lagging');
      }
      if (own) this.writers.delete(caller!);
      this.count('replica', 'replica');
      const held = runner;
      return { em: held.manager, release: () => held.release() };
    } catch (err) {
      this.restUntil = this.now() + this.limits.retryAfterMs;
      this.log.warn({ err: errorSummary(err) }, `a read replica did not answer: reads go to the primary for ${this.limits.retryAfterMs / 1000} s`);
      await runner?.release().catch(() => undefined);
      return this.primary('replica-down');
    }
  }

  private async back(runner: QueryRunner, reason: ReadReason): Promise<null> {
    await runner.release();
    return this.primary(reason);
  }

  private primary(reason: ReadReason): null {
    this.count('primary', reason);
    return null;
  }

  /** The primary's position `maxLagMs` ago (the newest sample at least that old), if known. */
  private freshnessBound(now: number): bigint | null {
    let bound: bigint | null = null;
    for (const s of this.samples) if (now - s.at >= this.limits.maxLagMs) bound = s.lsn;
    return bound;
  }

  private async sample(): Promise<void> {
    try {
      const rows = (await this.dataSource.manager.query('SELECT pg_current_wal_lsn()::text AS lsn')) as Array<{ lsn: string }>;
      const now = this.now();
      this.samples.push({ at: now, lsn: parseLsn(rows[0]!.lsn) });
      // Keep one sample older than the bound and the ones since.
      while (this.samples.length > 1 && now - this.samples[1]!.at >= this.limits.maxLagMs) this.samples.shift();
    } catch (err) {
      this.log.warn({ err: errorSummary(err) }, 'could not sample the primary\'s WAL position');
    }
  }
}
