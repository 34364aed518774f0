import type { UserEntity } from '../../identity/user.entity';
import { Errors } from '../../kernel/errors';
import type { Services } from '../../services';
import { authorize, requirePrincipal } from '../authorize';
import type { GraphQLContext } from '../context';
import type { MutationGetSessionTokenArgs, Resolvers } from '../generated/graphql-types';
import { admitted } from '../operation';
import { targetUser } from '../targets';

/** Access keys, STS GetSessionToken, and the account password policy. */
export type CredentialsDeps = Pick<Services, 'accessKeys' | 'passwordPolicies' | 'sessionTokenStep' | 'users'>;

export function credentialsResolvers(s: CredentialsDeps): Resolvers {
  return {
    Query: {
      accountPasswordPolicy: async (_, __, ctx) => {
        await authorize(ctx, 'iam:GetAccountPasswordPolicy', '*');
        return s.passwordPolicies.get(ctx.em);
      },
    },

    Mutation: {
      updateAccountPasswordPolicy: async (_, { input }, ctx) => {
        await authorize(ctx, 'iam:UpdateAccountPasswordPolicy', '*');
        return { passwordPolicy: await s.passwordPolicies.update(ctx.em, input) };
      },
      createAccessKey: async (_, { input }, ctx) => {
        const user = await targetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:CreateAccessKey', s.users.userArn(user));
        return { accessKey: await s.accessKeys.create(ctx.em, user) };
      },
      updateAccessKey: async (_, { input }, ctx) => {
        const user = await targetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:UpdateAccessKey', s.users.userArn(user));
        return { accessKey: await s.accessKeys.updateStatus(ctx.em, user, input.accessKeyId, input.status) };
      },
      deleteAccessKey: async (_, { input }, ctx) => {
        const user = await targetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:DeleteAccessKey', s.users.userArn(user));
        await s.accessKeys.delete(ctx.em, user, input.accessKeyId);
        return { accessKeyId: input.accessKeyId };
      },
      // No bearer token: the access key is the credential; sts:GetSessionToken is evaluated as its user.
      getSessionToken: admitted(
        (args: MutationGetSessionTokenArgs, ctx) => s.sessionTokenStep.admit(ctx.uow, ctx.caller, args.input),
        async ({ input }, ctx, admission) => ({ credentials: await s.sessionTokenStep.run(ctx.uow, ctx.caller, input, admission) }),
      ),
    },

    User: {
      accessKeys: async (user, _, ctx) => {
        await authorize(ctx, 'iam:ListAccessKeys', s.users.userArn(user));
        return ctx.loaders.credentials.accessKeysByUserId.load(user.id);
      },
    },

    AccessKey: {
      userName: async (key, _, ctx) => (await ctx.loaders.identity.userById.load(key.userId))?.userName ?? '',
    },
  };
}
