import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Errors } from '../common/errors';

/**
 * An OpenID Connect issuer URL as IAM keys it: `https://host[:port][/path]`, no query, fragment or
 * credentials, no trailing slash. The ARN suffix and the condition-key prefix (`HOST/PATH:sub`)
 * are the URL without its scheme.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html
 */
export interface ProviderUrl {
  scheme: 'https' | 'http';
  /** host[:port][/path] */
  withoutScheme: string;
  /** scheme://host[:port][/path]: what the token's `iss` must equal. */
  href: string;
}

/** Loopback hosts: the only ones allowed over plain http, and only with IAM_ALLOW_INSECURE_OIDC=1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (host.toLowerCase() === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

/**
 * Whether a URL may be fetched or trusted: https anywhere, http only on a loopback host when
 * insecure OIDC is allowed (local identity providers and tests).
 */
export function isAllowedOidcUrl(url: URL, allowInsecure: boolean): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && allowInsecure && isLoopbackHost(url.hostname);
}

/**
 * Addresses an identity provider's discovery or keys are never fetched from: private, loopback,
 * link-local (cloud metadata), shared, benchmark, multicast and reserved ranges (RFC 6890).
 * Fetching there would let anyone who can name a provider probe the internal network (SSRF).
 */
const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  NON_PUBLIC.addSubnet(net, bits, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NON_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return !NON_PUBLIC.check(mapped[1]!, 'ipv4');
  return !NON_PUBLIC.check(address, 'ipv6');
}

/**
 * Refuses a host that is, or resolves to, a non-public address; loopback is allowed only with
 * IAM_ALLOW_INSECURE_OIDC (local identity providers and tests). The check is made at fetch time;
 * a DNS answer that changes between this lookup and the connection is not caught.
 */
export async function assertFetchableHost(hostname: string, allowInsecure: boolean): Promise<void> {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  for (const address of addresses) {
    if (isPublicAddress(address)) continue;
    if (allowInsecure && isLoopbackHost(address)) continue;
    throw new Error('address not allowed');
  }
}

/** Parses a provider URL given to createOpenIdConnectProvider; BAD_USER_INPUT naming `field` otherwise. */
export function parseProviderUrl(field: string, value: string, allowInsecure: boolean): ProviderUrl {
  const bad = (why: string) => Errors.badInput(field, `Invalid ${field}: ${why}`);
  if (value.length < 1 || value.length > 255) throw bad('must be 1 to 255 characters');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad('not a URL');
  }
  if (!isAllowedOidcUrl(url, allowInsecure)) {
    throw bad(allowInsecure ? 'must begin with https:// (http:// only on a loopback host)' : 'must begin with https://');
  }
  if (url.username || url.password || url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw bad('must not contain credentials, a query or a fragment');
  }
  const path = url.pathname.replace(/\/+$/, '');
  const withoutScheme = `${url.host}${path}`;
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  return { scheme, withoutScheme, href: `${scheme}://${withoutScheme}` };
}

/** The provider an `iss` claim names, in the same normal form; null when it is not a usable URL. */
export function issuerKey(iss: string): { scheme: string; withoutScheme: string } | null {
  try {
    const url = new URL(iss);
    if (url.search || url.hash || url.username || url.password) return null;
    return { scheme: url.protocol.replace(/:$/, ''), withoutScheme: `${url.host}${url.pathname.replace(/\/+$/, '')}` };
  } catch {
    return null;
  }
}
