import { assertResourceArn } from '../../policy-store/resource-policy.service';
import type { Services } from '../../services';
import { authorize } from '../authorize';
import type { Resolvers } from '../generated/graphql-types';

export type ResourcePolicyDeps = Pick<Services, 'resourcePolicies'>;

/**
 * Stored resource-based policies: each an action of ours (not AWS's) on the resource's ARN. The
 * ARN is checked first (BAD_USER_INPUT whoever asks), then the caller, then the service.
 */
export function resourcePolicyResolvers(s: ResourcePolicyDeps): Resolvers {
  return {
    Query: {
      resourcePolicy: async (_, { resourceArn }, ctx) => {
        assertResourceArn('resourceArn', resourceArn);
        await authorize(ctx, 'iam:GetResourcePolicy', resourceArn);
        return s.resourcePolicies.get(ctx.em, resourceArn);
      },
    },
    Mutation: {
      putResourcePolicy: async (_, { input }, ctx) => {
        assertResourceArn('resourceArn', input.resourceArn);
        await authorize(ctx, 'iam:PutResourcePolicy', input.resourceArn);
        return { resourcePolicy: await s.resourcePolicies.put(ctx.em, input.resourceArn, input.policyDocument) };
      },
      deleteResourcePolicy: async (_, { input }, ctx) => {
        assertResourceArn('resourceArn', input.resourceArn);
        await authorize(ctx, 'iam:DeleteResourcePolicy', input.resourceArn);
        await s.resourcePolicies.delete(ctx.em, input.resourceArn);
        return { resourceArn: input.resourceArn };
      },
    },
    ResourcePolicy: {
      policyDocument: (p) => p.document,
    },
  };
}
