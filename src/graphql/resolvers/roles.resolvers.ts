import { authorize } from '../authorize';
import { currentBoundaryContext } from '../../authz/request-context';
import { arn } from '../../kernel/arn';
import { assertName } from '../../kernel/validation';
import { decodeCursor, pageSize, toConnection } from '../connection';
import type { Resolvers } from '../generated/graphql-types';
import { tagRequestContext } from './identity.resolvers';

/** Roles: thin resolvers, one authorize() line, then one service call. */
export const rolesResolvers: Resolvers = {
  Query: {
    role: async (_, { roleName }, ctx) => {
      const { roles } = ctx.services;
      assertName('roleName', roleName, 64);
      const role = await roles.findByName(ctx.em, roleName);
      await authorize(ctx, 'iam:GetRole', role ? roles.roleArn(role) : arn.role(ctx.config.accountId, '/', roleName));
      return roles.getByName(ctx.em, roleName);
    },
    roles: async (_, { first, after, pathPrefix }, ctx) => {
      await authorize(ctx, 'iam:ListRoles', arn.role(ctx.config.accountId, '/', '*'));
      const limit = pageSize(first);
      const afterKey = decodeCursor(after);
      const rows = await ctx.services.roles.list(ctx.em, pathPrefix ?? '/', limit, afterKey);
      for (const r of rows) ctx.loaders.roles.roleById.prime(r.id, r);
      return toConnection(rows, limit, (r) => r.roleNameLower, afterKey !== null);
    },
  },

  Mutation: {
    createRole: async (_, { input }, ctx) => {
      const roleArn = arn.role(ctx.config.accountId, input.path ?? '/', input.roleName);
      const tags = input.tags ?? [];
      const boundary: Record<string, string> = input.permissionsBoundary ? { 'iam:PermissionsBoundary': input.permissionsBoundary } : {};
      await authorize(ctx, 'iam:CreateRole', roleArn, { ...tagRequestContext(tags), ...boundary });
      return { role: await ctx.services.roles.create(ctx.em, { ...input, tags }) };
    },
    updateAssumeRolePolicy: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.getByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:UpdateAssumeRolePolicy', ctx.services.roles.roleArn(role));
      return { role: await ctx.services.roles.updateAssumeRolePolicy(ctx.em, role, input.policyDocument) };
    },
    updateRole: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:UpdateRole', ctx.services.roles.roleArn(role));
      return { role: await ctx.services.roles.update(ctx.em, role, input) };
    },
    deleteRole: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:DeleteRole', ctx.services.roles.roleArn(role));
      await ctx.services.roles.delete(ctx.em, role);
      return { roleName: role.roleName };
    },
    tagRole: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:TagRole', ctx.services.roles.roleArn(role), tagRequestContext(input.tags));
      return { role: await ctx.services.roles.tag(ctx.em, role, input.tags) };
    },
    untagRole: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:UntagRole', ctx.services.roles.roleArn(role), { 'aws:TagKeys': input.tagKeys });
      return { role: await ctx.services.roles.untag(ctx.em, role, input.tagKeys) };
    },
    revokeRoleSessions: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.getByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:RevokeRoleSessions', ctx.services.roles.roleArn(role));
      return { revokedCount: await ctx.services.roles.revokeSessions(ctx.em, role) };
    },
    attachRolePolicy: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:AttachRolePolicy', ctx.services.roles.roleArn(role), { ...currentBoundaryContext(role.permissionsBoundaryArn), 'iam:PolicyARN': input.policyArn });
      await ctx.services.roles.attachPolicy(ctx.em, role, input.policyArn);
      return { role };
    },
    detachRolePolicy: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:DetachRolePolicy', ctx.services.roles.roleArn(role), { ...currentBoundaryContext(role.permissionsBoundaryArn), 'iam:PolicyARN': input.policyArn });
      await ctx.services.roles.detachPolicy(ctx.em, role, input.policyArn);
      return { role };
    },
    putRolePolicy: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:PutRolePolicy', ctx.services.roles.roleArn(role), currentBoundaryContext(role.permissionsBoundaryArn));
      await ctx.services.roles.putInlinePolicy(ctx.em, role, input.policyName, input.policyDocument);
      return { role };
    },
    deleteRolePolicy: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:DeleteRolePolicy', ctx.services.roles.roleArn(role), currentBoundaryContext(role.permissionsBoundaryArn));
      await ctx.services.roles.deleteInlinePolicy(ctx.em, role, input.policyName);
      return { role };
    },
    putRolePermissionsBoundary: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:PutRolePermissionsBoundary', ctx.services.roles.roleArn(role), { 'iam:PermissionsBoundary': input.permissionsBoundary });
      return { role: await ctx.services.roles.setPermissionsBoundary(ctx.em, role, input.permissionsBoundary) };
    },
    deleteRolePermissionsBoundary: async (_, { input }, ctx) => {
      const role = await ctx.services.roles.lockByName(ctx.em, input.roleName);
      await authorize(ctx, 'iam:DeleteRolePermissionsBoundary', ctx.services.roles.roleArn(role), currentBoundaryContext(role.permissionsBoundaryArn));
      return { role: await ctx.services.roles.setPermissionsBoundary(ctx.em, role, null) };
    },
  },

  Role: {
    arn: (role, _, ctx) => ctx.services.roles.roleArn(role),
    // As AWS shows it: principals by their current ARN, or by unique id once deleted.
    assumeRolePolicyDocument: (role, _, ctx) => ctx.services.roles.trustPolicyForDisplay(ctx, role),
    tags: (role) => role.tags,
    // Each field is authorized with the action AWS serves it through, on the role's ARN.
    attachedManagedPolicies: async (role, _, ctx) => {
      await authorize(ctx, 'iam:ListAttachedRolePolicies', ctx.services.roles.roleArn(role));
      return (await ctx.loaders.policyStore.attachedByPrincipalId.load(role.id)).map((p) => ({ policyName: p.policyName, policyArn: p.arn }));
    },
    inlinePolicies: async (role, _, ctx) => {
      await authorize(ctx, 'iam:ListRolePolicies', ctx.services.roles.roleArn(role));
      await authorize(ctx, 'iam:GetRolePolicy', ctx.services.roles.roleArn(role));
      return ctx.loaders.policyStore.inlineByPrincipalId.load(role.id);
    },
    permissionsBoundary: (role) =>
      role.permissionsBoundaryArn ? { permissionsBoundaryType: 'PermissionsBoundaryPolicy', permissionsBoundaryArn: role.permissionsBoundaryArn } : null,
    effectivePermissions: async (role, _, ctx) => {
      const roleArn = ctx.services.roles.roleArn(role);
      await authorize(ctx, 'iam:GetAccountAuthorizationDetails', roleArn);
      return ctx.services.policyStore.effectivePermissions(ctx, ctx.services.roles.ref(role), roleArn);
    },
  },
};
