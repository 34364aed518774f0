import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/unavailable';
import { Errors, IamError } from '../kernel/errors';
import { isQueryLimitCode, TOKEN_LIMIT_MESSAGE } from './query-limits';

/**
 * Every error leaves with an `extensions.code` from the closed set. Our own IamErrors pass as
 * they are; GraphQL's own request errors (syntax, validation, bad variables) keep Apollo's code;
 * the database not answering becomes SERVICE_UNAVAILABLE; anything else is masked as
 * INTERNAL_SERVER_ERROR with no message, stack, SQL or secret.
 */
/** An IamError as GraphQL carries it (where one must be thrown as a GraphQLError: the context function, a validation rule). */
export function toGraphQLError(err: IamError): GraphQLError {
  return new GraphQLError(err.message, { extensions: err.extensions, originalError: err });
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A validation rule's IamError arrives wrapped in Apollo's ValidationError: keep our code.
  const given = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof IamError ? unwrapped.originalError : unwrapped;
  // The database not answering is the service's state, not the request's fault: SERVICE_UNAVAILABLE (503, see unavailablePlugin).
  const original = !(given instanceof IamError) && isDatabaseUnavailable(given) ? Errors.serviceUnavailable() : given;
  if (original instanceof IamError) {
    const { http: _http, ...extensions } = original.extensions;
    const message = original.message.replace(/^Context creation failed: /, '');
    return { message, path: formatted.path, locations: formatted.locations, extensions };
  }
  // A query limit: Apollo's ValidationError carries the rule's error, with its code, as originalError.
  const limitCode = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof GraphQLError ? unwrapped.originalError.extensions.code : undefined;
  if (isQueryLimitCode(limitCode)) return { message: formatted.message, locations: formatted.locations, extensions: { code: limitCode } };
  const tokens = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (tokens && formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED') {
    return { message: `Token limit of ${tokens[1]} exceeded.`, extensions: { code: 'TOO_MANY_TOKENS' } };
  }
  const code = formatted.extensions?.code;
  const isRequestError =
    typeof code === 'string' &&
    ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'].includes(code);
  if (isRequestError || (original instanceof GraphQLError && !original.originalError && formatted.path === undefined)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: typeof code === 'string' ? code : 'BAD_USER_INPUT' } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

