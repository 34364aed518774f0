import type { TypedDocumentString } from '../generated/graphql';
import { gqlRequest, type GqlResponse, type TestServer } from './server';

/**
 * A GraphQL request that claims to come from `sourceIp`, through X-Forwarded-For: the test server
 * must run with IAM_TRUST_PROXY=loopback, so that the test client (on 127.0.0.1) is believed as the
 * proxy. This is how a deployment behind a reverse proxy sees its clients' addresses.
 */
export function gqlFrom<TData, TVariables>(
  s: TestServer,
  sourceIp: string,
  document: TypedDocumentString<TData, TVariables>,
  variables?: TVariables,
  token?: string | null,
): Promise<GqlResponse<TData>> {
  return gqlRequest(s.url, document, variables, token, { 'x-forwarded-for': sourceIp });
}

/** A distinct documentation-range address per index (198.18.0.0/15 has room for 131,072). */
export function addressNo(i: number): string {
  return `198.18.${Math.floor(i / 256)}.${i % 256}`;
}
