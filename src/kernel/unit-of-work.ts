import type { EntityManager } from 'typeorm';

/** A write that must stand even when the unit of work rolls back (a guessing counter's answer). */
export type KeptWrite = (em: EntityManager) => Promise<void>;

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
  private readonly kept: KeptWrite[];
  private readonly memos = new Map<symbol, unknown>();

  constructor(
    readonly em: EntityManager,
    readonly audit: AuditNote = new AuditNote('none'),
    kept: KeptWrite[] = [],
  ) {
    this.kept = kept;
  }

  /** The same operation in another transaction (admission, then the mutation): one note, one list of kept writes. */
  withManager(em: EntityManager): UnitOfWork {
    return new UnitOfWork(em, this.audit, this.kept);
  }

  /** A write that stands even if this unit rolls back: run after the commit, or with the failure record. */
  keepOnRollback(write: KeptWrite): void {
    this.kept.push(write);
  }

  /** The writes kept so far, in order (for the operation wrapper). */
  keptWrites(): readonly KeptWrite[] {
    return this.kept;
  }

  /** Per-unit state, made on first use. */
  memo<T>(key: symbol, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }
}

/** A unit of work over a transaction of its own: for scripts and unit tests. */
export async function inTransaction<T>(
  dataSource: { transaction<R>(run: (em: EntityManager) => Promise<R>): Promise<R> },
  run: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  return dataSource.transaction((em) => run(new UnitOfWork(em)));
}
