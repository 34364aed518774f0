import { arn } from '../../kernel/arn';
import { assertProviderArn } from '../../roles/oidc-provider.service';
import type { Services } from '../../services';
import { authorize } from '../authorize';
import type { Resolvers } from '../generated/graphql-types';
import { tagRequestContext } from '../targets';

/** OpenID Connect providers: thin resolvers, one authorize() line, then one service call. */
export type OidcDeps = Pick<Services, 'oidcProviders'>;

export function oidcResolvers(s: OidcDeps): Resolvers {
  return {
    Query: {
      openIdConnectProviders: async (_, __, ctx) => {
        await authorize(ctx, 'iam:ListOpenIDConnectProviders', '*');
        return s.oidcProviders.list(ctx.em);
      },
    },

    Mutation: {
      createOpenIdConnectProvider: async (_, { input }, ctx) => {
        const { oidcProviders } = s;
        const tags = input.tags ?? [];
        const target = oidcProviders.arnForUrl(input.url) ?? arn.oidcProvider(ctx.config.accountId, '*');
        await authorize(ctx, 'iam:CreateOpenIDConnectProvider', target, tagRequestContext(tags));
        const provider = await oidcProviders.create(ctx.em, { ...input, tags });
        return { openIdConnectProviderArn: provider.arn };
      },
      deleteOpenIdConnectProvider: async (_, { input }, ctx) => {
        assertProviderArn(input.openIdConnectProviderArn);
        await authorize(ctx, 'iam:DeleteOpenIDConnectProvider', input.openIdConnectProviderArn);
        const provider = await s.oidcProviders.getByArn(ctx.em, input.openIdConnectProviderArn);
        await s.oidcProviders.delete(ctx.em, provider);
        return { openIdConnectProviderArn: provider.arn };
      },
    },

    OpenIdConnectProvider: {
      url: (p) => `${p.scheme}://${p.urlWithoutScheme}`,
    },
  };
}
