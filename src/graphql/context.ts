import type { DataSource, EntityManager } from 'typeorm';
import type { AuthzService } from '../authz/authz.service';
import type { Caller, CallerPrincipal } from '../authz/principal';
import type { Config } from '../config/config';
import type { ReadRouting } from '../db/read-routing';
import type { RequestOrigin } from '../kernel/caller';
import { UnitOfWork } from '../kernel/unit-of-work';
import type { Logger } from '../observability/logger';
import { type Loaders,loadersOf } from './loaders';

/**
 * What a resolver gets besides its arguments: who calls (`caller`), the unit of work it reads and
 * writes through (`uow`, with `em` its manager and `loaders` its DataLoaders), and the authorizer.
 * Services are not here: resolvers are factories over the services they declare (see schema.ts).
 *
 * The request's context holds the data source's unit of work (the primary). A mutation's resolver
 * gets a copy with the mutation's own unit of work, its transaction (see operation.ts); the fields
 * of its result are resolved after the commit, with the request's. A read-only query may be given
 * a replica's unit of work instead (read-replica.plugin.ts); `security` stays on the primary.
 */
export interface GraphQLContext {
  readonly caller: Caller;
  /** The caller's principal (`caller.principal`), or null. */
  readonly principal: CallerPrincipal | null;
  readonly uow: UnitOfWork;
  readonly em: EntityManager;
  /**
   * Where authorization reads the caller's policies, groups and the target's tags: the primary
   * (or the mutation's transaction), never a replica, so that a revoked permission is never
   * served from a lagging copy.
   */
  readonly security: UnitOfWork;
  /** Replica routing, or null without DATABASE_REPLICA_URLS. */
  readonly reads: ReadRouting | null;
  readonly loaders: Loaders;
  readonly authz: AuthzService;
  readonly config: Config;
  readonly dataSource: DataSource;
  readonly log: Logger;
  /** Where a session asked for as a cookie goes; null when the transport has no cookies. */
  readonly sessionCookie: SessionCookieSink | null;
}

/**
 * A transport-neutral outlet for the session cookie: a resolver says what should happen to it,
 * and the transport (src/http, which knows the cookie's name and attributes) does it once the
 * operation is over. Domains know nothing of cookies.
 */
export interface SessionCookieSink {
  /** Hand this session to the client as its cookie. */
  deliver(session: { readonly token: string; readonly expiresAt: Date }): void;
  /** Remove the client's session cookie (logout, or its session revoked). */
  clear(): void;
}

export interface ContextDeps {
  authz: AuthzService;
  config: Config;
  dataSource: DataSource;
  log: Logger;
  reads?: ReadRouting | null;
}

/** The request's context, once its caller is known. */
export function createGraphQLContext(
  deps: ContextDeps,
  origin: RequestOrigin,
  principal: CallerPrincipal | null,
  uow?: UnitOfWork,
  sessionCookie: SessionCookieSink | null = null,
): GraphQLContext {
  const unit = uow ?? new UnitOfWork(deps.dataSource.manager);
  const base = { ...deps, reads: deps.reads ?? null, caller: { ...origin, principal }, principal, sessionCookie };
  return withUnitOfWork({ ...base, uow: unit, em: unit.em, security: unit, loaders: loadersOf(unit) }, unit);
}

/** The same request in another unit of work (a mutation's transaction), with that unit's loaders; security reads go there too. */
export function withUnitOfWork(ctx: GraphQLContext, uow: UnitOfWork): GraphQLContext {
  return { ...ctx, uow, em: uow.em, security: uow, loaders: loadersOf(uow) };
}

/** The fields of a read-only query reading from a replica: plain reads there, security reads where they were. */
export function readingFrom(uow: UnitOfWork): Pick<GraphQLContext, 'uow' | 'em' | 'loaders'> {
  return { uow, em: uow.em, loaders: loadersOf(uow) };
}
