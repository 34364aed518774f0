import { IamError } from '../kernel/errors';
import { loadJose, OidcFetchError, type OidcKeyStore } from './oidc-key-store';
import type { OidcProviderEntity } from './oidc-provider.entity';
import { issuerKey } from './oidc-url';

/** Signature algorithms accepted, as AWS STS accepts them for OIDC ID tokens (no none, no HMAC). */
export const WEB_IDENTITY_ALGORITHMS = ['RS256', 'ES256'];
/** Clock skew tolerated on exp, nbf and iat. */
export const CLOCK_SKEW_SECONDS = 30;
/** AssumeRoleWithWebIdentity's WebIdentityToken: 4 to 20,000 characters. */
export const MAX_TOKEN_LENGTH = 20000;

export interface VerifiedWebIdentity {
  /** The `iss` claim: AWS's Provider in the response. */
  issuer: string;
  subject: string;
  /** The audience that matched the provider's client list. */
  audience: string;
  amr: string[] | null;
  claims: Record<string, unknown>;
}

/**
 * AWS's InvalidIdentityToken / ExpiredTokenException: the token is not a credential we accept.
 * The message says which check failed (the holder can read the token anyway), never the token.
 */
export function invalidIdentityToken(message: string): IamError {
  return new IamError('INVALID_CREDENTIALS', message);
}

/** The issuer a token claims, read before verification only to find its provider. */
export async function claimedIssuer(token: string): Promise<{ scheme: string; withoutScheme: string; iss: string }> {
  if (token.length < 4 || token.length > MAX_TOKEN_LENGTH) throw invalidIdentityToken('The web identity token is not a well-formed JWT.');
  const jose = await loadJose();
  let iss: unknown;
  try {
    iss = jose.decodeJwt(token).iss;
  } catch {
    throw invalidIdentityToken('The web identity token is not a well-formed JWT.');
  }
  const key = typeof iss === 'string' ? issuerKey(iss) : null;
  if (!key || typeof iss !== 'string') throw invalidIdentityToken('The web identity token has no usable iss claim.');
  return { ...key, iss };
}

/**
 * Verifies an OpenID Connect ID token against a registered provider, as AssumeRoleWithWebIdentity
 * does: signature by a key of the provider's JWKS (RS256 or ES256 only), `iss` equal to the
 * provider URL, `aud` in its client list, `exp`, `nbf` and `iat` within a small skew (RFC 7519 §4.1,
 * OpenID Connect Core §3.1.3.7).
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
 */
export class WebIdentityVerifier {
  constructor(private readonly keys: OidcKeyStore) {}

  async verify(provider: OidcProviderEntity, token: string): Promise<VerifiedWebIdentity> {
    const jose = await loadJose();
    const href = `${provider.scheme}://${provider.urlWithoutScheme}`;
    let payload: Record<string, unknown>;
    try {
      const result = await jose.jwtVerify(token, this.keys.resolverFor(href), {
        issuer: [href, `${href}/`],
        audience: provider.clientIdList,
        algorithms: WEB_IDENTITY_ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      payload = result.payload as Record<string, unknown>;
    } catch (err) {
      throw this.describe(err);
    }
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.iat !== 'number' || payload.iat > now + CLOCK_SKEW_SECONDS) {
      throw invalidIdentityToken('The token was issued in the future (iat).');
    }
    const subject = payload.sub;
    if (typeof subject !== 'string' || subject.length === 0) throw invalidIdentityToken('The token has no sub claim.');
    const auds = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    const audience = auds.find((a): a is string => typeof a === 'string' && provider.clientIdList.includes(a));
    if (!audience) throw invalidIdentityToken('Incorrect token audience.');
    const amr = Array.isArray(payload.amr) ? payload.amr.filter((a): a is string => typeof a === 'string') : typeof payload.amr === 'string' ? [payload.amr] : null;
    return { issuer: String(payload.iss), subject, audience, amr, claims: payload };
  }

  private describe(err: unknown): IamError {
    if (err instanceof OidcFetchError) return invalidIdentityToken("Couldn't retrieve verification key from your identity provider.");
    const e = err as { code?: string; claim?: string };
    switch (e.code) {
      case 'ERR_JWT_EXPIRED':
        return invalidIdentityToken('Token expired: current date/time must be before the expiration date/time.');
      case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
        if (e.claim === 'aud') return invalidIdentityToken('Incorrect token audience.');
        if (e.claim === 'iss') return invalidIdentityToken('The token issuer does not match the identity provider.');
        if (e.claim === 'nbf') return invalidIdentityToken('The token is not yet valid (nbf).');
        return invalidIdentityToken(`The token's ${e.claim ?? 'claims'} claim is missing or invalid.`);
      case 'ERR_JOSE_ALG_NOT_ALLOWED':
      case 'ERR_JOSE_NOT_SUPPORTED':
        return invalidIdentityToken('Unsupported token signing algorithm: only RS256 and ES256 are accepted.');
      case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
        return invalidIdentityToken('The token signature could not be verified.');
      case 'ERR_JWKS_NO_MATCHING_KEY':
      case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
        return invalidIdentityToken('No signing key of the identity provider matches the token.');
      default:
        return invalidIdentityToken('The web identity token is not a well-formed JWT.');
    }
  }
}
