import { arn } from '../../kernel/arn';
import { Errors } from '../../kernel/errors';
import { assertName } from '../../kernel/validation';
import type { Services } from '../../services';
import { authorize } from '../authorize';
import { keysetPage, pageConnection, sliceConnection } from '../connection';
import type { Resolvers } from '../generated/graphql-types';
import { tagRequestContext } from '../targets';

/** Users and groups: thin resolvers, one authorize() line, then one service call. */
export type IdentityDeps = Pick<Services, 'groups' | 'policyStore' | 'sessions' | 'users'>;

export function identityResolvers(s: IdentityDeps): Resolvers {
  return {
    Query: {
      user: async (_, { userName }, ctx) => {
        const { users } = s;
        assertName('userName', userName, 128);
        const user = await users.readByName(ctx.em, userName);
        // Authorized before NO_SUCH_ENTITY, as AWS: a caller without iam:GetUser learns nothing.
        await authorize(ctx, 'iam:GetUser', user ? users.userArn(user) : arn.user(ctx.config.accountId, '/', userName));
        if (!user) throw Errors.noSuchEntity(`The user with name ${userName}`);
        return user;
      },
      users: async (_, { pathPrefix, ...args }, ctx) => {
        await authorize(ctx, 'iam:ListUsers', arn.user(ctx.config.accountId, '/', '*'));
        const page = keysetPage(args);
        const prefix = pathPrefix ?? '/';
        const rows = await s.users.list(ctx.em, prefix, page.limit, page.key, page.direction);
        for (const u of rows) ctx.loaders.identity.userById.prime(u.id, u);
        return pageConnection(rows, page, (u) => u.userNameLower, () => s.users.count(ctx.em, prefix));
      },
      group: async (_, { groupName }, ctx) => {
        const { groups } = s;
        assertName('groupName', groupName, 128);
        const group = await groups.findByName(ctx.em, groupName);
        await authorize(ctx, 'iam:GetGroup', group ? groups.groupArn(group) : arn.group(ctx.config.accountId, '/', groupName));
        if (!group) throw Errors.noSuchEntity(`The group with name ${groupName}`);
        return group;
      },
      groups: async (_, { pathPrefix, ...args }, ctx) => {
        await authorize(ctx, 'iam:ListGroups', arn.group(ctx.config.accountId, '/', '*'));
        const page = keysetPage(args);
        const prefix = pathPrefix ?? '/';
        const rows = await s.groups.list(ctx.em, prefix, page.limit, page.key, page.direction);
        return pageConnection(rows, page, (g) => g.groupNameLower, () => s.groups.count(ctx.em, prefix));
      },
    },

    Mutation: {
      createUser: async (_, { input }, ctx) => {
        const userArn = arn.user(ctx.config.accountId, input.path ?? '/', input.userName);
        const tags = input.tags ?? [];
        const boundary = input.permissionsBoundary ?? null;
        await authorize(ctx, 'iam:CreateUser', userArn, {
          ...tagRequestContext(tags),
          ...(boundary ? { 'iam:PermissionsBoundary': boundary } : {}),
        });
        const user = await s.users.create(ctx.em, { userName: input.userName, path: input.path, tags });
        if (boundary) {
          await s.policyStore.setPermissionsBoundary(ctx.em, { type: 'USER', id: user.id }, boundary);
          user.permissionsBoundaryArn = boundary;
        }
        return { user };
      },
      updateUser: async (_, { input }, ctx) => {
        const user = await s.users.lockByName(ctx.em, input.userName);
        // AWS asks for iam:UpdateUser on the user as it is and as it will be (new name or path).
        await authorize(ctx, 'iam:UpdateUser', s.users.userArn(user));
        await authorize(ctx, 'iam:UpdateUser', arn.user(ctx.config.accountId, input.newPath ?? user.path, input.newUserName ?? user.userName));
        s.sessions.changed(ctx.em, `u:${user.id}`);
        return { user: await s.users.update(ctx.em, user, input) };
      },
      deleteUser: async (_, { input }, ctx) => {
        const user = await s.users.lockByName(ctx.em, input.userName);
        await authorize(ctx, 'iam:DeleteUser', s.users.userArn(user));
        await s.users.delete(ctx.em, user);
        s.sessions.changed(ctx.em, `u:${user.id}`);
        // Its sessions are the credentials domain's: they end with the user.
        await s.sessions.deleteAllForUser(ctx.em, user.id);
        return { userName: user.userName };
      },
      tagUser: async (_, { input }, ctx) => {
        const user = await s.users.lockByName(ctx.em, input.userName);
        await authorize(ctx, 'iam:TagUser', s.users.userArn(user), tagRequestContext(input.tags));
        return { user: await s.users.tag(ctx.em, user, input.tags) };
      },
      untagUser: async (_, { input }, ctx) => {
        const user = await s.users.lockByName(ctx.em, input.userName);
        await authorize(ctx, 'iam:UntagUser', s.users.userArn(user), { 'aws:TagKeys': input.tagKeys });
        return { user: await s.users.untag(ctx.em, user, input.tagKeys) };
      },
      createGroup: async (_, { input }, ctx) => {
        await authorize(ctx, 'iam:CreateGroup', arn.group(ctx.config.accountId, input.path ?? '/', input.groupName));
        return { group: await s.groups.create(ctx.em, input) };
      },
      updateGroup: async (_, { input }, ctx) => {
        const group = await s.groups.lockByName(ctx.em, input.groupName);
        // As UpdateUser: permission on the group as it is and as it will be.
        await authorize(ctx, 'iam:UpdateGroup', s.groups.groupArn(group));
        await authorize(ctx, 'iam:UpdateGroup', arn.group(ctx.config.accountId, input.newPath ?? group.path, input.newGroupName ?? group.groupName));
        return { group: await s.groups.update(ctx.em, group, input) };
      },
      deleteGroup: async (_, { input }, ctx) => {
        const group = await s.groups.lockByName(ctx.em, input.groupName);
        await authorize(ctx, 'iam:DeleteGroup', s.groups.groupArn(group));
        await s.groups.delete(ctx.em, group);
        return { groupName: group.groupName };
      },
      addUserToGroup: async (_, { input }, ctx) => {
        const group = await s.groups.getByName(ctx.em, input.groupName);
        await authorize(ctx, 'iam:AddUserToGroup', s.groups.groupArn(group));
        const user = await s.users.getByName(ctx.em, input.userName);
        await s.groups.addUser(ctx.em, group, user);
        return { group, user };
      },
      removeUserFromGroup: async (_, { input }, ctx) => {
        const group = await s.groups.getByName(ctx.em, input.groupName);
        await authorize(ctx, 'iam:RemoveUserFromGroup', s.groups.groupArn(group));
        const user = await s.users.getByName(ctx.em, input.userName);
        await s.groups.removeUser(ctx.em, group, user);
        return { group, user };
      },
    },

    User: {
      arn: (user, _, ctx) => s.users.userArn(user),
      tags: (user) => user.tags,
      // Nested fields that AWS serves through their own actions are authorized with them.
      groups: async (user, { first, after }, ctx) => {
        await authorize(ctx, 'iam:ListGroupsForUser', s.users.userArn(user));
        return sliceConnection(await ctx.loaders.identity.groupsByUserId.load(user.id), first, after, (g) => g.groupNameLower);
      },
      loginProfile: async (user, _, ctx) => {
        await authorize(ctx, 'iam:GetLoginProfile', s.users.userArn(user));
        return ctx.loaders.credentials.loginProfileByUserId.load(user.id);
      },
    },

    Group: {
      arn: (group, _, ctx) => s.groups.groupArn(group),
      // AWS's GetGroup is what lists a group's members.
      users: async (group, { first, after }, ctx) => {
        await authorize(ctx, 'iam:GetGroup', s.groups.groupArn(group));
        return sliceConnection(await ctx.loaders.identity.usersByGroupId.load(group.id), first, after, (u) => u.userNameLower);
      },
    },
  };
}
