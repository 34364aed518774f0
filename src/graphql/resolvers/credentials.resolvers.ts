import { authorize, requirePrincipal } from '../authorize';
import { Errors } from '../../kernel/errors';
import type { UserEntity } from '../../identity/user.entity';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/graphql-types';

/** Access keys, STS GetSessionToken, and the account password policy. */
export const credentialsResolvers: Resolvers = {
  Query: {
    accountPasswordPolicy: async (_, __, ctx) => {
      await authorize(ctx, 'iam:GetAccountPasswordPolicy', '*');
      return ctx.services.passwordPolicies.get(ctx.em);
    },
  },

  Mutation: {
    updateAccountPasswordPolicy: async (_, { input }, ctx) => {
      await authorize(ctx, 'iam:UpdateAccountPasswordPolicy', '*');
      return { passwordPolicy: await ctx.services.passwordPolicies.update(ctx.em, input) };
    },
    createAccessKey: async (_, { input }, ctx) => {
      const user = await targetUser(ctx, input.userName);
      await authorize(ctx, 'iam:CreateAccessKey', ctx.services.users.userArn(user));
      return { accessKey: await ctx.services.accessKeys.create(ctx.em, user) };
    },
    updateAccessKey: async (_, { input }, ctx) => {
      const user = await targetUser(ctx, input.userName);
      await authorize(ctx, 'iam:UpdateAccessKey', ctx.services.users.userArn(user));
      return { accessKey: await ctx.services.accessKeys.updateStatus(ctx.em, user, input.accessKeyId, input.status) };
    },
    deleteAccessKey: async (_, { input }, ctx) => {
      const user = await targetUser(ctx, input.userName);
      await authorize(ctx, 'iam:DeleteAccessKey', ctx.services.users.userArn(user));
      await ctx.services.accessKeys.delete(ctx.em, user, input.accessKeyId);
      return { accessKeyId: input.accessKeyId };
    },
    // No bearer token: the access key is the credential; sts:GetSessionToken is evaluated as its user.
    getSessionToken: async (_, { input }, ctx) => {
      const credentials = await ctx.services.sessionTokens.getSessionToken(ctx, ctx.em, input);
      if (ctx.operation) ctx.operation.credential = { sessionId: credentials.sessionId, accessKeyId: credentials.accessKeyId };
      return { credentials };
    },
  },

  User: {
    accessKeys: async (user, _, ctx) => {
      await authorize(ctx, 'iam:ListAccessKeys', ctx.services.users.userArn(user));
      return ctx.loaders.credentials.accessKeysByUserId.load(user.id);
    },
  },

  AccessKey: {
    userName: async (key, _, ctx) => (await ctx.loaders.identity.userById.load(key.userId))?.userName ?? '',
  },
};

/** `userName` when given, else the calling user (AWS: defaults to the caller). */
export async function targetUser(ctx: RequestContext, userName: string | null | undefined): Promise<UserEntity> {
  if (userName != null) return ctx.services.users.getByName(ctx.em, userName);
  const p = requirePrincipal(ctx);
  if (p.kind !== 'USER') throw Errors.badInput('userName', 'userName is required when the caller is not an IAM user');
  return p.user;
}
