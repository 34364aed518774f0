import { attemptKeys } from './attempt-limiter';
import { AccessKeyEntity } from './access-key.entity';
import type { Admission } from '../graphql/transactional';

/**
 * The admission steps of the mutations that check a factor: each counts the attempt against the
 * guessing limiter before the mutation's transaction (see AttemptLimiter.admit), so that parallel
 * requests cannot all be evaluated before the first failure is recorded. Login also verifies the
 * password there, outside any database session. (changePassword needs a signed-in session and keeps
 * the limiter's in-transaction check: counting before its authorization would let a denied caller
 * lock their own password.)
 */
export const factorAdmissions: Record<string, Admission> = {
  login: (args, ctx) => ctx.services.login.admitPassword(ctx, String(args.input.userName), String(args.input.password)),

  respondToMfaChallenge: async (args, ctx) => {
    const challenge = await ctx.services.mfaChallenges.find(ctx.em, String(args.input.challengeToken));
    const keys = [attemptKeys.mfa(challenge.userId), ...(ctx.sourceIp ? [attemptKeys.ip(ctx.sourceIp)] : [])];
    await ctx.services.limiter.admit(ctx, ctx.em, keys);
  },

  getSessionToken: async (args, ctx) => {
    const accessKeyId = String(args.input.accessKeyId);
    const found = accessKeyId.length <= 128 ? await ctx.em.findOne(AccessKeyEntity, { where: { accessKeyId } }) : null;
    const keys = [attemptKeys.accessKey(accessKeyId, found?.userId ?? null), ...(ctx.sourceIp ? [attemptKeys.ip(ctx.sourceIp)] : [])];
    await ctx.services.limiter.admit(ctx, ctx.em, keys);
  },
};
