import type { DataSource, EntityManager } from 'typeorm';
import { AfterCommit } from '../db/after-commit';
import type { UserEntity } from './user.entity';

/**
 * Users as a query reads them by name (`user(userName)`), kept by this instance so that an
 * authorized read of a user runs no SQL, as an authenticated request runs none (the session cache).
 * Bounded (IAM_USER_CACHE_MAX, oldest first out; 0 turns it off). Freshness, as the session cache's:
 *  - another instance's change: the trigger users_cache_notify of migration SessionCacheNotify
 *    announces every update or deletion of a user ('u:ID', delivered on commit to every instance's
 *    LISTEN connection within milliseconds); the session cache's listener hands it on (`apply`).
 *  - this instance's change: every commit here clears the cache (`attach`), before the writer's
 *    next request, whatever the transaction wrote: no write path has to remember it. The one
 *    exception is a transaction that says which users' rows it writes (`writesOnly`, a sign-in
 *    recording the password's use): after its commit only those leave the cache.
 *  - a generation counter, bumped by every drop, keeps a load that raced with a change from storing.
 *  - while the LISTEN connection is down nothing is cached (`listening(false)` clears it).
 * Only the data source's own manager fills it (the primary, outside any transaction), never a
 * replica or a transaction; a transaction never reads it (see UserService.readByName). A cached
 * user is frozen: whoever gets it shares it.
 */
export class UserCache {
  /** lower-cased name → user */
  private readonly entries = new Map<string, UserEntity>();
  /** id → lower-cased name */
  private readonly names = new Map<string, string>();
  private generationCounter = 0;
  /** Transactions that write no user's row but these (`writesOnly`). */
  private readonly declared = new AfterCommit<string>();
  /** Off until the listener is up (`listening(true)`). */
  private enabled = false;

  constructor(private readonly max: number) {}

  get generation(): number {
    return this.generationCounter;
  }

  get size(): number {
    return this.entries.size;
  }

  get(userNameLower: string): UserEntity | undefined {
    return this.enabled ? this.entries.get(userNameLower) : undefined;
  }

  /** Whether a read through `em` may serve from the cache: outside any transaction. */
  servesFor(em: EntityManager): boolean {
    return this.enabled && !em.queryRunner?.isTransactionActive;
  }

  /** Whether a read through `em` may fill it: the primary's own manager (no replica, no transaction). */
  fillsFrom(em: EntityManager): boolean {
    return this.enabled && em.queryRunner === undefined;
  }

  /** Stores what a load read, unless something was dropped since `generation`. */
  store(user: UserEntity, generation: number): void {
    if (!this.enabled || generation !== this.generationCounter) return;
    this.remove(user.id);
    if (this.entries.size >= this.max) {
      const oldest = this.entries.entries().next().value!;
      this.entries.delete(oldest[0]);
      this.names.delete(oldest[1].id);
    }
    this.entries.set(user.userNameLower, Object.freeze(user));
    this.names.set(user.id, user.userNameLower);
  }

  /** A change announced on the session cache's channel: 'u:ID' drops that user; others concern sessions and roles. */
  apply(change: string): void {
    if (!change.startsWith('u:')) return;
    this.generationCounter++;
    this.remove(change.slice(2));
  }

  /** The LISTEN connection is up (caching is safe from now on, starting empty) or down (nothing is cached). */
  listening(up: boolean): void {
    this.clear();
    this.enabled = up && this.max > 0;
  }

  clear(): void {
    this.generationCounter++;
    this.entries.clear();
    this.names.clear();
  }

  /**
   * The transaction of `em` writes to no user's row but this user's: the user leaves the cache now
   * and again after the commit, and the commit leaves every other user cached. Only for a
   * transaction whose every write is known to its caller (a sign-in's); outside one it is a drop.
   */
  writesOnly(em: EntityManager, userId: string): void {
    this.apply(`u:${userId}`);
    this.declared.note(em, userId);
  }

  /** Every commit on this instance clears the cache, but for a transaction that declared its writes (both PostgreSQL and PGlite). */
  attach(dataSource: DataSource): void {
    this.declared.attach(dataSource, {
      committed: (ids) => ids.forEach((id) => this.apply(`u:${id}`)),
      rolledBack: () => undefined,
      unnoted: () => this.clear(),
    });
  }

  private remove(id: string): void {
    const name = this.names.get(id);
    if (name === undefined) return;
    this.names.delete(id);
    this.entries.delete(name);
  }
}
