import type { DataSource, EntityManager } from 'typeorm';
import { AfterCommit } from '../db/after-commit';
import { ChangeListener } from '../db/change-listener';
import type { Logger } from '../observability/logger';
import type { RoleEntity } from '../roles/role.entity';
import type { SessionEntity } from './session.entity';

/** The channel on which the triggers of migration SessionCacheNotify announce changes ('s:ID', 'u:ID', 'r:ID'). */
export const SESSION_CHANNEL = 'iam_session_cache';

/** What one change affects: a session, every session of a user, of a role, or of an access key. */
export type SessionChange = `s:${string}` | `u:${string}` | `r:${string}` | `k:${string}`;

/** Another cache kept fresh by the same channel (the user cache): told every change, and whether the listener is up. */
export interface SessionChannelFollower {
  apply(change: string): void;
  listening(up: boolean): void;
}

/** What authentication and principal resolution need, so that a cached request runs no SQL. */
export interface CachedSession {
  readonly session: SessionEntity;
  /** The role of a role session, as loaded with it. */
  readonly role: RoleEntity | null;
  /** The latest use known here (ms): the database's last_used_at at load, or a later request here. */
  lastUsed: number;
  readonly keys: readonly SessionChange[];
}

/**
 * The live sessions of this process, keyed by token hash, bounded (IAM_SESSION_CACHE_MAX, oldest
 * first out), so that an authenticated request runs no SQL. Freshness is today's:
 *  - revocation: every write that can end a session or change its caller (sessions revoked or
 *    deleted, users and roles changed or deleted) is announced by a trigger (NOTIFY, delivered on
 *    commit to every instance's LISTEN connection, within milliseconds). On this instance the
 *    revocation paths also drop their entries inside the transaction and again after its commit
 *    (`drop`, as PolicyCache.invalidate), so that the next request here is refused at once.
 *  - a generation counter, bumped by every drop, keeps a load that raced with a drop from storing.
 *  - while the LISTEN connection is down nothing is cached (and the cache is cleared).
 *  - absolute expiry, idle timeout and a role's "revoke older sessions" are checked in memory on
 *    every hit (the caller does); an entry idle here is re-read from the database, since another
 *    instance may have used the session since.
 * The idle clock is kept in memory and written in batches: see `takeTouches`.
 */
