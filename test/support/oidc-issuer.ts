import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK, JWTPayload } from 'jose';

/** jose 6 is ESM-only: loaded through a native dynamic import (see .swcrc ignoreDynamic). */
const jose = () => import('jose');

type Alg = 'RS256' | 'ES256';

interface SigningKey {
  kid: string;
  alg: Alg;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export interface SignOptions {
  alg?: Alg;
  /** Overrides the protected header (e.g. a kid that is not published). */
  header?: Record<string, unknown>;
  /** Sign with this key instead of a published one (a forged token). */
  key?: CryptoKey;
}

/**
 * A local OpenID Connect issuer on loopback for federation tests: a discovery document
 * (`/.well-known/openid-configuration`) and a JWKS with one RS256 and one ES256 key made with jose;
 * ID tokens are signed on demand. Its http://127.0.0.1 URL is accepted by the service only with
 * IAM_ALLOW_INSECURE_OIDC=1.
 */
export class OidcIssuer {
  readonly clientId = `client-${randomBytes(4).toString('hex')}`;
  /** Requests for the JWKS, to observe caching and refetch on an unknown kid. */
  jwksFetches = 0;
  /** Misbehaviours, to test what the service refuses to fetch. */
  faults: { discoveryIssuer?: string; jwksPaddingBytes?: number; redirectJwksTo?: string } = {};
  private keys: SigningKey[] = [];
  private stalled: { released: Promise<void>; requested: () => void } | null = null;
  private server!: Server;
  url = '';

  private constructor(private readonly path: string) {}

  static async start(path = `/realms/${randomBytes(3).toString('hex')}`): Promise<OidcIssuer> {
    const issuer = new OidcIssuer(path);
    issuer.keys = [await makeKey('RS256'), await makeKey('ES256')];
    issuer.server = createServer((req, res) => {
      const stall = issuer.stalled;
      if (!stall) return issuer.handle(req.url ?? '', res);
      stall.requested();
      void stall.released.then(() => issuer.handle(req.url ?? '', res));
    });
    await new Promise<void>((resolve) => issuer.server.listen(0, '127.0.0.1', () => resolve()));
    issuer.url = `http://127.0.0.1:${(issuer.server.address() as AddressInfo).port}${path}`;
    return issuer;
  }

  /** The URL without its scheme: the ARN suffix and condition-key prefix. */
  get host(): string {
    return this.url.replace(/^https?:\/\//, '');
  }

  /** An ID token with iss, aud, sub, iat and exp (5 minutes) unless `claims` overrides them. */
  async sign(claims: JWTPayload = {}, options: SignOptions = {}): Promise<string> {
    const { SignJWT } = await jose();
    const alg = options.alg ?? 'RS256';
    const key = this.keys.find((k) => k.alg === alg)!;
    const now = Math.floor(Date.now() / 1000);
    const payload: JWTPayload = { iss: this.url, aud: this.clientId, sub: 'user-1', iat: now, exp: now + 300, ...claims };
    return new SignJWT(payload)
      .setProtectedHeader({ alg, kid: key.kid, typ: 'JWT', ...options.header } as never)
      .sign(options.key ?? key.privateKey);
  }

  /**
   * Makes the issuer stall: every request waits until `release()`. `requested` resolves when the
   * first request has arrived (a slow identity provider, without fixed delays in tests).
   */
  stall(): { requested: Promise<void>; release: () => void } {
    let requested!: () => void;
    let release!: () => void;
    const seen = new Promise<void>((r) => (requested = r));
    const released = new Promise<void>((r) => (release = r));
    this.stalled = { released, requested };
    return {
      requested: seen,
      release: () => {
        this.stalled = null;
        release();
      },
    };
  }

  /** Replaces the keys of one algorithm with a new one under a new kid (key rotation). */
  async rotate(alg: Alg = 'RS256'): Promise<void> {
    const fresh = await makeKey(alg);
    this.keys = [...this.keys.filter((k) => k.alg !== alg), fresh];
  }

  /** A private key of the same type that the JWKS does not publish. */
  static async foreignKey(alg: Alg = 'RS256'): Promise<CryptoKey> {
    return (await makeKey(alg)).privateKey;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(url: string, res: import('node:http').ServerResponse): void {
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url === `${this.path}/.well-known/openid-configuration`) {
      send({
        issuer: this.faults.discoveryIssuer ?? this.url,
        jwks_uri: `${this.url}/jwks`,
        id_token_signing_alg_values_supported: ['RS256', 'ES256'],
        response_types_supported: ['id_token'],
        subject_types_supported: ['public'],
      });
    } else if (url === `${this.path}/jwks`) {
      this.jwksFetches++;
      if (this.faults.redirectJwksTo) {
        res.writeHead(302, { location: this.faults.redirectJwksTo }).end();
        return;
      }
      const padding = this.faults.jwksPaddingBytes ? { padding: 'x'.repeat(this.faults.jwksPaddingBytes) } : {};
      send({ keys: this.keys.map((k) => k.publicJwk), ...padding });
    } else {
      res.writeHead(404).end();
    }
  }
}

async function makeKey(alg: Alg): Promise<SigningKey> {
  const { generateKeyPair, exportJWK } = await jose();
  const { privateKey, publicKey } = await generateKeyPair(alg);
  const kid = `${alg.toLowerCase()}-${randomBytes(4).toString('hex')}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, publicJwk };
}
