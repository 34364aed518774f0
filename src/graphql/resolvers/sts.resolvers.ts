import { requirePrincipal } from '../authorize';
import { issuerWithoutScheme } from '../../audit/audit-identity';
import { assertRoleArn } from '../../roles/sts.service';
import type { Resolvers } from '../generated/graphql-types';

/**
 * STS for roles. assumeRole is decided by the role's trust policy (with the caller's identity
 * policies under AWS's same-account rule), not by authorize(): the STS service records the target
 * for the audit log itself. assumeRoleWithWebIdentity needs no bearer: the ID token is the credential.
 */
export const stsResolvers: Resolvers = {
  Mutation: {
    assumeRole: async (_, { input }, ctx) => {
      const caller = requirePrincipal(ctx);
      assertRoleArn(input.roleArn); // bounded before it reaches the audit log
      if (ctx.operation) {
        ctx.operation.resourceArn = input.roleArn;
        ctx.operation.credential = { roleSessionName: input.roleSessionName.slice(0, 64) };
      }
      return ctx.services.sts.assumeRole(ctx, ctx.em, caller, input);
    },
    assumeRoleWithWebIdentity: async (_, { input }, ctx) => {
      assertRoleArn(input.roleArn);
      if (ctx.operation) {
        ctx.operation.resourceArn = input.roleArn;
        ctx.operation.credential = { roleSessionName: input.roleSessionName.slice(0, 64) };
      }
      const result = await ctx.services.sts.assumeRoleWithWebIdentity(ctx, ctx.em, input);
      // Who signed in: the verified token's subject and provider (the caller has no session yet).
      if (ctx.operation) {
        ctx.operation.credential = {
          ...ctx.operation.credential,
          webIdentitySubject: result.subjectFromWebIdentityToken,
          webIdentityIssuer: issuerWithoutScheme(result.provider),
        };
      }
      return result;
    },
  },
};
