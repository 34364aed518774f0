import type { UserEntity } from '../../identity/user.entity';
import { arn } from '../../kernel/arn';
import { Errors } from '../../kernel/errors';
import { assertName } from '../../kernel/validation';
import type { Services } from '../../services';
import { authorize, type AuthorizeOptions } from '../authorize';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/graphql-types';
import { targetUser } from '../targets';

/**
 * A user's sign-in sessions: list them, end one, end all. The actions are not AWS's (AWS has no
 * session API for IAM users): `iam:ListSessions`, `iam:RevokeSession` and `iam:RevokeUserSessions`
 * on the user's ARN. Every user holds them on themselves, as AllowUsersToChangePassword gives
 * iam:ChangePassword: seeing and ending one's own sessions is self-service; an explicit deny wins.
 */
export type SessionsDeps = Pick<Services, 'sessions' | 'users'>;

function ownSessions(ctx: GraphQLContext, user: UserEntity | null): AuthorizeOptions {
  return { grantedByAccountSetting: user !== null && ctx.principal?.kind === 'USER' && ctx.principal.user.id === user.id };
}

export function sessionsResolvers(s: SessionsDeps): Resolvers {
  /** The user whose sessions an operation reads or ends, authorized before its absence shows (as AWS). */
  async function sessionOwner(ctx: GraphQLContext, action: string, userName: string | null | undefined): Promise<UserEntity> {
    if (userName == null) {
      const me = await targetUser(ctx, s.users, null);
      await authorize(ctx, action, s.users.userArn(me), {}, ownSessions(ctx, me));
      return me;
    }
    assertName('userName', userName, 128);
    const user = await s.users.findByName(ctx.em, userName);
    await authorize(ctx, action, user ? s.users.userArn(user) : arn.user(ctx.config.accountId, '/', userName), {}, ownSessions(ctx, user));
    if (!user) throw Errors.noSuchEntity(`The user with name ${userName}`);
    return user;
  }

  /** The caller's cookie goes with its session. */
  function endedCurrent(ctx: GraphQLContext, ended: boolean): void {
    if (ended) ctx.sessionCookie?.clear();
  }

  return {
    Query: {
      sessions: async (_, { userName }, ctx) => {
        const user = await sessionOwner(ctx, 'iam:ListSessions', userName);
        return s.sessions.listLiveForUser(ctx.em, user.id);
      },
    },

    Mutation: {
      revokeSession: async (_, { input }, ctx) => {
        const session = await s.sessions.findLiveUserSession(ctx.em, input.sessionId);
        // Unknown and ended sessions are absent; a caller who may not revoke sessions of every
        // user learns ACCESS_DENIED instead (operation.ts, hideAbsence), as for another's session.
        if (!session) throw Errors.noSuchEntity(`The session ${input.sessionId.slice(0, 64)}`, arn.user(ctx.config.accountId, '/', '*'));
        const user = await s.users.findById(ctx.em, session.userId!);
        if (!user) throw Errors.noSuchEntity(`The session ${input.sessionId}`, arn.user(ctx.config.accountId, '/', '*'));
        await authorize(ctx, 'iam:RevokeSession', s.users.userArn(user), {}, ownSessions(ctx, user));
        await s.sessions.revoke(ctx.em, session.id);
        endedCurrent(ctx, ctx.principal?.session.id === session.id);
        return { sessionId: session.id };
      },
      revokeUserSessions: async (_, { input }, ctx) => {
        const user = await s.users.getByName(ctx.em, input.userName);
        await authorize(ctx, 'iam:RevokeUserSessions', s.users.userArn(user), {}, ownSessions(ctx, user));
        const current = ctx.principal?.session;
        const keep = input.keepCurrent && current?.userId === user.id ? current.id : undefined;
        const revokedCount = await s.sessions.revokeAllForUser(ctx.em, user.id, keep);
        endedCurrent(ctx, current?.userId === user.id && !keep);
        return { revokedCount };
      },
    },

    SessionInfo: {
      current: (session, _, ctx) => ctx.principal?.session.id === session.id,
    },
  };
}
