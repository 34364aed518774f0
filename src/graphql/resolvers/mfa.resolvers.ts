import { attemptChecks } from '../../credentials/attempt-keys';
import { assertCredentialBounds } from '../../credentials/credential-bounds';
import { parseIamArn } from '../../kernel/arn';
import { authorize, requirePrincipal } from '../authorize';
import type { GraphQLContext } from '../context';
import type { MutationEnableMfaDeviceArgs, MutationResyncMfaDeviceArgs, Resolvers } from '../generated/graphql-types';
import { admitted } from '../operation';
import { targetUser } from '../targets';

type MfaCodesInput = { userName?: string | null; authenticationCode1: string; authenticationCode2: string };
import type { Services } from '../../services';

/** Virtual MFA devices and recovery codes. */
export type MfaDeps = Pick<Services, 'limiter' | 'mfa' | 'users' | 'webAuthn'>;

export function mfaResolvers(s: MfaDeps): Resolvers {
  /**
   * Two codes of a device the caller may enable or resync: bounded, the caller authorized first
   * (counting before that would let anyone throttle another user's factor), then counted.
   */
  const admitCodes = async (ctx: GraphQLContext, input: MfaCodesInput, action: string) => {
    assertCredentialBounds({ authenticationCode1: input.authenticationCode1, authenticationCode2: input.authenticationCode2 });
    const user = await targetUser(ctx, s.users, input.userName);
    await authorize(ctx, action, s.users.userArn(user));
    return s.limiter.admit(ctx.uow, attemptChecks.mfa(user.id, ctx.caller.sourceIp));
  };

  return {
    Mutation: {
      createVirtualMfaDevice: async (_, { input }, ctx) => {
        const path = input.path ?? '/';
        const p = await authorize(ctx, 'iam:CreateVirtualMFADevice', s.mfa.mfaArn(path, input.virtualMfaDeviceName));
        // The authenticator app shows "issuer:account": the calling user's name (AWS's self-service flow).
        const accountName = p.kind === 'USER' ? p.user.userName : p.roleSessionName;
        return { virtualMfaDevice: await s.mfa.createVirtualDevice(ctx.em, input.virtualMfaDeviceName, path, accountName) };
      },
      enableMfaDevice: admitted(
        (args: MutationEnableMfaDeviceArgs, ctx) => admitCodes(ctx, args.input, 'iam:EnableMFADevice'),
        async ({ input }, ctx, admission) => {
          const user = await targetUser(ctx, s.users, input.userName);
          await authorize(ctx, 'iam:EnableMFADevice', s.users.userArn(user));
          const { device, recoveryCodes } = await s.mfa.enable(ctx.uow, ctx.caller, admission, user, input.serialNumber, input.authenticationCode1, input.authenticationCode2);
          return { mfaDevice: device, recoveryCodes };
        },
      ),
      resyncMfaDevice: admitted(
        (args: MutationResyncMfaDeviceArgs, ctx) => admitCodes(ctx, args.input, 'iam:ResyncMFADevice'),
        async ({ input }, ctx, admission) => {
          const user = await targetUser(ctx, s.users, input.userName);
          await authorize(ctx, 'iam:ResyncMFADevice', s.users.userArn(user));
          return { mfaDevice: await s.mfa.resync(ctx.uow, ctx.caller, admission, user, input.serialNumber, input.authenticationCode1, input.authenticationCode2) };
        },
      ),
      // A security key is an MFA device like any: AWS registers FIDO keys with iam:EnableMFADevice.
      createWebAuthnRegistrationOptions: async (_, { input }, ctx) => {
        const user = await targetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:EnableMFADevice', s.users.userArn(user));
        return { optionsJson: await s.webAuthn.registrationOptions(ctx.em, user, input.deviceName, input.passkeySignIn ?? false) };
      },
      completeWebAuthnRegistration: async (_, { input }, ctx) => {
        assertCredentialBounds({ responseJson: input.responseJson });
        const user = await targetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:EnableMFADevice', s.users.userArn(user));
        const { device, recoveryCodes } = await s.webAuthn.completeRegistration(ctx.uow, ctx.caller, user, input.deviceName, input.responseJson);
        return { mfaDevice: device, recoveryCodes };
      },
      deactivateMfaDevice: async (_, { input }, ctx) => {
        const user = await targetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:DeactivateMFADevice', s.users.userArn(user));
        await s.mfa.deactivate(ctx.uow, ctx.caller, user, input.serialNumber);
        return { serialNumber: input.serialNumber };
      },
      deleteVirtualMfaDevice: async (_, { input }, ctx) => {
        requirePrincipal(ctx);
        const parsed = parseIamArn(input.serialNumber);
        const given = parsed?.resourceType === 'mfa' ? input.serialNumber : s.mfa.mfaArn('/', input.serialNumber);
        // Serial numbers match case-insensitively: authorize the device that would be deleted.
        const device = await s.mfa.findBySerial(ctx.em, input.serialNumber);
        await authorize(ctx, 'iam:DeleteVirtualMFADevice', device?.serialNumber ?? given);
        return { serialNumber: await s.mfa.deleteVirtual(ctx.em, input.serialNumber) };
      },
      generateRecoveryCodes: async (_, { input }, ctx) => {
        const user = await targetUser(ctx, s.users, input.userName);
        await authorize(ctx, 'iam:GenerateRecoveryCodes', s.users.userArn(user));
        return { recoveryCodes: await s.mfa.generateRecoveryCodes(ctx.em, user) };
      },
    },

    User: {
      mfaDevices: async (user, _, ctx) => {
        await authorize(ctx, 'iam:ListMFADevices', s.users.userArn(user));
        return ctx.loaders.mfa.mfaDevicesByUserId.load(user.id);
      },
    },

    MfaDevice: {
      userName: async (device, _, ctx) => (device.userId ? (await ctx.loaders.identity.userById.load(device.userId))?.userName : null) ?? '',
      enableDate: (device) => device.enableDate ?? device.createDate,
      passkeySignIn: (device) => device.type === 'WEBAUTHN' && device.passkeySignIn === true,
    },
  };
}
