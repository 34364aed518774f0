import type { PolicyStoreService } from '../policy-store/policy-store.service';
import type { PrincipalRef } from '../policy-store/principal-ref';
import { authorize } from './authorize';
import type { GraphQLContext } from './context';

/** How AWS names the List*Policies and Get*Policy actions for each principal type. */
type Kind = 'User' | 'Group' | 'Role';

/**
 * The policy fields of a user, group or role: attached managed policies, inline policies and
 * effective permissions, each authorized with the action AWS serves it through, on the parent's ARN.
 */
export function principalPolicyFields<P extends { id: string }>(kind: Kind, policyStore: PolicyStoreService, arnOf: (p: P) => string, refOf: (p: P) => PrincipalRef) {
  return {
    attachedManagedPolicies: async (parent: P, _: unknown, ctx: GraphQLContext) => {
      await authorize(ctx, `iam:ListAttached${kind}Policies`, arnOf(parent));
      return (await ctx.loaders.policyStore.attachedByPrincipalId.load(parent.id)).map((p) => ({ policyName: p.policyName, policyArn: p.arn }));
    },
    inlinePolicies: async (parent: P, _: unknown, ctx: GraphQLContext) => {
      await authorize(ctx, `iam:List${kind}Policies`, arnOf(parent));
      await authorize(ctx, `iam:Get${kind}Policy`, arnOf(parent));
      return ctx.loaders.policyStore.inlineByPrincipalId.load(parent.id);
    },
    effectivePermissions: async (parent: P, _: unknown, ctx: GraphQLContext) => {
      const arn = arnOf(parent);
      await authorize(ctx, 'iam:GetAccountAuthorizationDetails', arn);
      return policyStore.effectivePermissions(ctx.uow, refOf(parent), arn);
    },
  };
}

/** A user's or role's permissions boundary, as AWS's GetUser/GetRole show it. */
export function permissionsBoundaryOf(p: { permissionsBoundaryArn: string | null }) {
  return p.permissionsBoundaryArn ? { permissionsBoundaryType: 'PermissionsBoundaryPolicy' as const, permissionsBoundaryArn: p.permissionsBoundaryArn } : null;
}
