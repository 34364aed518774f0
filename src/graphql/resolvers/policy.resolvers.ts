import { currentBoundaryContext, resourceTagContext } from '../../authz/request-context';
import type { GroupEntity } from '../../identity/group.entity';
import type { UserEntity } from '../../identity/user.entity';
import { parseIamArn } from '../../kernel/arn';
import { Errors } from '../../kernel/errors';
import type { ManagedPolicyEntity } from '../../policy-store/managed-policy.entity';
import { assertArnLength } from '../../policy-store/policy-inputs';
import type { PolicyVersionEntity } from '../../policy-store/policy-version.entity';
import type { PolicyVersionView } from '../../policy-store/policy-views';
import type { PrincipalRef } from '../../policy-store/principal-ref';
import type { Services } from '../../services';
import { authorize } from '../authorize';
import { keysetPage, pageConnection } from '../connection';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/graphql-types';
import { permissionsBoundaryOf, principalPolicyFields } from '../principal-policy-fields';
import { lockedTargetGroup, lockedTargetUser, principalByArn } from '../targets';

const userRef = (u: UserEntity): PrincipalRef => ({ type: 'USER', id: u.id });
const groupRef = (g: GroupEntity): PrincipalRef => ({ type: 'GROUP', id: g.id });

function versionView(policy: ManagedPolicyEntity, v: PolicyVersionEntity): PolicyVersionView {
  return { versionId: v.versionId, document: v.document, isDefaultVersion: v.versionId === policy.defaultVersionId, createDate: v.createDate };
}

/** Managed policies, attachments, inline policies, boundaries, effective permissions. */
export type PolicyDeps = Pick<Services, 'groups' | 'managedPolicies' | 'policyStore' | 'roles' | 'users'>;