export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();
  /** change key → token hashes it affects */
  private readonly byKey = new Map<string, Set<string>>();
  private readonly pending = new AfterCommit<SessionChange>();
  /** session id → latest use here (ms) not yet written to last_used_at */
  private touches = new Map<string, number>();
  /** session id → its last_used_at in the database as far as this instance knows (ms); bounded, cleared when full. */
  private readonly written = new Map<string, number>();
  private generationCounter = 0;
  private enabled: boolean;
  private listener: ChangeListener | null = null;
  private readonly followers: SessionChannelFollower[] = [];

  constructor(
    private readonly max: number,
    private readonly log?: Logger,
  ) {
    this.enabled = max > 0;
  }

  get generation(): number {
    return this.generationCounter;
  }

  get size(): number {
    return this.entries.size;
  }

  get(tokenHash: string): CachedSession | undefined {
    return this.enabled ? this.entries.get(tokenHash) : undefined;
  }

  /** Stores what a load outside any transaction read, unless something was dropped since `generation`. */
  store(tokenHash: string, session: SessionEntity, role: RoleEntity | null, lastUsed: number, generation: number): void {
    if (!this.enabled || generation !== this.generationCounter) return;
    this.remove(tokenHash);
    if (this.entries.size >= this.max) this.remove(this.entries.keys().next().value!);
    const keys: SessionChange[] = [`s:${session.id}`];
    if (session.userId) keys.push(`u:${session.userId}`);
    if (session.roleId) keys.push(`r:${session.roleId}`);
    if (session.accessKeyId) keys.push(`k:${session.accessKeyId}`);
    this.entries.set(tokenHash, { session, role, lastUsed, keys });
    for (const k of keys) {
      const set = this.byKey.get(k) ?? new Set<string>();
      set.add(tokenHash);
      this.byKey.set(k, set);
    }
  }

  remove(tokenHash: string): void {
    const entry = this.entries.get(tokenHash);
    if (!entry) return;
    this.entries.delete(tokenHash);
    for (const k of entry.keys) {
      const set = this.byKey.get(k);
      set?.delete(tokenHash);
      if (set && set.size === 0) this.byKey.delete(k);
    }
  }

  /** Call inside the transaction that ends sessions: drops them now, and again after the commit. */
  drop(em: EntityManager, change: SessionChange): void {
    this.apply(change);
    this.pending.note(em, change);
  }

  /** `follower` hears every change announced on this channel, and whether the listener is up. */
  follow(follower: SessionChannelFollower): void {
    this.followers.push(follower);
  }

  /** Drops what a change affects, here (and in the followers). */
  apply(change: string): void {
    for (const f of this.followers) f.apply(change);
    this.generationCounter++;
    const hashes = this.byKey.get(change);
    if (!hashes) return;
    for (const h of [...hashes]) this.remove(h);
  }

  clear(): void {
    this.generationCounter++;
    this.entries.clear();
    this.byKey.clear();
  }

  /** A request here used the session at `at` (ms). */
  touch(sessionId: string, at: number): void {
    this.touches.set(sessionId, Math.max(at, this.touches.get(sessionId) ?? 0));
  }

  /** The latest use here not yet written, if any. */
  pendingTouch(sessionId: string): number | undefined {
    return this.touches.get(sessionId);
  }

  /**
   * The uses to write to last_used_at, in one statement for all (SessionService.flushTouches),
   * every flush interval and on close; a periodic flush writes only the sessions whose stored
   * clock is at least `minStepMs` (a minute) behind, as the idle clock needs no finer grain and
   * requests close together cost nothing. Idle-timeout precision: the database's last_used_at lags
   * the latest use by at most that step plus the interval (plus the statement's time). This instance judges with
   * its own latest use, never earlier than the true one: a session never outlives its idle timeout.
   * Another instance's use is seen here when the entry is re-read (an entry that looks idle here
   * is re-read before it is refused), so a session used only elsewhere may end up to one interval
   * early, never late.
   */
  takeTouches(minStepMs = 0): Map<string, number> {
    const due = new Map<string, number>();
    for (const [id, at] of this.touches) if (at - (this.written.get(id) ?? 0) >= minStepMs) due.set(id, at);
    for (const id of due.keys()) this.touches.delete(id);
    return due;
  }

  /** The database's last_used_at of a session is `at` (ms): read by authenticate, or written by a flush. */
  noteWritten(sessionId: string, at: number): void {
    if (this.written.size >= Math.max(1000, 2 * this.max)) this.written.clear();
    this.written.set(sessionId, Math.max(at, this.written.get(sessionId) ?? 0));
  }

  /** Registers the after-commit hook on the data source (both PostgreSQL and PGlite). */
  attach(dataSource: DataSource): void {
    const settle = (changes: SessionChange[]) => {
      for (const change of changes) this.apply(change);
    };
    this.pending.attach(dataSource, { committed: settle, rolledBack: settle });
  }

  /** Embedded mode: the triggers' notifications come through PGlite's own LISTEN (one process). */
  async listenEmbedded(listen: (channel: string, cb: (payload: string) => void) => Promise<unknown>): Promise<void> {
    await listen(SESSION_CHANNEL, (payload) => this.apply(payload));
    for (const f of this.followers) f.listening(true);
  }

  /**
   * PostgreSQL mode: a dedicated connection LISTENs for every instance's changes. While it is down,
   * caching is off (a missed notification would leave a revoked session live), and it reconnects.
   */
  async listen(databaseUrl: string): Promise<void> {
    this.enabled = false;
    this.listener = new ChangeListener({
      url: databaseUrl,
      channel: SESSION_CHANNEL,
      applicationName: 'iam-session-cache',
      name: 'session cache',
      log: this.log,
      onMessage: (payload) => this.apply(payload),
      onUp: () => {
        this.clear();
        this.enabled = this.max > 0;
        for (const f of this.followers) f.listening(true);
      },
      onDown: () => {
        this.enabled = false;
        this.clear();
        for (const f of this.followers) f.listening(false);
      },
    });
    await this.listener.start();
  }

  async stop(): Promise<void> {
    this.enabled = false;
    this.clear();
    for (const f of this.followers) f.listening(false);
    await this.listener?.stop();
    this.listener = null;
  }
}
