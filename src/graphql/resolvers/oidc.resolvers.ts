import { authorize } from '../authorize';
import { arn } from '../../kernel/arn';
import type { Resolvers } from '../generated/graphql-types';
import { assertProviderArn } from '../../roles/oidc-provider.service';
import { tagRequestContext } from './identity.resolvers';

/** OpenID Connect providers: thin resolvers, one authorize() line, then one service call. */
export const oidcResolvers: Resolvers = {
  Query: {
    openIdConnectProviders: async (_, __, ctx) => {
      await authorize(ctx, 'iam:ListOpenIDConnectProviders', '*');
      return ctx.services.oidcProviders.list(ctx.em);
    },
  },

  Mutation: {
    createOpenIdConnectProvider: async (_, { input }, ctx) => {
      const { oidcProviders } = ctx.services;
      const tags = input.tags ?? [];
      const target = oidcProviders.arnForUrl(input.url) ?? arn.oidcProvider(ctx.config.accountId, '*');
      await authorize(ctx, 'iam:CreateOpenIDConnectProvider', target, tagRequestContext(tags));
      const provider = await oidcProviders.create(ctx.em, { ...input, tags });
      return { openIdConnectProviderArn: provider.arn };
    },
    deleteOpenIdConnectProvider: async (_, { input }, ctx) => {
      assertProviderArn(input.openIdConnectProviderArn);
      await authorize(ctx, 'iam:DeleteOpenIDConnectProvider', input.openIdConnectProviderArn);
      const provider = await ctx.services.oidcProviders.getByArn(ctx.em, input.openIdConnectProviderArn);
      await ctx.services.oidcProviders.delete(ctx.em, provider);
      return { openIdConnectProviderArn: provider.arn };
    },
  },

  OpenIdConnectProvider: {
    url: (p) => `${p.scheme}://${p.urlWithoutScheme}`,
  },
};
