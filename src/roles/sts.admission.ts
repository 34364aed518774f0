import type { Admission } from '../graphql/operation';

/**
 * The admission steps of the STS mutations (see transactional.ts): work that waits on the
 * network runs there, before the mutation's transaction, never inside it.
 */
export const stsAdmissions: Record<string, Admission> = {
  // The ID token is verified (discovery document and JWKS fetched if need be) before the
  // transaction; the mutation then re-reads the provider and decides with the trust policy.
  assumeRoleWithWebIdentity: (args, ctx) => ctx.services.sts.admitWebIdentity(ctx, args.input),
};
