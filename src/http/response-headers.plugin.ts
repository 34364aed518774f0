import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context';
import { HttpSessionCookie } from './session-cookie';

/**
 * HTTP headers that follow from how an operation went:
 *  - Set-Cookie, when a resolver delivered or cleared the session cookie (context.sessionCookie);
 *  - Retry-After (RFC 9110 §10.2.3, in seconds) when an error is TOO_MANY_ATTEMPTS: its
 *    extensions.retryAfterSeconds says when the limiter will hear the next attempt; and when an
 *    error is SERVICE_UNAVAILABLE (the database did not answer), with HTTP status 503.
 * (A request refused before execution, in the context function, carries its status in its error.)
 */
export const responseHeadersPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const sink = contextValue?.sessionCookie;
        const cookie = sink instanceof HttpSessionCookie ? sink.setCookieHeader() : null;
        if (cookie) response.http.headers.set('set-cookie', cookie);
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const waits = (errors ?? [])
          .filter((e) => e.extensions?.code === 'TOO_MANY_ATTEMPTS' || e.extensions?.code === 'SERVICE_UNAVAILABLE')
          .map((e) => e.extensions?.retryAfterSeconds)
          .filter((n): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0);
        if (waits.length > 0) response.http.headers.set('retry-after', String(Math.ceil(Math.max(...waits))));
        if ((errors ?? []).some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.status = 503;
      },
    };
  },
};
