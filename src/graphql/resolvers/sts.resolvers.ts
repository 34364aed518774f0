import { issuerWithoutScheme } from '../../audit/audit-identity';
import { attemptChecks } from '../../credentials/attempt-keys';
import { assertCredentialBounds } from '../../credentials/credential-bounds';
import { assertRoleArn } from '../../roles/sts.service';
import { requirePrincipal } from '../authorize';
import type { GraphQLContext } from '../context';
import type { MutationAssumeRoleArgs, MutationAssumeRoleWithWebIdentityArgs, Resolvers } from '../generated/graphql-types';
import { admitted } from '../operation';

/** The audit record names the role and the session name asked for. */
function noteRoleSession(ctx: GraphQLContext, input: { roleArn: string; roleSessionName: string }): void {
  ctx.uow.audit.resourceArn = input.roleArn;
  ctx.uow.audit.noteCredential({ roleSessionName: input.roleSessionName.slice(0, 64) });
}
import type { Services } from '../../services';

/**
 * STS for roles. assumeRole is decided by the role's trust policy (with the caller's identity
 * policies under AWS's same-account rule), not by authorize(): the STS service records the target
 * for the audit log itself. assumeRoleWithWebIdentity needs no bearer: the ID token is the credential.
 */
export type StsDeps = Pick<Services, 'limiter' | 'sts'>;

export function stsResolvers(s: StsDeps): Resolvers {
  return {
    Mutation: {
      // A code in the request is counted before the transaction, for the calling user only.
      assumeRole: admitted(
        async (args: MutationAssumeRoleArgs, ctx) => {
          const p = ctx.principal;
          if (args.input.tokenCode == null) return null;
          assertCredentialBounds({ tokenCode: args.input.tokenCode });
          if (p?.kind !== 'USER' || args.input.serialNumber == null) return null;
          return s.limiter.admit(ctx.uow, attemptChecks.mfa(p.user.id, ctx.caller.sourceIp));
        },
        async ({ input }, ctx, mfa) => {
          const caller = requirePrincipal(ctx);
          assertRoleArn(input.roleArn); // bounded before it reaches the audit log
          noteRoleSession(ctx, input);
          return s.sts.assumeRole(ctx.uow, ctx.caller, caller, input, mfa);
        },
      ),
      // The ID token is verified (discovery document and JWKS fetched if need be) before the
      // transaction; the mutation then re-reads the provider and decides with the trust policy.
      assumeRoleWithWebIdentity: admitted(
        (args: MutationAssumeRoleWithWebIdentityArgs, ctx) => s.sts.admitWebIdentity(ctx.uow, args.input),
        async ({ input }, ctx, verified) => {
        assertRoleArn(input.roleArn);
        noteRoleSession(ctx, input);
        const result = await s.sts.assumeRoleWithWebIdentity(ctx.uow, ctx.caller, input, verified);
        // Who signed in: the verified token's subject and provider (the caller has no session yet).
        ctx.uow.audit.noteCredential({ webIdentitySubject: result.subjectFromWebIdentityToken, webIdentityIssuer: issuerWithoutScheme(result.provider) });
        return result;
        },
      ),
    },
  };
}
