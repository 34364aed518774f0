import { currentBoundaryContext } from '../../authz/request-context';
import { arn } from '../../kernel/arn';
import { assertName } from '../../kernel/validation';
import type { RoleEntity } from '../../roles/role.entity';
import type { Services } from '../../services';
import { authorize } from '../authorize';
import { keysetPage, pageConnection } from '../connection';
import type { Resolvers } from '../generated/graphql-types';
import { permissionsBoundaryOf, principalPolicyFields } from '../principal-policy-fields';
import { tagRequestContext } from '../targets';

/** Roles: thin resolvers, one authorize() line, then one service call. */
export type RolesDeps = Pick<Services, 'policyStore' | 'roles' | 'sessions'>;

export function rolesResolvers(s: RolesDeps): Resolvers {
  return {
    Query: {
      role: async (_, { roleName }, ctx) => {
        const { roles } = s;
        assertName('roleName', roleName, 64);
        const role = await roles.findByName(ctx.em, roleName);
        await authorize(ctx, 'iam:GetRole', role ? roles.roleArn(role) : arn.role(ctx.config.accountId, '/', roleName));
        return roles.getByName(ctx.em, roleName);
      },
      roles: async (_, { pathPrefix, ...args }, ctx) => {
        await authorize(ctx, 'iam:ListRoles', arn.role(ctx.config.accountId, '/', '*'));
        const page = keysetPage(args);
        const prefix = pathPrefix ?? '/';
        const rows = await s.roles.list(ctx.em, prefix, page.limit, page.key, page.direction);
        for (const r of rows) ctx.loaders.roles.roleById.prime(r.id, r);
        return pageConnection(rows, page, (r) => r.roleNameLower, () => s.roles.count(ctx.em, prefix));
      },
    },

    Mutation: {
      createRole: async (_, { input }, ctx) => {
        const roleArn = arn.role(ctx.config.accountId, input.path ?? '/', input.roleName);
        const tags = input.tags ?? [];
        const boundary: Record<string, string> = input.permissionsBoundary ? { 'iam:PermissionsBoundary': input.permissionsBoundary } : {};
        await authorize(ctx, 'iam:CreateRole', roleArn, { ...tagRequestContext(tags), ...boundary });
        return { role: await s.roles.create(ctx.em, { ...input, tags }) };
      },
      updateAssumeRolePolicy: async (_, { input }, ctx) => {
        const role = await s.roles.getByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:UpdateAssumeRolePolicy', s.roles.roleArn(role));
        return { role: await s.roles.updateAssumeRolePolicy(ctx.em, role, input.policyDocument) };
      },
      updateRole: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:UpdateRole', s.roles.roleArn(role));
        s.sessions.changed(ctx.em, `r:${role.id}`);
        return { role: await s.roles.update(ctx.em, role, input) };
      },
      deleteRole: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:DeleteRole', s.roles.roleArn(role));
        await s.roles.delete(ctx.em, role);
        s.sessions.changed(ctx.em, `r:${role.id}`);
        return { roleName: role.roleName };
      },
      tagRole: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:TagRole', s.roles.roleArn(role), tagRequestContext(input.tags));
        return { role: await s.roles.tag(ctx.em, role, input.tags) };
      },
      untagRole: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:UntagRole', s.roles.roleArn(role), { 'aws:TagKeys': input.tagKeys });
        return { role: await s.roles.untag(ctx.em, role, input.tagKeys) };
      },
      revokeRoleSessions: async (_, { input }, ctx) => {
        const role = await s.roles.getByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:RevokeRoleSessions', s.roles.roleArn(role));
        const revokedCount = await s.roles.revokeSessions(ctx.em, role);
        s.sessions.changed(ctx.em, `r:${role.id}`);
        return { revokedCount };
      },
      attachRolePolicy: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:AttachRolePolicy', s.roles.roleArn(role), { ...currentBoundaryContext(role.permissionsBoundaryArn), 'iam:PolicyARN': input.policyArn });
        await s.roles.attachPolicy(ctx.em, role, input.policyArn);
        return { role };
      },
      detachRolePolicy: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:DetachRolePolicy', s.roles.roleArn(role), { ...currentBoundaryContext(role.permissionsBoundaryArn), 'iam:PolicyARN': input.policyArn });
        await s.roles.detachPolicy(ctx.em, role, input.policyArn);
        return { role };
      },
      putRolePolicy: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:PutRolePolicy', s.roles.roleArn(role), currentBoundaryContext(role.permissionsBoundaryArn));
        await s.roles.putInlinePolicy(ctx.em, role, input.policyName, input.policyDocument);
        return { role };
      },
      deleteRolePolicy: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:DeleteRolePolicy', s.roles.roleArn(role), currentBoundaryContext(role.permissionsBoundaryArn));
        await s.roles.deleteInlinePolicy(ctx.em, role, input.policyName);
        return { role };
      },
      putRolePermissionsBoundary: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:PutRolePermissionsBoundary', s.roles.roleArn(role), { 'iam:PermissionsBoundary': input.permissionsBoundary });
        return { role: await s.roles.setPermissionsBoundary(ctx.em, role, input.permissionsBoundary) };
      },
      deleteRolePermissionsBoundary: async (_, { input }, ctx) => {
        const role = await s.roles.lockByName(ctx.em, input.roleName);
        await authorize(ctx, 'iam:DeleteRolePermissionsBoundary', s.roles.roleArn(role), currentBoundaryContext(role.permissionsBoundaryArn));
        return { role: await s.roles.setPermissionsBoundary(ctx.em, role, null) };
      },
    },

    Role: {
      arn: (role, _, ctx) => s.roles.roleArn(role),
      // As AWS shows it: principals by their current ARN, or by unique id once deleted.
      assumeRolePolicyDocument: (role, _, ctx) => s.roles.trustPolicyForDisplay(ctx.uow, role),
      tags: (role) => role.tags,
      // Each field is authorized with the action AWS serves it through, on the role's ARN.
      ...principalPolicyFields('Role', s.policyStore, (r: RoleEntity) => s.roles.roleArn(r), (r: RoleEntity) => s.roles.ref(r)),
      permissionsBoundary: permissionsBoundaryOf,
    },
  };
}
