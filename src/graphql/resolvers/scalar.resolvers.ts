import type { Resolvers } from '../generated/graphql-types';
import { DateTimeScalar, JSONScalar } from '../scalars';

export const scalarResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
};
