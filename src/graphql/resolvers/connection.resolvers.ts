import type { ConnectionModel } from '../connection';
import type { Resolvers } from '../generated/graphql-types';

/** Runs the connection's COUNT only when `totalCount` is selected: a page alone stays one query. */
const totalCount = { totalCount: (c: ConnectionModel) => c.totalCount() };

export const connectionResolvers: Resolvers = {
  UserConnection: totalCount,
  GroupConnection: totalCount,
  RoleConnection: totalCount,
  PolicyConnection: totalCount,
  AuditEventConnection: totalCount,
};
