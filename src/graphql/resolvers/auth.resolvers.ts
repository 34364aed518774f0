import { assertCredentialBounds } from '../../credentials/credential-bounds';
import { loadThrottleRows, type ThrottledFactor } from '../../credentials/sign-in-throttle.service';
import { Errors } from '../../kernel/errors';
import type { Services } from '../../services';
import type { MfaAnswer } from '../../signin/mfa-response.step';
import { authorize, requirePrincipal } from '../authorize';
import type { GraphQLContext } from '../context';
import type {
  MutationChangePasswordArgs,
  MutationCompletePasskeySignInArgs,
  MutationLoginArgs,
  MutationRespondToMfaChallengeArgs,
  Resolvers,
} from '../generated/graphql-types';
import { admitted } from '../operation';
import { assertDeliverable, deliverSession } from '../session-delivery';

/** Sign-in, sessions, the caller, and console passwords. */
export type AuthDeps = Pick<
  Services,
  'changePasswordStep' | 'loginProfiles' | 'mfaResponseStep' | 'passkeys' | 'passkeyStep' | 'passwordPolicies' | 'passwordStep' | 'sessions' | 'signInThrottles' | 'users'
>;

export function authResolvers(s: AuthDeps): Resolvers {
  return {
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
      login: admitted(
        (args: MutationLoginArgs, ctx) => {
          assertCredentialBounds({ password: args.input.password });
          assertDeliverable(ctx, args.input.sessionDelivery);
          return s.passwordStep.admit(ctx.uow, ctx.caller, args.input.userName, args.input.password);
        },
        async ({ input }, ctx, admission) =>
          deliverSession(ctx, input.sessionDelivery, await s.passwordStep.run(ctx.uow, ctx.caller, input.userName, admission)),
      ),
      respondToMfaChallenge: admitted(
        (args: MutationRespondToMfaChallengeArgs, ctx) => {
          mfaAnswerOf(args.input);
          assertCredentialBounds({ code: args.input.code, webAuthnResponseJson: args.input.webAuthnResponseJson });
          assertDeliverable(ctx, args.input.sessionDelivery);
          return s.mfaResponseStep.admit(ctx.uow, ctx.caller, args.input.challengeToken);
        },
        async ({ input }, ctx, admission) =>
          deliverSession(ctx, input.sessionDelivery, await s.mfaResponseStep.run(ctx.uow, ctx.caller, mfaAnswerOf(input), admission)),
      ),
      // No bearer token: the passkey (a discoverable credential with user verification) is the credential.
      createPasskeySignInOptions: async (_, __, ctx) => {
        // Recorded as the start of a sign-in, not as one: no user, no session.
        ctx.uow.audit.detail({ signInMethod: 'PASSKEY', step: 'OPTIONS' });
        return s.passkeys.signInOptions(ctx.em);
      },
      completePasskeySignIn: admitted(
        (args: MutationCompletePasskeySignInArgs, ctx) => {
          assertCredentialBounds({ responseJson: args.input.responseJson });
          assertDeliverable(ctx, args.input.sessionDelivery);
          return s.passkeyStep.admit(ctx.uow, ctx.caller, args.input.challengeToken, args.input.responseJson);
        },
        async ({ input }, ctx, admission) => deliverSession(ctx, input.sessionDelivery, await s.passkeyStep.run(ctx.uow, ctx.caller, admission)),
      ),
      logout: async (_, __, ctx) => {
        const p = requirePrincipal(ctx);
        await s.sessions.revoke(ctx.em, p.session.id);
        ctx.sessionCookie?.clear();
        return { ok: true };
      },
      // Authorized, then counted, before the transaction: counting first would let anyone throttle
      // another user's password.
      changePassword: admitted(
        async (args: MutationChangePasswordArgs, ctx) => {
          const p = requirePrincipal(ctx);
          if (p.kind !== 'USER') throw Errors.badInput('oldPassword', 'Only IAM users have a password to change.');
          assertCredentialBounds({ oldPassword: args.input.oldPassword, newPassword: args.input.newPassword });
          // AWS AllowUsersToChangePassword: every user may change their own password without a policy
          // (an explicit deny still refuses).
          const { allowUsersToChangePassword } = await s.passwordPolicies.get(ctx.em);
          await authorize(ctx, 'iam:ChangePassword', s.users.userArn(p.user), {}, { grantedByAccountSetting: allowUsersToChangePassword });
          return { caller: p, admitted: await s.changePasswordStep.admit(ctx.uow, ctx.caller, p) };
        },
        async ({ input }, ctx, { caller, admitted }) => {
          await authorize(ctx, 'iam:ChangePassword', s.users.userArn(caller.user), {}, { grantedByAccountSetting: (await s.passwordPolicies.get(ctx.em)).allowUsersToChangePassword });
          return { session: await s.changePasswordStep.run(ctx.uow, ctx.caller, caller, input.oldPassword, input.newPassword, admitted) };
        },
      ),
      createLoginProfile: async (_, { input }, ctx) => {
        const user = await s.users.getByName(ctx.em, input.userName);
        await authorize(ctx, 'iam:CreateLoginProfile', s.users.userArn(user));
        const profile = await s.loginProfiles.create(ctx.em, user, input.password, input.passwordResetRequired ?? false);
        return { loginProfile: Object.assign(profile, { user }) };
      },
      updateLoginProfile: async (_, { input }, ctx) => {
        const user = await s.users.getByName(ctx.em, input.userName);
        await authorize(ctx, 'iam:UpdateLoginProfile', s.users.userArn(user));
        const profile = await s.loginProfiles.update(ctx.em, user, input.password, input.passwordResetRequired);
        return { loginProfile: Object.assign(profile, { user }) };
      },
      resetSignInThrottle: async (_, { input }, ctx) => {
        const user = await s.users.getByName(ctx.em, input.userName);
        await authorize(ctx, 'iam:ResetSignInThrottle', s.users.userArn(user));
        const factors: ThrottledFactor[] = input.factors?.length ? input.factors.map((f) => (f === 'MFA' ? 'mfa' : 'password')) : ['password', 'mfa'];
        await s.signInThrottles.reset(ctx.em, user.id, factors);
        return { userName: user.userName, signInThrottle: s.signInThrottles.view(await loadThrottleRows(ctx.em, [user.id])) };
      },
      deleteLoginProfile: async (_, { input }, ctx) => {
        const user = await s.users.getByName(ctx.em, input.userName);
        await authorize(ctx, 'iam:DeleteLoginProfile', s.users.userArn(user));
        await s.loginProfiles.delete(ctx.em, user);
        return { userName: user.userName };
      },
    },

    User: {
      signInThrottle: async (user, _, ctx) => {
        await authorize(ctx, 'iam:GetSignInThrottle', s.users.userArn(user));
        return s.signInThrottles.view(await ctx.loaders.credentials.signInThrottleByUserId.load(user.id));
      },
    },

    LoginProfile: {
      userName: async (profile, _, ctx) =>
        profile.user?.userName ?? (await ctx.loaders.identity.userById.load(profile.userId))?.userName ?? '',
    },
  };
}

/** Exactly one answer: a code, or a security key's response. */
function mfaAnswerOf(input: { code?: string | null; webAuthnResponseJson?: string | null }): MfaAnswer {
  const { code, webAuthnResponseJson } = input;
  if ((code == null) === (webAuthnResponseJson == null)) {
    throw Errors.badInput(code == null ? 'code' : 'webAuthnResponseJson', 'Give either code or webAuthnResponseJson.');
  }
  return code != null ? { code } : { webAuthnResponseJson: webAuthnResponseJson! };
}
