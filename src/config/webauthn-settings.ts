import { parseOrigins } from './origins';

/** The relying party of WebAuthn (W3C Web Authentication Level 3, §5.1.3 and §7.1 steps 9 and 13). */
export interface WebAuthnSettings {
  /** IAM_WEBAUTHN_RP_ID: a registrable domain; every origin's host is it or one of its subdomains. */
  readonly rpId: string;
  /** IAM_WEBAUTHN_ORIGINS: the exact origins a client's `clientDataJSON.origin` may name. */
  readonly origins: readonly string[];
}

const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * IAM_WEBAUTHN_ORIGINS (default `http://localhost:PORT`) and IAM_WEBAUTHN_RP_ID (default the
 * host of the first origin). The RP ID must be a domain suffix of every origin's host, or no
 * browser would create or use a credential for it (WebAuthn §5.1.3 step 8).
 */
export function parseWebAuthnSettings(
  rawOrigins: string | undefined,
  rawRpId: string | undefined,
  port: number,
): { settings: WebAuthnSettings } | { variable: string; error: string } {
  const parsed = parseOrigins(rawOrigins ?? `http://localhost:${port}`);
  if ('error' in parsed) return { variable: 'IAM_WEBAUTHN_ORIGINS', error: parsed.error };
  if (parsed.origins.length === 0) return { variable: 'IAM_WEBAUTHN_ORIGINS', error: 'needs at least one origin' };
  const hosts = parsed.origins.map((o) => new URL(o).hostname);
  const rpId = rawRpId ?? hosts[0]!;
  if (!HOST.test(rpId)) return { variable: 'IAM_WEBAUTHN_RP_ID', error: 'must be a lower-case domain name (no scheme, port or path)' };
  const outside = parsed.origins.filter((_, i) => hosts[i] !== rpId && !hosts[i]!.endsWith(`.${rpId}`));
  if (outside.length > 0) {
    return { variable: 'IAM_WEBAUTHN_RP_ID', error: `must be the host of every IAM_WEBAUTHN_ORIGINS entry or a parent domain of it (not of ${outside[0]})` };
  }
  return { settings: { rpId, origins: parsed.origins } };
}
