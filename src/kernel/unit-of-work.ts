import type { EntityManager } from 'typeorm';

/**
 * A write that rides in the statement of the operation's audit record: one data-modifying
 * statement (INSERT, UPDATE or DELETE, no WITH clause of its own) that becomes a CTE there.
 * Kept writes (`keepOnRollback`) ride in it whatever the outcome: inside the transaction when it
 * commits, in the failure record's statement when it rolls back. Writes with the record
 * (`writeWithRecord`) ride only in the committed one.
 */
export interface SqlWrite {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * One statement that runs `riders` as CTEs before `main`: their placeholders are renumbered after
 * main's. Every rider runs to completion whatever main reads (PostgreSQL runs data-modifying CTEs
 * exactly once); each must change rows no other part of the statement changes.
 */
export function withRiders(main: SqlWrite, riders: readonly SqlWrite[]): SqlWrite {
  if (riders.length === 0) return main;
  const params = [...main.params];
  const ctes = riders.map((r, i) => {
    const offset = params.length;
    params.push(...r.params);
    return `kept_${i} AS (${r.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  return { sql: `WITH ${ctes.join(',\n')}\n${main.sql}`, params };
}

/** The credential a call presented or issued, as the audit record names it. */
export interface CredentialNote {
  sessionId?: string | null;
  roleSessionName?: string | null;
  accessKeyId?: string | null;
  webIdentitySubject?: string | null;
  webIdentityIssuer?: string | null;
}

/**
 * What the audit record of an operation will say, noted explicitly by the code that knows it:
 * the action and resource authorized, the principal when the caller is not authenticated (the
 * user signing in), details, and the credential presented or issued.
 */
export class AuditNote {
  resourceArn: string | null = null;
  subjectArn: string | null = null;
  details: Record<string, unknown> | null = null;
  credential: CredentialNote = {};
  /** Whether the operation reached an authorization (see the GraphQL operation wrapper). */
  authorized = false;

  constructor(public action: string) {}

  /** The first authorization names the operation's action and resource. */
  authorizing(action: string, resourceArn: string): void {
    this.authorized = true;
    if (this.resourceArn) return;
    this.action = action;
    this.resourceArn = resourceArn;
  }

  detail(fields: Record<string, unknown>): void {
    this.details = { ...(this.details ?? {}), ...fields };
  }

  noteCredential(fields: CredentialNote): void {
    this.credential = { ...this.credential, ...fields };
  }
}

/**
 * One unit of work: the transaction's manager (or, outside a mutation, the data source's), the
 * writes that must survive its rollback, and its audit note. Domain services take it when they
 * change state that the audit trail or a rollback must know about; plain reads take `em` only.
 *
 * `memo` keeps per-unit state (a domain's DataLoaders, a work budget) keyed by the module that
 * owns it, so that each unit starts fresh and nothing below the domains knows what they keep.
 */
export class UnitOfWork {
  private readonly kept: SqlWrite[];
  /** This unit's own (not shared with the admission's unit, whose failure record must not carry them). */
  private readonly withRecord: SqlWrite[] = [];
  private readonly memos = new Map<symbol, unknown>();

  constructor(
    readonly em: EntityManager,
    readonly audit: AuditNote = new AuditNote('none'),
    kept: SqlWrite[] = [],
  ) {
    this.kept = kept;
  }

  /** The same operation in another transaction (admission, then the mutation): one note, one list of kept writes. */
  withManager(em: EntityManager): UnitOfWork {
    return new UnitOfWork(em, this.audit, this.kept);
  }

  /** Writes that stand even if this unit rolls back: written with the audit record, whatever the outcome. */
  keepOnRollback(...writes: SqlWrite[]): void {
    this.kept.push(...writes);
  }

  /**
   * Writes whose outcome the operation does not need (no row count, no returned value): they
   * ride in the audit record's statement when the unit commits, and go with it if it rolls back.
   * Their statement is the transaction's last, so it sees every row lock taken before it.
   */
  writeWithRecord(...writes: SqlWrite[]): void {
    this.withRecord.push(...writes);
  }

  /** The writes that ride in the committed audit record: those with the record, then the kept ones. */
  recordWrites(): readonly SqlWrite[] {
    return [...this.withRecord, ...this.kept];
  }

  /** The writes kept so far, in order (for the operation wrapper). */
  keptWrites(): readonly SqlWrite[] {
    return this.kept;
  }

  /** Per-unit state, made on first use. */
  memo<T>(key: symbol, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }
}

/**
 * A unit of work over a transaction of its own: for scripts and unit tests. It writes no audit
 * record, so the writes that would ride in one are sent at the end, in one statement.
 */
export async function inTransaction<T>(
  dataSource: { transaction<R>(run: (em: EntityManager) => Promise<R>): Promise<R> },
  run: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (em) => {
    const uow = new UnitOfWork(em);
    const result = await run(uow);
    const [first, ...rest] = uow.recordWrites();
    if (first) {
      const { sql, params } = withRiders(first, rest);
      await em.query(sql, [...params]);
    }
    return result;
  });
}
