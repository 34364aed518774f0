import type { Services } from '../../services';
import { authorize } from '../authorize';
import { decodeCursor, pageSize, toConnection } from '../connection';
import type { Resolvers } from '../generated/graphql-types';

export type AuditDeps = Pick<Services, 'audit' | 'credentialReport'>;

export function auditResolvers(s: AuditDeps): Resolvers {
  return {
    Query: {
      auditEvents: async (_, args, ctx) => {
        // CloudTrail's LookupEvents, not an iam:List* action: read-only IAM access (iam:List*) does
        // not include everyone's sign-in history and source addresses.
        await authorize(ctx, 'cloudtrail:LookupEvents', '*');
        const limit = pageSize(args.first);
        const before = decodeCursor(args.after);
        const totalCount = () => s.audit.count(ctx.em, args);
        if (before !== null && !/^\d+$/.test(before)) return toConnection([], limit, () => '', true, totalCount);
        const rows = await s.audit.list(ctx.em, args, limit + 1, before);
        return toConnection(rows, limit, (e) => e.id, before !== null, totalCount);
      },
      credentialReport: async (_, __, ctx) => {
        await authorize(ctx, 'iam:GetCredentialReport', '*');
        return s.credentialReport.generate(ctx.em);
      },
    },
    AuditEvent: {
      id: (e) => e.id,
    },
  };
}
