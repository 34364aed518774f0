import type { DataSource, EntityManager } from 'typeorm';
import type { CallerPrincipal } from '../authz/principal';
import type { Config } from '../config/config';
import type { Logger } from '../observability/logger';
import type { AuditIdentity } from '../audit/audit-identity';
import type { Services } from '../services';
import { createLoaders, type Loaders } from './loaders';

/** What the running mutation writes to the audit log; authorize() fills in action and resource. */
export interface OperationRecord {
  fieldName: string;
  action: string;
  resourceArn: string | null;
  /** The principal to record when the caller is not authenticated (e.g. the user signing in). */
  subjectArn: string | null;
  details: Record<string, unknown> | null;
  /** Writes that must survive the mutation's rollback, run in their own transaction after it. */
  onFailure: Array<(em: EntityManager) => Promise<void>>;
  /**
   * Writes kept whatever the outcome (a right answer to a factor check): run after the commit,
   * outside the transaction, or with the failure record after a rollback.
   */
  keep: Array<(em: EntityManager) => Promise<void>>;
  /** Whether authorize() was reached (a NO_SUCH_ENTITY before it is re-checked, see transactional.ts). */
  authorized: boolean;
  /** Guessing-limiter counters admitted (and counted) before the transaction began. */
  admitted: Set<string>;
  /** What the mutation's admission step found before the transaction (e.g. a verified password). */
  prepared: unknown;
  /**
   * An explicit audit note on the credential the call presented or issued (the session a sign-in
   * made, the access key presented to getSessionToken): completes the caller's identity.
   */
  credential: Partial<AuditIdentity> | null;
}

/**
 * The per-request context: built once per HTTP request from the bearer token.
 * `em` is the current unit of work: the mutation's transaction while a mutation runs, else the
 * data source's manager. Loaders read `em` at batch time, so they join the transaction.
 */
export interface RequestContext {
  readonly requestId: string;
  readonly sourceIp: string | null;
  readonly secureTransport: boolean;
  readonly userAgent: string | null;
  readonly config: Config;
  readonly services: Services;
  readonly dataSource: DataSource;
  readonly log: Logger;
  /** The authenticated caller, or null. */
  principal: CallerPrincipal | null;
  /** The current unit of work (an accessor over `unit.em`). */
  em: EntityManager;
  readonly unit: UnitOfWork;
  loaders: Loaders;
  operation: OperationRecord | null;
}

export interface UnitOfWork {
  em: EntityManager;
}

/**
 * Apollo copies the context object for each operation (Object.assign onto an object with the same
 * prototype). The unit of work therefore lives in a holder shared by reference, with `em` as a
 * prototype accessor, so that resolvers (on the copy) and loaders (built on the original) always
 * see the same transaction.
 */
const contextPrototype = {
  get em(): EntityManager {
    return (this as unknown as RequestContext).unit.em;
  },
  set em(value: EntityManager) {
    (this as unknown as RequestContext).unit.em = value;
  },
};

export type RequestContextInit = Omit<RequestContext, 'em' | 'unit' | 'loaders' | 'principal' | 'operation'> & {
  em: EntityManager;
};

export function createRequestContext(init: RequestContextInit): RequestContext {
  const { em, ...fields } = init;
  const ctx = Object.assign(Object.create(contextPrototype) as RequestContext, fields, {
    unit: { em },
    principal: null,
    operation: null,
  });
  ctx.loaders = createLoaders(() => ctx.unit.em);
  return ctx;
}
