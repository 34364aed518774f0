import type { SessionCookieSink } from '../graphql/context';

/**
 * The session cookie (API.md, "Browsers"): HttpOnly (no script reads it), SameSite=Lax (not sent
 * on cross-site subrequests), Path=/. Over HTTPS it is `__Host-iam_session`: the prefix makes the
 * browser refuse it unless it is Secure, host-only and Path=/, so a sibling subdomain cannot plant
 * one (RFC 6265bis §4.1.3.2). Secure is also forced by IAM_COOKIE_SECURE=1 (TLS ended at a proxy
 * that the service does not trust for X-Forwarded-Proto).
 */
export const COOKIE_NAME = 'iam_session';
export const SECURE_COOKIE_NAME = '__Host-iam_session';

export interface CookieTransport {
  /** The request came over HTTPS (req.secure, after trusted proxies). */
  readonly https: boolean;
  /** IAM_COOKIE_SECURE. */
  readonly forceSecure: boolean;
}

export function sessionCookieName(t: CookieTransport): string {
  return t.https ? SECURE_COOKIE_NAME : COOKIE_NAME;
}

/** The session token from a Cookie header, under the name this transport uses; undefined when absent. */
export function readSessionCookie(header: string | undefined, t: CookieTransport): string | undefined {
  if (!header) return undefined;
  const name = sessionCookieName(t);
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

function attributes(t: CookieTransport): string {
  return `Path=/; HttpOnly; SameSite=Lax${t.https || t.forceSecure ? '; Secure' : ''}`;
}

/**
 * The HTTP side of the context's cookie outlet: resolvers say deliver or clear, and after the
 * operation the server turns the last word into one Set-Cookie header (sessionCookiePlugin).
 */
export class HttpSessionCookie implements SessionCookieSink {
  private header: string | null = null;

  constructor(private readonly transport: CookieTransport) {}

  deliver(session: { readonly token: string; readonly expiresAt: Date }): void {
    const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
    // Tokens are base64url with a prefix: nothing in them needs quoting in a cookie value.
    this.header = `${sessionCookieName(this.transport)}=${session.token}; Max-Age=${maxAge}; ${attributes(this.transport)}`;
  }

  clear(): void {
    this.header = `${sessionCookieName(this.transport)}=; Max-Age=0; ${attributes(this.transport)}`;
  }

  /** The Set-Cookie value to send, or null when no resolver asked for one. */
  setCookieHeader(): string | null {
    return this.header;
  }
}
