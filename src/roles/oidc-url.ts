import { isIP } from 'node:net';
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
