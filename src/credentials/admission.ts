import { authorize } from '../authz/authorize';
import { constantTimeEqual, sha256Hex } from '../common/ids';
import type { RequestContext } from '../graphql/context';
import type { Admission } from '../graphql/transactional';
import { targetUser } from '../graphql/resolvers/credentials.resolvers';
import type { UserEntity } from '../identity/user.entity';
import { AccessKeyEntity } from './access-key.entity';
import { attemptKeys, type AttemptKey } from './attempt-limiter';

/**
 * The admission steps of the mutations that check a factor: each counts the attempt against the
 * guessing limiter before the mutation's transaction (see AttemptLimiter.admit), so that parallel
 * requests cannot all be evaluated before the first failure is recorded. Login also verifies the
 * password there, outside any database session.
 *
 * Where a signed-in caller acts on a user (enable/resync a device, change a password), the caller
 * is authorized first: counting before that would let anyone lock another user's factor.
 */
export const factorAdmissions: Record<string, Admission> = {
  login: (args, ctx) => ctx.services.login.admitPassword(ctx, String(args.input.userName), String(args.input.password)),

  respondToMfaChallenge: async (args, ctx) => {
    const challenge = await ctx.services.mfaChallenges.find(ctx.em, String(args.input.challengeToken));
    await admit(ctx, attemptKeys.mfa(challenge.userId));
  },

  getSessionToken: async (args, ctx) => {
    const accessKeyId = String(args.input.accessKeyId);
    const found = accessKeyId.length <= 128 ? await ctx.em.findOne(AccessKeyEntity, { where: { accessKeyId } }) : null;
    await admit(ctx, attemptKeys.accessKey(accessKeyId, found?.userId ?? null));
    // The second factor is counted only for the holder of the key's secret: anyone else could
    // otherwise lock the key owner's MFA by naming the key.
    const secretOk = found !== null && constantTimeEqual(found.secretHash, sha256Hex(String(args.input.secretAccessKey)));
    if (secretOk && args.input.tokenCode) await admit(ctx, attemptKeys.mfa(found.userId), false);
  },

  assumeRole: async (args, ctx) => {
    const p = ctx.principal;
    if (p?.kind === 'USER' && args.input.tokenCode) await admit(ctx, attemptKeys.mfa(p.user.id));
  },

  enableMfaDevice: async (args, ctx) => {
    const user = await authorizedUser(ctx, args.input.userName, 'iam:EnableMFADevice');
    await admit(ctx, attemptKeys.mfa(user.id));
  },

  resyncMfaDevice: async (args, ctx) => {
    const user = await authorizedUser(ctx, args.input.userName, 'iam:ResyncMFADevice');
    await admit(ctx, attemptKeys.mfa(user.id));
  },

  changePassword: async (_args, ctx) => {
    const p = ctx.principal;
    if (p?.kind !== 'USER') return; // the resolver answers these
    const { allowUsersToChangePassword } = await ctx.services.passwordPolicies.get(ctx.em);
    await authorize(ctx, 'iam:ChangePassword', ctx.services.users.userArn(p.user), {}, { grantedByAccountSetting: allowUsersToChangePassword });
    await admit(ctx, attemptKeys.password(p.user.id));
  },
};

/** Admits one factor key and, unless told otherwise, the caller's address. */
async function admit(ctx: RequestContext, key: AttemptKey, withAddress = true): Promise<void> {
  const keys = [key, ...(withAddress && ctx.sourceIp ? [attemptKeys.ip(ctx.sourceIp)] : [])];
  await ctx.services.limiter.admit(ctx, ctx.em, keys);
}

async function authorizedUser(ctx: RequestContext, userName: string | null | undefined, action: string): Promise<UserEntity> {
  const user = await targetUser(ctx, userName);
  await authorize(ctx, action, ctx.services.users.userArn(user));
  return user;
}
