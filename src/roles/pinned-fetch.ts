import { type IncomingMessage,request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { type HostResolver, isAllowedOidcUrl, type ResolvedAddress,resolveFetchableAddress, systemResolver } from './oidc-url';

/** Why a document could not be had: the verifier turns this into AWS's InvalidIdentityToken text. */
export class OidcFetchError extends Error {}

export interface PinnedFetchOptions {
  /** For the whole request: connection, headers and body. */
  timeoutMs: number;
  /** Largest response body accepted. */
  maxBytes: number;
  allowInsecure: boolean;
  /** How host names are resolved (tests pass their own). */
  resolve?: HostResolver;
}

/**
 * GETs a JSON object from an identity provider, connecting only to the address that was checked:
 * the host is resolved once, every address it has must be public (resolveFetchableAddress), and
 * the connection is pinned to the first through the socket's `lookup`, so no second DNS lookup
 * can send it elsewhere (DNS rebinding). TLS still names the original host (SNI) and verifies the
 * certificate against it. No redirects are followed, the request times out, and a body larger
 * than `maxBytes` is refused.
 */
export async function fetchJsonPinned(href: string, options: PinnedFetchOptions): Promise<Record<string, unknown>> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new OidcFetchError('not a URL');
  }
  if (!isAllowedOidcUrl(url, options.allowInsecure)) throw new OidcFetchError('URL not allowed');
  let pinned: ResolvedAddress;
  try {
    pinned = await resolveFetchableAddress(url.hostname, options.allowInsecure, options.resolve ?? systemResolver);
  } catch {
    throw new OidcFetchError('host not allowed (not a public address)');
  }
  const body = await get(url, pinned, options);
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new OidcFetchError('not JSON');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new OidcFetchError('not a JSON object');
  return json as Record<string, unknown>;
}

function get(url: URL, pinned: ResolvedAddress, options: PinnedFetchOptions): Promise<Buffer> {
  // The socket asks this for the host's address: it always gets the one that was checked.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Buffer>((resolve, reject) => {
    // The first outcome settles the promise; later events (errors after destroy) change nothing.
    const fail = (why: string) => reject(new OidcFetchError(why));
    const req = send(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: { accept: 'application/json' },
        lookup,
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (res: IncomingMessage) => {
        if (res.statusCode !== 200) {
          res.resume();
          return fail(`HTTP ${res.statusCode}`);
        }
        if (Number(res.headers['content-length'] ?? '0') > options.maxBytes) {
          fail('response too large'); // first: destroying the response emits errors of its own
          return void res.destroy();
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            fail('response too large');
            return void res.destroy();
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve(Buffer.concat(chunks)));
        res.on('error', () => fail('fetch failed'));
        res.on('aborted', () => fail('fetch failed'));
      },
    );
    req.on('error', () => fail('fetch failed'));
    req.end();
  });
}
