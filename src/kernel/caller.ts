/** How a request reached the service. */
export type Transport = 'graphql' | 'script';

/** Where a request came from: what the audit log and aws:SourceIp / aws:SecureTransport need. */
export interface RequestOrigin {
  readonly requestId: string;
  /** The client's address (after trusted proxies), or null when there is none (a script). */
  readonly sourceIp: string | null;
  /** aws:SecureTransport: whether the client reached us over TLS. */
  readonly secureTransport: boolean;
  readonly userAgent: string | null;
  readonly transport: Transport;
}

/**
 * The caller of a request: its origin and, once authenticated, its principal. The principal's
 * type belongs to the authorization domain (see authz/principal.ts); the kernel only carries it.
 */
export interface Caller<Principal> extends RequestOrigin {
  readonly principal: Principal | null;
}

let scriptRequests = 0;

/** A caller for a script or a unit test: no address, no principal unless given. */
export function scriptCaller<P>(principal: P | null = null, sourceIp: string | null = null): Caller<P> {
  return { requestId: `script-${++scriptRequests}`, sourceIp, secureTransport: false, userAgent: null, transport: 'script', principal };
}
