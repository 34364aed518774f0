import type { GraphQLFieldResolver } from 'graphql';
import { IamError } from '../kernel/errors';
import { authorize } from './authorize';
import type { OperationRecord, RequestContext } from './context';

/** AWS spells some acronyms in capitals (CreateVirtualMFADevice, CreateOpenIDConnectProvider). */
const ACTION_OVERRIDES: Record<string, string> = {
  login: 'signin:ConsoleLogin',
  respondToMfaChallenge: 'signin:ConsoleLogin',
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

/**
 * One transaction per mutation field, with its audit record inside it. GraphQL runs root mutation
 * fields one after another, so each aliased mutation is its own unit of work. On failure the
 * transaction rolls back, then a second, small transaction writes the denial to the audit log
 * together with whatever must survive a failure (failed-attempt counters): nothing else remains.
 */
/**
 * A step that runs before a mutation's transaction, outside it: admission to the guessing limiter
 * (committed on its own, so concurrent guesses see it) and CPU-bound checks such as argon2, which
 * should not hold a database session (on embedded PGlite, the only one). It may leave its findings
 * in `ctx.operation.prepared`; its errors are handled like the mutation's.
 */
export type Admission = (args: any, ctx: RequestContext) => Promise<void>;

export function transactional(
  fieldName: string,
  resolve: GraphQLFieldResolver<unknown, RequestContext>,
  admission?: Admission,
): GraphQLFieldResolver<unknown, RequestContext> {
  return async (parent, args, ctx, info) => {
    const rootEm = ctx.em;
    ctx.operation = {
      fieldName,
      action: defaultActionOf(fieldName),
      resourceArn: null,
      subjectArn: null,
      details: null,
      onFailure: [],
      keep: [],
      authorized: false,
      admitted: new Set(),
      prepared: undefined,
      credential: null,
    };
    const op = ctx.operation;
    try {
      if (admission) await admission(args, ctx);
      const result = await ctx.dataSource.transaction(async (em) => {
        ctx.em = em;
        const value = await resolve(parent, args, ctx, info);
        await ctx.services.audit.record(em, ctx, {
          action: op.action,
          resourceArn: op.resourceArn,
          outcome: 'SUCCESS',
          principalArn: ctx.principal?.arn ?? op.subjectArn,
          details: op.details,
        });
        return value;
      });
      ctx.em = rootEm;
      await runKept(ctx, op);
      return result;
    } catch (thrown) {
      ctx.em = rootEm;
      const err = await hideAbsence(ctx, op, thrown);
      const errorCode = err instanceof IamError ? err.code : 'INTERNAL_SERVER_ERROR';
      if (!(err instanceof IamError)) ctx.log.error({ err: describe(err), requestId: ctx.requestId, field: fieldName }, 'mutation failed');
      try {
        await ctx.dataSource.transaction(async (em) => {
          for (const persist of op.onFailure) await persist(em);
          for (const persist of op.keep) await persist(em);
          await ctx.services.audit.record(em, ctx, {
            action: op.action,
            resourceArn: op.resourceArn,
            outcome: 'FAILURE',
            errorCode,
            principalArn: ctx.principal?.arn ?? op.subjectArn,
            details: op.details,
          });
        });
      } catch (auditErr) {
        ctx.log.error({ err: describe(auditErr), requestId: ctx.requestId }, 'could not write the failure audit record');
      }
      throw err;
    } finally {
      ctx.em = rootEm;
      ctx.operation = null;
      ctx.loaders.clearAll();
    }
  };
}

/** After a commit: the writes kept whatever the outcome; the mutation stands even if they fail. */
async function runKept(ctx: RequestContext, op: OperationRecord): Promise<void> {
  for (const persist of op.keep) {
    try {
      await persist(ctx.em);
    } catch (err) {
      ctx.log.error({ err: describe(err), requestId: ctx.requestId }, 'could not write a kept record after commit');
    }
  }
}

/**
 * AWS authorizes before it looks: a caller who may not act on a user, group or role learns
 * ACCESS_DENIED, not whether it exists. Resolvers look their target up first (its path is part of
 * its ARN); when the target is missing and authorize() was not reached, the operation's action
 * is checked here against the ARN the target would have, and a denial replaces NO_SUCH_ENTITY.
 */
async function hideAbsence(ctx: RequestContext, op: OperationRecord, err: unknown): Promise<unknown> {
  if (!(err instanceof IamError) || err.code !== 'NO_SUCH_ENTITY' || !err.resourceArnHint) return err;
  if (op.authorized || !ctx.principal) return err;
  try {
    await authorize(ctx, op.action, err.resourceArnHint);
    return err;
  } catch (denied) {
    return denied instanceof IamError && denied.code === 'ACCESS_DENIED' ? denied : err;
  }
}

/** An error for the log: its class and a SQLSTATE, never its message (it may quote SQL or values). */
export function describe(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const e = err as Error & { code?: unknown; driverError?: { code?: unknown } };
    return { type: err.constructor.name, code: e.code ?? e.driverError?.code };
  }
  return { type: typeof err };
}