export function policyResolvers(s: PolicyDeps): Resolvers {
  return {
    Query: {
      policy: async (_, { arn }, ctx) => {
        await authorize(ctx, 'iam:GetPolicy', arn);
        return s.managedPolicies.getByArn(ctx.em, arn);
      },
      policies: async (_, { scope, onlyAttached, pathPrefix, ...args }, ctx) => {
        await authorize(ctx, 'iam:ListPolicies', '*');
        const page = keysetPage(args);
        const filter = { scope: scope ?? 'ALL', onlyAttached: onlyAttached ?? false, pathPrefix: pathPrefix ?? '/' };
        const rows = await s.managedPolicies.list(ctx.em, filter, page.limit, page.key, page.direction);
        return pageConnection(rows, page, (p) => p.arn, () => s.managedPolicies.count(ctx.em, filter));
      },
      policyVersion: async (_, { arn, versionId }, ctx) => {
        await authorize(ctx, 'iam:GetPolicyVersion', arn);
        const policy = await s.managedPolicies.getByArn(ctx.em, arn);
        return versionView(policy, await s.managedPolicies.getVersion(ctx.em, policy, versionId));
      },
      effectivePermissions: async (_, { principalArn }, ctx) => {
        assertArnLength('principalArn', principalArn);
        await authorize(ctx, 'iam:GetAccountAuthorizationDetails', principalArn);
        const ref = await principalByArn(ctx, s, principalArn);
        return s.policyStore.effectivePermissions(ctx.uow, ref, principalArn);
      },
    },

    Mutation: {
      createPolicy: async (_, { input }, ctx) => {
        const policyArn = `arn:aws:iam::${ctx.config.accountId}:policy${input.path ?? '/'}${input.policyName}`;
        await authorize(ctx, 'iam:CreatePolicy', policyArn);
        return { policy: await s.managedPolicies.create(ctx.em, input) };
      },
      createPolicyVersion: async (_, { input }, ctx) => {
        const principal = await authorize(ctx, 'iam:CreatePolicyVersion', input.policyArn);
        const { policy, version } = await s.managedPolicies.createVersion(ctx.em, input.policyArn, input.policyDocument, input.setAsDefault ?? false, principal.arn);
        return { policyVersion: versionView(policy, version) };
      },
      setDefaultPolicyVersion: async (_, { input }, ctx) => {
        const principal = await authorize(ctx, 'iam:SetDefaultPolicyVersion', input.policyArn);
        return { policy: await s.managedPolicies.setDefaultVersion(ctx.em, input.policyArn, input.versionId, principal.arn) };
      },
      deletePolicyVersion: async (_, { input }, ctx) => {
        const principal = await authorize(ctx, 'iam:DeletePolicyVersion', input.policyArn);
        return { policy: await s.managedPolicies.deleteVersion(ctx.em, input.policyArn, input.versionId, principal.arn) };
      },
      deletePolicy: async (_, { input }, ctx) => {
        const principal = await authorize(ctx, 'iam:DeletePolicy', input.policyArn);
        await s.managedPolicies.delete(ctx.em, input.policyArn, principal.arn);
        return { policyArn: input.policyArn };
      },

      attachUserPolicy: async (_, { input }, ctx) => {
        const t = await lockedTargetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:AttachUserPolicy', t.arn, { ...t.tags, ...t.boundary, 'iam:PolicyARN': input.policyArn });
        await s.policyStore.attach(ctx.em, userRef(t.user), input.policyArn);
        return { user: t.user };
      },
      detachUserPolicy: async (_, { input }, ctx) => {
        const t = await lockedTargetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:DetachUserPolicy', t.arn, { ...t.tags, ...t.boundary, 'iam:PolicyARN': input.policyArn });
        await s.policyStore.detach(ctx.em, userRef(t.user), input.policyArn);
        return { user: t.user };
      },
      attachGroupPolicy: async (_, { input }, ctx) => {
        const t = await lockedTargetGroup(ctx, s.groups, input.groupName);
        await authorize(ctx, 'iam:AttachGroupPolicy', t.arn, { 'iam:PolicyARN': input.policyArn });
        await s.policyStore.attach(ctx.em, groupRef(t.group), input.policyArn);
        return { group: t.group };
      },
      detachGroupPolicy: async (_, { input }, ctx) => {
        const t = await lockedTargetGroup(ctx, s.groups, input.groupName);
        await authorize(ctx, 'iam:DetachGroupPolicy', t.arn, { 'iam:PolicyARN': input.policyArn });
        await s.policyStore.detach(ctx.em, groupRef(t.group), input.policyArn);
        return { group: t.group };
      },

      putUserPolicy: async (_, { input }, ctx) => {
        const t = await lockedTargetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:PutUserPolicy', t.arn, { ...t.tags, ...t.boundary });
        await s.policyStore.putInline(ctx.em, userRef(t.user), input.policyName, input.policyDocument);
        return { user: t.user };
      },
      deleteUserPolicy: async (_, { input }, ctx) => {
        const t = await lockedTargetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:DeleteUserPolicy', t.arn, { ...t.tags, ...t.boundary });
        await s.policyStore.deleteInline(ctx.em, userRef(t.user), input.policyName);
        return { user: t.user };
      },
      putGroupPolicy: async (_, { input }, ctx) => {
        const t = await lockedTargetGroup(ctx, s.groups, input.groupName);
        await authorize(ctx, 'iam:PutGroupPolicy', t.arn);
        await s.policyStore.putInline(ctx.em, groupRef(t.group), input.policyName, input.policyDocument);
        return { group: t.group };
      },
      deleteGroupPolicy: async (_, { input }, ctx) => {
        const t = await lockedTargetGroup(ctx, s.groups, input.groupName);
        await authorize(ctx, 'iam:DeleteGroupPolicy', t.arn);
        await s.policyStore.deleteInline(ctx.em, groupRef(t.group), input.policyName);
        return { group: t.group };
      },

      putUserPermissionsBoundary: async (_, { input }, ctx) => {
        const t = await lockedTargetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:PutUserPermissionsBoundary', t.arn, { ...t.tags, 'iam:PermissionsBoundary': input.permissionsBoundary });
        await s.policyStore.setPermissionsBoundary(ctx.em, userRef(t.user), input.permissionsBoundary);
        t.user.permissionsBoundaryArn = input.permissionsBoundary;
        return { user: t.user };
      },
      deleteUserPermissionsBoundary: async (_, { input }, ctx) => {
        const t = await lockedTargetUser(ctx, s.users, input.userName);
        const current = t.user.permissionsBoundaryArn;
        await authorize(ctx, 'iam:DeleteUserPermissionsBoundary', t.arn, { ...t.tags, ...t.boundary });
        if (!current) throw Errors.noSuchEntity(`The permissions boundary of user ${t.user.userName}`);
        await s.policyStore.setPermissionsBoundary(ctx.em, userRef(t.user), null);
        t.user.permissionsBoundaryArn = null;
        return { user: t.user };
      },
    },

    Policy: {
      isAttachable: () => true,
      versions: async (policy, _, ctx) => {
        await authorize(ctx, 'iam:ListPolicyVersions', policy.arn);
        await authorize(ctx, 'iam:GetPolicyVersion', policy.arn);
        return (await ctx.loaders.policyStore.versionsByPolicyRowId.load(policy.id)).map((v) => versionView(policy, v));
      },
      defaultVersion: async (policy, _, ctx) => {
        await authorize(ctx, 'iam:GetPolicyVersion', policy.arn);
        const versions = await ctx.loaders.policyStore.versionsByPolicyRowId.load(policy.id);
        const v = versions.find((x) => x.versionId === policy.defaultVersionId);
        if (!v) throw Errors.noSuchEntity(`Policy ${policy.arn} version ${policy.defaultVersionId}`);
        return versionView(policy, v);
      },
      attachmentCount: (policy, _, ctx) => ctx.loaders.policyStore.attachmentCountByPolicyRowId.load(policy.id),
      permissionsBoundaryUsageCount: (policy, _, ctx) => ctx.loaders.policyStore.boundaryUsageByPolicyArn.load(policy.arn),
    },

    InlinePolicy: {
      policyDocument: (p) => p.document,
    },

    // Each field is authorized with the action AWS serves it through, on the parent's ARN.
    User: {
      ...principalPolicyFields('User', s.policyStore, (u: UserEntity) => s.users.userArn(u), userRef),
      permissionsBoundary: permissionsBoundaryOf,
    },

    Group: principalPolicyFields('Group', s.policyStore, (g: GroupEntity) => s.groups.groupArn(g), groupRef),
  };
}
