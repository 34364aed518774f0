import { authorize, requirePrincipal } from '../authorize';
import { Errors } from '../../kernel/errors';
import { loadThrottleRows, type ThrottledFactor } from '../../credentials/sign-in-throttle.service';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/graphql-types';

/** The audit trail records the session a sign-in issued (the caller has none yet). */
function noteSession<T extends { sessionId: string | null }>(ctx: RequestContext, result: T): T {
  if (ctx.operation && result.sessionId) ctx.operation.credential = { ...ctx.operation.credential, sessionId: result.sessionId };
  return result;
}

/** Sign-in, sessions, the caller, and console passwords. */
export const authResolvers: Resolvers = {
  Query: {
    // sts:GetCallerIdentity needs no permission.
    me: (_, __, ctx) => {
      const p = requirePrincipal(ctx);
      if (p.kind === 'USER') return p.user;
      return {
        kind: 'ASSUMED_ROLE_SESSION',
        arn: p.arn,
        userId: p.userId,
        assumedRoleId: p.userId,
        roleArn: p.roleArn,
        roleName: p.roleName,
        roleSessionName: p.roleSessionName,
        expiration: p.session.expiresAt,
      };
    },
  },

  Principal: {
    __resolveType: (parent) => ('kind' in parent && parent.kind === 'ASSUMED_ROLE_SESSION' ? 'AssumedRoleSession' : 'User'),
  },

  Mutation: {
    // No bearer token: the password (then the second factor) is the credential.
    login: async (_, { input }, ctx) => noteSession(ctx, await ctx.services.login.login(ctx, ctx.em, input.userName, input.password)),
    respondToMfaChallenge: async (_, { input }, ctx) =>
      noteSession(ctx, await ctx.services.login.respondToMfaChallenge(ctx, ctx.em, input.challengeToken, input.code)),
    logout: async (_, __, ctx) => {
      const p = requirePrincipal(ctx);
      await ctx.services.sessions.revoke(ctx.em, p.session.id);
      return { ok: true };
    },
    revokeUserSessions: async (_, { input }, ctx) => {
      const user = await ctx.services.users.getByName(ctx.em, input.userName);
      await authorize(ctx, 'iam:RevokeUserSessions', ctx.services.users.userArn(user));
      return { revokedCount: await ctx.services.sessions.revokeAllForUser(ctx.em, user.id) };
    },
    changePassword: async (_, { input }, ctx) => {
      const p = requirePrincipal(ctx);
      if (p.kind !== 'USER') throw Errors.badInput('oldPassword', 'Only IAM users have a password to change.');
      const userArn = ctx.services.users.userArn(p.user);
      // AWS AllowUsersToChangePassword: every user may change their own password without a policy
      // (an explicit deny still refuses).
      const { allowUsersToChangePassword } = await ctx.services.passwordPolicies.get(ctx.em);
      await authorize(ctx, 'iam:ChangePassword', userArn, {}, { grantedByAccountSetting: allowUsersToChangePassword });
      const session = await ctx.services.login.changePassword(ctx, ctx.em, p.user, p.session, input.oldPassword, input.newPassword);
      return { session };
    },
    createLoginProfile: async (_, { input }, ctx) => {
      const user = await ctx.services.users.getByName(ctx.em, input.userName);
      await authorize(ctx, 'iam:CreateLoginProfile', ctx.services.users.userArn(user));
      const profile = await ctx.services.loginProfiles.create(ctx.em, user, input.password, input.passwordResetRequired ?? false);
      return { loginProfile: Object.assign(profile, { user }) };
    },
    updateLoginProfile: async (_, { input }, ctx) => {
      const user = await ctx.services.users.getByName(ctx.em, input.userName);
      await authorize(ctx, 'iam:UpdateLoginProfile', ctx.services.users.userArn(user));
      const profile = await ctx.services.loginProfiles.update(ctx.em, user, input.password, input.passwordResetRequired);
      return { loginProfile: Object.assign(profile, { user }) };
    },
    resetSignInThrottle: async (_, { input }, ctx) => {
      const user = await ctx.services.users.getByName(ctx.em, input.userName);
      await authorize(ctx, 'iam:ResetSignInThrottle', ctx.services.users.userArn(user));
      const factors: ThrottledFactor[] = input.factors?.length ? input.factors.map((f) => (f === 'MFA' ? 'mfa' : 'password')) : ['password', 'mfa'];
      await ctx.services.signInThrottles.reset(ctx.em, user.id, factors);
      return { userName: user.userName, signInThrottle: ctx.services.signInThrottles.view(await loadThrottleRows(ctx.em, [user.id])) };
    },
    deleteLoginProfile: async (_, { input }, ctx) => {
      const user = await ctx.services.users.getByName(ctx.em, input.userName);
      await authorize(ctx, 'iam:DeleteLoginProfile', ctx.services.users.userArn(user));
      await ctx.services.loginProfiles.delete(ctx.em, user);
      return { userName: user.userName };
    },
  },

  User: {
    signInThrottle: async (user, _, ctx) => {
      await authorize(ctx, 'iam:GetSignInThrottle', ctx.services.users.userArn(user));
      return ctx.services.signInThrottles.view(await ctx.loaders.credentials.signInThrottleByUserId.load(user.id));
    },
  },

  LoginProfile: {
    userName: async (profile, _, ctx) =>
      profile.user?.userName ?? (await ctx.loaders.identity.userById.load(profile.userId))?.userName ?? '',
  },
};
