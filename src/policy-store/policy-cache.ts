import type { DataSource, EntityManager } from 'typeorm';
import { AfterCommit } from '../db/after-commit';
import { ChangeListener } from '../db/change-listener';
import type { Logger } from '../observability/logger';
import { type CompiledPolicy, compilePolicy } from '../policy';
import { PatternInterner } from './pattern-interning';
import type { CompiledDocument, PolicyMeta, PrincipalPolicySet } from './policy-set';
import { principalKey, type PrincipalRef } from './principal-ref';

/** The PostgreSQL channel on which every instance announces changes to policies and attachments. */
export const INVALIDATION_CHANNEL = 'iam_policy_cache';

/**
 * A change that affects cached decisions: one principal, everything (a policy's default version),
 * or the stored resource policy of one resource ARN.
 */
export type Invalidation = ({ type: PrincipalRef['type']; id: string } | { all: true } | { resourceArn: string }) & {
  /** Document slots (PolicyCache.compiledFor's keys) that no principal can have any more: dropped at once. */
  documents?: readonly string[];
};

/** A resource's stored policy, compiled; null: the resource has none (cached too). */
export type StoredResourcePolicy = CompiledPolicy<PolicyMeta> | null;

export interface PolicyCacheBounds {
  /** Compiled policy sets of principals (IAM_POLICY_CACHE_MAX_PRINCIPALS). */
  readonly maxPrincipals: number;
  /** Compiled policy documents (IAM_POLICY_CACHE_MAX_DOCUMENTS). */
  readonly maxDocuments: number;
  /** Resource ARNs whose stored policy (or its absence) is kept compiled (IAM_POLICY_CACHE_MAX_RESOURCE_POLICIES). */
  readonly maxResourcePolicies?: number;
}

const DEFAULT_POLICY_CACHE_BOUNDS: PolicyCacheBounds = { maxPrincipals: 50_000, maxDocuments: 20_000, maxResourcePolicies: 10_000 };

interface SetEntry {
  set: PrincipalPolicySet;
  /** Group ids whose policies are in this (user's) set. */
  groups: readonly string[];
}

/**
 * The process-wide caches of authorization, each bounded and least recently used first out:
 *  - compiled policy documents, one slot per managed policy (its default version) and per inline
 *    policy row, so that a new version or a replaced inline document takes its predecessor's place
 *    instead of leaving it behind until it is the oldest; a deleted inline policy's slot is dropped
 *    with the invalidation;
 *  - each principal's compiled policy set (identity policies, groups' included, and boundary).
 * A Map keeps insertion order: a hit moves its entry to the end, so the first key is the least
 * recently used.
 *
 * Invalidation, so that a change is visible on the next request here and within 100 ms elsewhere:
 *  - `invalidate(em, change)` is called inside the mutation's transaction. It drops the entries at
 *    once (the mutation's own later reads reload, through its transaction, without storing) and,
 *    on PostgreSQL, sends NOTIFY inside the transaction, which PostgreSQL delivers on commit to
 *    every instance's LISTEN connection (https://www.postgresql.org/docs/current/sql-notify.html).
 *  - after the commit (a TypeORM transaction subscriber) the entries are dropped again here, so
 *    that a read that raced with the transaction cannot have left the old state behind.
 *  - a generation counter, bumped by every drop, keeps a load that started before a drop from
 *    storing what it read.
 * A load made inside a transaction is never stored (it may see uncommitted rows).
 */
export class PolicyCache {
  private readonly compiled = new Map<string, CompiledDocument>();
  /**
   * Documents that left `compiled` but that cached sets may still hold: found again instead of
   * compiled a second time (which would keep two copies alive), dropped when the last set lets go.
   */
  private readonly evicted = new Map<string, WeakRef<CompiledDocument>>();
  private readonly collected = new FinalizationRegistry<string>((key) => {
    if (this.evicted.get(key)?.deref() === undefined) this.evicted.delete(key);
  });
  private readonly patterns = new PatternInterner();
  private readonly sets = new Map<string, SetEntry>();
  private readonly resources = new Map<string, StoredResourcePolicy>();
  private readonly pending = new AfterCommit<Invalidation>();
  private generation = 0;
  /** False while the LISTEN connection is down: other instances' changes could be missed. */
  private enabled = true;
  private listener: ChangeListener | null = null;
  private notifyEnabled = false;

  constructor(
    private readonly log?: Logger,
    private readonly bounds: PolicyCacheBounds = DEFAULT_POLICY_CACHE_BOUNDS,
  ) {}

  /** Documents in the bounded LRU (those only cached sets still hold are not counted). */
  get documentsCached(): number {
    return this.compiled.size;
  }

  get currentGeneration(): number {
    return this.generation;
  }

