import { DateTimeScalar, JSONScalar } from '../scalars';
import type { Resolvers } from '../generated/graphql-types';

export const scalarResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
};
