import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Errors } from '../kernel/errors';

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
 * Addresses an identity provider's discovery document or keys are never fetched from: every
 * block of IANA's IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and its updates)
 * that is not globally reachable, plus the deprecated and transition blocks through which a
 * public-looking address reaches a private one (IPv4-compatible ::/96, site-local fec0::/10, 6to4
 * 2002::/16, Teredo within 2001::/23, NAT64 64:ff9b::/96 and 64:ff9b:1::/48). Fetching there would
 * let anyone who can name a provider probe the internal network (SSRF). IPv4-mapped addresses
 * (::ffff:a.b.c.d) are checked as the IPv4 address they carry (node's BlockList does so).
 * https://www.iana.org/assignments/iana-ipv4-special-registry/
 * https://www.iana.org/assignments/iana-ipv6-special-registry/
 */
const NON_PUBLIC_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network" (RFC 791); 0.0.0.0 reaches the local host
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // shared address space (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (RFC 3927)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments (RFC 6890), DS-Lite, NAT64 discovery
  ['192.0.2.0', 24], // TEST-NET-1 (RFC 5737)
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast (RFC 7526)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking (RFC 2544)
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved (RFC 1112), and the limited broadcast address
];
const NON_PUBLIC_V6: ReadonlyArray<readonly [string, number]> = [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible addresses (RFC 4291)
  ['::ffff:0:0:0', 96], // IPv4-translated (RFC 2765)
  ['64:ff9b::', 96], // NAT64 well-known prefix (RFC 6052)
  ['64:ff9b:1::', 48], // NAT64 local-use prefix (RFC 8215)
  ['100::', 64], // discard-only (RFC 6666)
  ['100:0:0:1::', 64], // dummy prefix (RFC 9780)
  ['2001::', 23], // IETF protocol assignments: Teredo, benchmarking, ORCHID (RFC 2928)
  ['2001:db8::', 32], // documentation (RFC 3849)
  ['2002::', 16], // 6to4 (RFC 3056)
  ['3fff::', 20], // documentation (RFC 9637)
  ['5f00::', 16], // segment routing SIDs (RFC 9602)
  ['fc00::', 7], // unique local (RFC 4193)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local (RFC 3879)
  ['ff00::', 8], // multicast
];
const NON_PUBLIC = new BlockList();
for (const [net, bits] of NON_PUBLIC_V4) NON_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of NON_PUBLIC_V6) NON_PUBLIC.addSubnet(net, bits, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** One address a host resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (the system resolver, as node's http would use it). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * The one address a fetch from `hostname` connects to: the host itself when it is an address,
 * else what it resolves to, looked up once. Every address it resolves to must be public (loopback
 * only with IAM_ALLOW_INSECURE_OIDC: local identity providers and tests), or the host is refused.
 * The caller connects to the returned address and to no other: a DNS answer that changes after
 * the check (rebinding) is never used.
 */
export async function resolveFetchableAddress(hostname: string, allowInsecure: boolean, resolve: HostResolver = systemResolver): Promise<ResolvedAddress> {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  const family = isIP(host);
  const addresses: ResolvedAddress[] = family ? [{ address: host, family: family === 6 ? 6 : 4 }] : await resolve(host);
  if (addresses.length === 0) throw new Error('host has no address');
  for (const { address } of addresses) {
    if (isPublicAddress(address)) continue;
    if (allowInsecure && isLoopbackHost(address)) continue;
    throw new Error('address not allowed');
  }
  return addresses[0]!;
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
