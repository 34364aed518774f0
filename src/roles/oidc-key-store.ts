import type { FlattenedJWSInput, JWSHeaderParameters, JWTVerifyGetKey, LocalJWKSet } from 'jose';
import type { HostResolver } from './oidc-url';
import { fetchJsonPinned, OidcFetchError } from './pinned-fetch';

export { OidcFetchError };

/** jose 6 is ESM-only: loaded once, lazily, through a native dynamic import. */
export type Jose = typeof import('jose');
let josePromise: Promise<Jose> | null = null;
export function loadJose(): Promise<Jose> {
  return (josePromise ??= import('jose'));
}

export interface OidcKeyStoreOptions {
  /** Per HTTP request (discovery document, JWKS). */
  timeoutMs: number;
  /** Largest response body accepted. */
  maxBytes: number;
  /** How long a fetched key set is used before it is fetched again. */
  maxAgeMs: number;
  /** At most one refetch for an unknown `kid` per provider in this interval (a flood of made-up kids costs one fetch). */
  unknownKidCooldownMs: number;
  allowInsecure: boolean;
  /** How provider host names are resolved; the system resolver by default. */
  resolve?: HostResolver;
}

export const DEFAULT_KEY_STORE_OPTIONS: Omit<OidcKeyStoreOptions, 'allowInsecure'> = {
  timeoutMs: 5000,
  maxBytes: 256 * 1024,
  maxAgeMs: 10 * 60 * 1000,
  unknownKidCooldownMs: 30 * 1000,
};

interface Entry {
  keys: LocalJWKSet;
  fetchedAt: number;
}

/**
 * The signing keys of OpenID providers: discovery document (OpenID Connect Discovery 1.0 §4) →
 * `jwks_uri` → JWK Set (RFC 7517), cached per issuer, refetched when stale or when a token names a
 * `kid` the cached set lacks (key rotation), at most once per cooldown. Fetches (fetchJsonPinned)
 * connect only to the public address they checked, follow no redirects, time out, and refuse
 * oversized bodies; every URL must be https (or loopback http when IAM_ALLOW_INSECURE_OIDC=1).
 */
export class OidcKeyStore {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Entry>>();
  private readonly lastUnknownKidRefetch = new Map<string, number>();

  constructor(private readonly options: OidcKeyStoreOptions) {}

  /** A jose key resolver for tokens of the issuer `issuerHref` (scheme://host/path). */
  resolverFor(issuerHref: string): JWTVerifyGetKey {
    return async (header: JWSHeaderParameters, token: FlattenedJWSInput) => {
      let entry = await this.entry(issuerHref, false);
      try {
        return await entry.keys(header, token);
      } catch (err) {
        if ((err as { code?: string }).code !== 'ERR_JWKS_NO_MATCHING_KEY') throw err;
        const last = this.lastUnknownKidRefetch.get(issuerHref) ?? 0;
        if (Date.now() - last < this.options.unknownKidCooldownMs) throw err;
        this.lastUnknownKidRefetch.set(issuerHref, Date.now());
        entry = await this.entry(issuerHref, true);
        return entry.keys(header, token);
      }
    };
  }

  /** Forgets an issuer's keys (its provider was deleted). */
  evict(issuerHref: string): void {
    this.entries.delete(issuerHref);
    this.lastUnknownKidRefetch.delete(issuerHref);
  }

  private async entry(issuerHref: string, force: boolean): Promise<Entry> {
    const cached = this.entries.get(issuerHref);
    if (cached && !force && Date.now() - cached.fetchedAt < this.options.maxAgeMs) return cached;
    let pending = this.inflight.get(issuerHref);
    if (!pending) {
      pending = this.fetchKeys(issuerHref).finally(() => this.inflight.delete(issuerHref));
      this.inflight.set(issuerHref, pending);
    }
    const entry = await pending;
    this.entries.set(issuerHref, entry);
    return entry;
  }

  private async fetchKeys(issuerHref: string): Promise<Entry> {
    const discovery = await this.fetchJson(`${issuerHref}/.well-known/openid-configuration`);
    const issuer = typeof discovery.issuer === 'string' ? discovery.issuer.replace(/\/+$/, '') : null;
    // OpenID Connect Discovery §4.3: the document's issuer MUST be identical to the issuer URL.
    if (issuer !== issuerHref) throw new OidcFetchError('the discovery document names another issuer');
    if (typeof discovery.jwks_uri !== 'string') throw new OidcFetchError('the discovery document has no jwks_uri');
    const jwks = await this.fetchJson(discovery.jwks_uri);
    if (!Array.isArray(jwks.keys)) throw new OidcFetchError('the JWKS has no keys');
    const jose = await loadJose();
    try {
      return { keys: jose.createLocalJWKSet(jwks as never), fetchedAt: Date.now() };
    } catch {
      throw new OidcFetchError('the JWKS is not a JSON Web Key Set');
    }
  }

  private fetchJson(href: string): Promise<Record<string, unknown>> {
    const { timeoutMs, maxBytes, allowInsecure, resolve } = this.options;
    return fetchJsonPinned(href, { timeoutMs, maxBytes, allowInsecure, resolve });
  }
}
