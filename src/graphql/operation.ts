import type { GraphQLFieldResolver } from 'graphql';
import type { AuditService } from '../audit/audit.service';
import { isDatabaseUnavailable } from '../db/unavailable';
import { Errors, IamError } from '../kernel/errors';
import { AuditNote, UnitOfWork } from '../kernel/unit-of-work';
import { errorSummary } from '../observability/error-summary';
import { authorize } from './authorize';
import { type GraphQLContext,withUnitOfWork } from './context';
import { writerKey } from './read-replica.plugin';

/** AWS spells some acronyms in capitals (CreateVirtualMFADevice, CreateOpenIDConnectProvider). */
const ACTION_OVERRIDES: Record<string, string> = {
  login: 'signin:ConsoleLogin',
  respondToMfaChallenge: 'signin:ConsoleLogin',
  // A passkey sign-in is a console sign-in like the password's: both halves are recorded so.
  createPasskeySignInOptions: 'signin:ConsoleLogin',
  completePasskeySignIn: 'signin:ConsoleLogin',
  // AWS registers a FIDO security key with EnableMFADevice: both halves of ours are that action.
  createWebAuthnRegistrationOptions: 'iam:EnableMFADevice',
  completeWebAuthnRegistration: 'iam:EnableMFADevice',
  logout: 'signin:Logout',
  getSessionToken: 'sts:GetSessionToken',
  assumeRole: 'sts:AssumeRole',
  assumeRoleWithWebIdentity: 'sts:AssumeRoleWithWebIdentity',
};

/** The AWS action a mutation field stands for, for the audit log when authorize() was not reached. */
export function defaultActionOf(fieldName: string): string {
  const override = ACTION_OVERRIDES[fieldName];
  if (override) return override;
  const pascal = fieldName[0]!.toUpperCase() + fieldName.slice(1);
  return 'iam:' + pascal.replace(/Mfa/g, 'MFA').replace(/OpenId/g, 'OpenID');
}

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext>;
type Admit = (args: never, ctx: GraphQLContext) => Promise<unknown>;

const ADMISSION = Symbol('admission');
/** What each running mutation's admission returned, by the context its resolver was given. */
const admissions = new WeakMap<GraphQLContext, unknown>();

/**
 * A mutation with an admission step: work that runs before its transaction, outside it:
 * admission to the guessing limiter (committed on its own, so concurrent guesses see it),
 * CPU-bound checks such as argon2 (which should not hold a database session; on embedded PGlite
 * there is only one) and network fetches. What it returns is handed to the resolver, typed; its
 * errors are handled like the mutation's.
 */
export function admitted<Args, A, R>(
  admit: (args: Args, ctx: GraphQLContext) => Promise<A>,
  resolve: (args: Args, ctx: GraphQLContext, admission: A) => Promise<R>,
): (parent: unknown, args: Args, ctx: GraphQLContext) => Promise<R> {
  const resolver = (_: unknown, args: Args, ctx: GraphQLContext) => {
    if (!admissions.has(ctx)) throw new Error('a mutation with an admission step ran without it');
    return resolve(args, ctx, admissions.get(ctx) as A);
  };
  return Object.assign(resolver, { [ADMISSION]: admit });
}

/**
 * One transaction per mutation field, with its audit record inside it. GraphQL runs root mutation
 * fields one after another, so each aliased mutation is its own unit of work. The resolver gets a
 * copy of the context with that unit (its transaction, fresh loaders). The writes kept whatever
 * the outcome (failed-attempt counters) ride in the audit record's statement. On failure the
 * transaction rolls back, then one statement writes the denial to the audit log with the kept
 * writes: nothing else remains.
 */
export function transactional(fieldName: string, resolve: Resolver, audit: AuditService): Resolver {
  const admit = (resolve as Resolver & { [ADMISSION]?: Admit })[ADMISSION];
  return async (parent, args, ctx, info) => {
    const outside = new UnitOfWork(ctx.dataSource.manager, new AuditNote(defaultActionOf(fieldName)));
    const note = outside.audit;
    try {
      const admission = admit ? await admit(args as never, withUnitOfWork(ctx, outside)) : undefined;
      const result = await ctx.dataSource.transaction(async (em) => {
        const uow = outside.withManager(em);
        const opCtx = withUnitOfWork(ctx, uow);
        if (admit) admissions.set(opCtx, admission);
        const value = await resolve(parent, args, opCtx, info);
        await audit.record(em, ctx.caller, uow, {
          action: note.action,
          resourceArn: note.resourceArn,
          outcome: 'SUCCESS',
          principalArn: ctx.principal?.arn ?? note.subjectArn,
          details: note.details,
        });
        return value;
      });
      await ctx.reads?.noteWrite(writerKey(ctx, note.subjectArn));
      return result;
    } catch (thrown) {
      const unavailable = !(thrown instanceof IamError) && isDatabaseUnavailable(thrown);
      if (unavailable) ctx.log.warn({ err: errorSummary(thrown), requestId: ctx.caller.requestId, field: fieldName }, 'the database did not answer: mutation refused');
      const err = unavailable ? Errors.serviceUnavailable() : await hideAbsence(withUnitOfWork(ctx, outside), thrown);
      const errorCode = err instanceof IamError ? err.code : 'INTERNAL_SERVER_ERROR';
      if (!(err instanceof IamError)) ctx.log.error({ err: errorSummary(err), requestId: ctx.caller.requestId, field: fieldName }, 'mutation failed');
      try {
        // One statement (the record, with the kept writes riding in it): atomic on its own.
        await audit.record(ctx.dataSource.manager, ctx.caller, outside, {
          action: note.action,
          resourceArn: note.resourceArn,
          outcome: 'FAILURE',
          errorCode,
          principalArn: ctx.principal?.arn ?? note.subjectArn,
          details: note.details,
        });
      } catch (auditErr) {
        ctx.log.error({ err: errorSummary(auditErr), requestId: ctx.caller.requestId }, 'could not write the failure audit record');
      }
      await ctx.reads?.noteWrite(writerKey(ctx, note.subjectArn));
      throw err;
    } finally {
      ctx.loaders.clearAll();
    }
  };
}

/**
 * AWS authorizes before it looks: a caller who may not act on a user, group or role learns
 * ACCESS_DENIED, not whether it exists. Resolvers look their target up first (its path is part of
 * its ARN); when the target is missing and authorize() was not reached, the operation's action
 * is checked here against the ARN the target would have, and a denial replaces NO_SUCH_ENTITY.
 */
async function hideAbsence(ctx: GraphQLContext, err: unknown): Promise<unknown> {
  if (!(err instanceof IamError) || err.code !== 'NO_SUCH_ENTITY' || !err.resourceArnHint) return err;
  if (ctx.uow.audit.authorized || !ctx.principal) return err;
  try {
    await authorize(ctx, ctx.uow.audit.action, err.resourceArnHint);
    return err;
  } catch (denied) {
    return denied instanceof IamError && denied.code === 'ACCESS_DENIED' ? denied : err;
  }
}
