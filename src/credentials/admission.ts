import { authorize } from '../graphql/authorize';
import { constantTimeEqual, sha256Hex } from '../kernel/ids';
import type { RequestContext } from '../graphql/context';
import type { Admission } from '../graphql/operation';
import { targetUser } from '../graphql/resolvers/credentials.resolvers';
import type { UserEntity } from '../identity/user.entity';
import { AccessKeyEntity } from './access-key.entity';
import { attemptChecks } from './attempt-keys';
import { assertCredentialBounds } from './credential-bounds';

/**
 * The admission steps of the mutations that check a factor: each counts the attempt against the
 * guessing limiter before the mutation's transaction (see AttemptLimiter.admit), so that parallel
 * requests cannot all be evaluated before the first failure is recorded. Login also verifies the
 * password there, outside any database session.
 *
 * Input that can never be right (too long, malformed) is refused first, as BAD_USER_INPUT, and
 * never counted. Where a signed-in caller acts on a user (enable/resync a device, change a
 * password), the caller is authorized first: counting before that would let anyone throttle
 * another user's factor.
 */
export const factorAdmissions: Record<string, Admission> = {
  login: (args, ctx) => {
    assertCredentialBounds({ password: args.input.password });
    return ctx.services.login.admitPassword(ctx, String(args.input.userName), String(args.input.password));
  },

  respondToMfaChallenge: async (args, ctx) => {
    assertCredentialBounds({ code: args.input.code });
    const challenge = await ctx.services.mfaChallenges.find(ctx.em, String(args.input.challengeToken));
    await ctx.services.limiter.admit(ctx, ctx.em, attemptChecks.mfa(challenge.userId, ctx.sourceIp));
  },

  getSessionToken: async (args, ctx) => {
    const accessKeyId = String(args.input.accessKeyId);
    const secret = String(args.input.secretAccessKey);
    assertCredentialBounds({ accessKeyId, secretAccessKey: secret, tokenCode: args.input.tokenCode });
    // The key presented, for the audit trail (a failed attempt names the key it tried).
    if (ctx.operation) ctx.operation.credential = { accessKeyId };
    const found = await ctx.em.findOne(AccessKeyEntity, { where: { accessKeyId } });
    await ctx.services.limiter.admit(ctx, ctx.em, attemptChecks.accessKey(accessKeyId, found?.userId ?? null, ctx.sourceIp));
    // The second factor is counted only for the holder of the key's secret: anyone else could
    // otherwise throttle the key owner's MFA by naming the key. The address was counted above.
    const secretOk = found !== null && constantTimeEqual(found.secretHash, sha256Hex(secret));
    if (secretOk && args.input.tokenCode != null) await ctx.services.limiter.admit(ctx, ctx.em, attemptChecks.mfa(found.userId, ctx.sourceIp, false));
  },

  assumeRole: async (args, ctx) => {
    const p = ctx.principal;
    if (args.input.tokenCode == null) return;
    assertCredentialBounds({ tokenCode: args.input.tokenCode });
    if (p?.kind === 'USER' && args.input.serialNumber != null) await ctx.services.limiter.admit(ctx, ctx.em, attemptChecks.mfa(p.user.id, ctx.sourceIp));
  },

  enableMfaDevice: async (args, ctx) => {
    assertCredentialBounds({ authenticationCode1: args.input.authenticationCode1, authenticationCode2: args.input.authenticationCode2 });
    const user = await authorizedUser(ctx, args.input.userName, 'iam:EnableMFADevice');
    await ctx.services.limiter.admit(ctx, ctx.em, attemptChecks.mfa(user.id, ctx.sourceIp));
  },

  resyncMfaDevice: async (args, ctx) => {
    assertCredentialBounds({ authenticationCode1: args.input.authenticationCode1, authenticationCode2: args.input.authenticationCode2 });
    const user = await authorizedUser(ctx, args.input.userName, 'iam:ResyncMFADevice');
    await ctx.services.limiter.admit(ctx, ctx.em, attemptChecks.mfa(user.id, ctx.sourceIp));
  },

  changePassword: async (args, ctx) => {
    const p = ctx.principal;
    if (p?.kind !== 'USER') return; // the resolver answers these
    assertCredentialBounds({ oldPassword: args.input.oldPassword, newPassword: args.input.newPassword });
    const { allowUsersToChangePassword } = await ctx.services.passwordPolicies.get(ctx.em);
    await authorize(ctx, 'iam:ChangePassword', ctx.services.users.userArn(p.user), {}, { grantedByAccountSetting: allowUsersToChangePassword });
    await ctx.services.limiter.admit(ctx, ctx.em, attemptChecks.password(p.user.id, ctx.sourceIp));
  },
};

async function authorizedUser(ctx: RequestContext, userName: string | null | undefined, action: string): Promise<UserEntity> {
  const user = await targetUser(ctx, userName);
  await authorize(ctx, action, ctx.services.users.userArn(user));
  return user;
}
