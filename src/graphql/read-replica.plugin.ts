import type { ApolloServerPlugin } from '@apollo/server';
import type { ReplicaLease } from '../db/read-routing';
import { type GraphQLContext, readingFrom } from './context';

/** The key under which ReadRouting remembers a caller's writes: its principal's ARN, or the user signing in. */
export function writerKey(ctx: GraphQLContext, subjectArn: string | null): string | null {
  return ctx.principal?.arn ?? subjectArn;
}

/**
 * With DATABASE_REPLICA_URLS: once Apollo knows the operation is a query (not a mutation), its
 * plain reads go to a replica if ReadRouting allows it (fresh enough, and past the caller's own
 * last write); authentication has already been done on the primary, and authorization keeps
 * reading there (ctx.security). The replica connection is held for the operation only.
 */
export const readReplicaPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    let lease: ReplicaLease | null = null;
    return {
      async didResolveOperation({ contextValue, operation }) {
        const reads = contextValue.reads;
        if (!reads || operation?.operation !== 'query') return;
        lease = await reads.replicaFor(writerKey(contextValue, null));
        if (lease) Object.assign(contextValue, readingFrom(contextValue.uow.withManager(lease.em)));
      },
      async willSendResponse() {
        const held = lease;
        lease = null;
        await held?.release();
      },
    };
  },
};
