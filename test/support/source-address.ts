import type { GqlResponse, TestServer } from './server';

/**
 * A GraphQL request that claims to come from `sourceIp`, through X-Forwarded-For: the test server
 * must run with IAM_TRUST_PROXY=loopback, so that the test client (on 127.0.0.1) is believed as the
 * proxy. This is how a deployment behind a reverse proxy sees its clients' addresses.
 */
export async function gqlFrom<T = any>(
  s: TestServer,
  sourceIp: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': sourceIp };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: GqlResponse<T>['errors'] };
  return { status: res.status, data: body.data ?? null, errors: body.errors };
}

/** A distinct documentation-range address per index (198.18.0.0/15 has room for 131,072). */
export function addressNo(i: number): string {
  return `198.18.${Math.floor(i / 256)}.${i % 256}`;
}