  /**
   * A compiled document from the cache, compiling it once, or null when it does not compile whole
   * (the caller fails closed; nothing is kept). One entry per version row, shared by every
   * principal that has the policy: `meta` says what the document is, never how a principal got it
   * (the group it came through is in each principal's own entry, PolicySetEntry.source). The
   * parsed AST is not kept (listings parse `text` again, see documentListing) and the matchers are
   * shared between documents (PatternInterner).
   */
  compiledFor(key: string, revision: string, text: string, meta: PolicyMeta): CompiledDocument | null {
    const hit = this.compiled.get(key);
    if (hit) this.compiled.delete(key);
    if (hit?.revision === revision) {
      this.compiled.set(key, hit);
      return hit;
    }
    const kept = this.evicted.get(key)?.deref();
    this.evicted.delete(key);
    const alive = kept?.revision === revision ? kept : undefined;
    const entry = alive ?? this.compile(text, meta, revision);
    if (!entry) return null;
    if (this.compiled.size >= this.bounds.maxDocuments) {
      const [oldest, out] = this.compiled.entries().next().value!;
      this.compiled.delete(oldest);
      this.evicted.set(oldest, new WeakRef(out));
      this.collected.register(out, oldest);
    }
    this.compiled.set(key, entry);
    return entry;
  }

  private compile(text: string, meta: PolicyMeta, revision: string): CompiledDocument | null {
    const policy = compilePolicy(text, meta);
    if (policy.document === null || policy.findings.some((f) => f.severity === 'ERROR')) return null;
    policy.document = null;
    return { policy: this.patterns.intern(policy), text, revision };
  }

  getSet(ref: PrincipalRef): PrincipalPolicySet | undefined {
    if (!this.enabled) return undefined;
    const key = principalKey(ref);
    const entry = this.sets.get(key);
    if (!entry) return undefined;
    this.sets.delete(key);
    this.sets.set(key, entry);
    return entry.set;
  }

  /** Stores a set loaded outside any transaction, unless something changed since `generation`. */
  storeSet(ref: PrincipalRef, set: PrincipalPolicySet, groups: readonly string[], generation: number): void {
    if (!this.enabled || generation !== this.generation) return;
    if (this.sets.size >= this.bounds.maxPrincipals) this.sets.delete(this.sets.keys().next().value!);
    this.sets.set(principalKey(ref), { set, groups });
  }

  /** The stored policy of a resource ARN (null: none), or undefined when not cached. */
  getResourcePolicy(resourceArn: string): StoredResourcePolicy | undefined {
    if (!this.enabled) return undefined;
    const hit = this.resources.get(resourceArn);
    if (hit === undefined) return undefined;
    this.resources.delete(resourceArn);
    this.resources.set(resourceArn, hit);
    return hit;
  }

  /** Stores what was loaded outside any transaction for a resource ARN, unless something changed since `generation`. */
  storeResourcePolicy(resourceArn: string, policy: StoredResourcePolicy, generation: number): void {
    if (!this.enabled || generation !== this.generation) return;
    if (this.resources.size >= (this.bounds.maxResourcePolicies ?? DEFAULT_POLICY_CACHE_BOUNDS.maxResourcePolicies!)) this.resources.delete(this.resources.keys().next().value!);
    this.resources.set(resourceArn, policy);
  }

  /** Call inside the transaction that makes the change; see the class comment. */
  async invalidate(em: EntityManager, change: Invalidation): Promise<void> {
    this.apply(change);
    this.pending.note(em, change);
    if (this.notifyEnabled) {
      await em.query('SELECT pg_notify($1, $2)', [INVALIDATION_CHANNEL, JSON.stringify(change)]);
    }
  }

  /** Drops what a change affects, here. */
  apply(change: Invalidation): void {
    this.generation++;
    for (const key of change.documents ?? []) {
      this.compiled.delete(key);
      this.evicted.delete(key);
    }
    if ('all' in change) {
      this.sets.clear();
      return;
    }
    if ('resourceArn' in change) {
      this.resources.delete(change.resourceArn);
      return;
    }
    const key = principalKey(change);
    this.sets.delete(key);
    if (change.type === 'GROUP') {
      for (const [k, entry] of this.sets) if (entry.groups.includes(change.id)) this.sets.delete(k);
    }
  }

  clear(): void {
    this.generation++;
    this.sets.clear();
    this.resources.clear();
  }

  /** Registers the after-commit hook on the data source (both PostgreSQL and PGlite). */
  attach(dataSource: DataSource): void {
    this.pending.attach(dataSource, {
      committed: (changes) => {
        for (const change of changes) this.apply(change);
      },
      // What the rolled-back transaction read may be in no entry (loads in a transaction are
      // not stored), but bump the generation anyway: cheap and safe.
      rolledBack: () => {
        this.generation++;
      },
    });
  }

  /**
   * PostgreSQL mode: a dedicated connection LISTENs for other instances' changes. While it is
   * down, caching is off (a missed notification would leave a stale set), and it reconnects.
   */
  async listen(databaseUrl: string): Promise<void> {
    this.notifyEnabled = true;
    this.listener = new ChangeListener({
      url: databaseUrl,
      channel: INVALIDATION_CHANNEL,
      applicationName: 'iam-policy-cache',
      name: 'policy cache',
      log: this.log,
      onMessage: (payload) => {
        try {
          this.apply(JSON.parse(payload) as Invalidation);
        } catch {
          this.clear();
        }
      },
      onUp: () => {
        this.clear();
        this.enabled = true;
      },
      onDown: () => {
        this.enabled = false;
        this.clear();
      },
    });
    await this.listener.start();
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.listener = null;
  }
}
