import { authorize, requirePrincipal } from '../authorize';
import { parseIamArn } from '../../kernel/arn';
import type { Resolvers } from '../generated/graphql-types';
import { targetUser } from './credentials.resolvers';

/** Virtual MFA devices and recovery codes. */
export const mfaResolvers: Resolvers = {
  Mutation: {
    createVirtualMfaDevice: async (_, { input }, ctx) => {
      const path = input.path ?? '/';
      const p = await authorize(ctx, 'iam:CreateVirtualMFADevice', ctx.services.mfa.mfaArn(path, input.virtualMfaDeviceName));
      // The authenticator app shows "issuer:account": the calling user's name (AWS's self-service flow).
      const accountName = p.kind === 'USER' ? p.user.userName : p.roleSessionName;
      return { virtualMfaDevice: await ctx.services.mfa.createVirtualDevice(ctx.em, input.virtualMfaDeviceName, path, accountName) };
    },
    enableMfaDevice: async (_, { input }, ctx) => {
      const user = await targetUser(ctx, input.userName);
      await authorize(ctx, 'iam:EnableMFADevice', ctx.services.users.userArn(user));
      const { device, recoveryCodes } = await ctx.services.mfa.enable(ctx, ctx.em, user, input.serialNumber, input.authenticationCode1, input.authenticationCode2);
      return { mfaDevice: device, recoveryCodes };
    },
    resyncMfaDevice: async (_, { input }, ctx) => {
      const user = await targetUser(ctx, input.userName);
      await authorize(ctx, 'iam:ResyncMFADevice', ctx.services.users.userArn(user));
      return { mfaDevice: await ctx.services.mfa.resync(ctx, ctx.em, user, input.serialNumber, input.authenticationCode1, input.authenticationCode2) };
    },
    deactivateMfaDevice: async (_, { input }, ctx) => {
      const user = await targetUser(ctx, input.userName);
      await authorize(ctx, 'iam:DeactivateMFADevice', ctx.services.users.userArn(user));
      await ctx.services.mfa.deactivate(ctx, ctx.em, user, input.serialNumber);
      return { serialNumber: input.serialNumber };
    },
    deleteVirtualMfaDevice: async (_, { input }, ctx) => {
      requirePrincipal(ctx);
      const parsed = parseIamArn(input.serialNumber);
      const given = parsed?.resourceType === 'mfa' ? input.serialNumber : ctx.services.mfa.mfaArn('/', input.serialNumber);
      // Serial numbers match case-insensitively: authorize the device that would be deleted.
      const device = await ctx.services.mfa.findBySerial(ctx.em, input.serialNumber);
      await authorize(ctx, 'iam:DeleteVirtualMFADevice', device?.serialNumber ?? given);
      return { serialNumber: await ctx.services.mfa.deleteVirtual(ctx.em, input.serialNumber) };
    },
    generateRecoveryCodes: async (_, { input }, ctx) => {
      const user = await targetUser(ctx, input.userName);
      await authorize(ctx, 'iam:GenerateRecoveryCodes', ctx.services.users.userArn(user));
      return { recoveryCodes: await ctx.services.mfa.generateRecoveryCodes(ctx.em, user) };
    },
  },

  User: {
    mfaDevices: async (user, _, ctx) => {
      await authorize(ctx, 'iam:ListMFADevices', ctx.services.users.userArn(user));
      return ctx.loaders.mfa.mfaDevicesByUserId.load(user.id);
    },
  },

  MfaDevice: {
    userName: async (device, _, ctx) => (device.userId ? (await ctx.loaders.identity.userById.load(device.userId))?.userName : null) ?? '',
    enableDate: (device) => device.enableDate ?? device.createDate,
  },
};
