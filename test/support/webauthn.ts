import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

/*
 * A software authenticator for the API tests: an ES256 key pair made with Node's crypto, real
 * CBOR (RFC 8949), real authenticator data (W3C WebAuthn §6.1: rpIdHash, flags, counter, attested
 * credential data with a COSE_Key) and attestation `none`. It answers the options the API sends as
 * a browser and a security key together would, and can be told to lie (origin, RP ID, counter).
 */

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | { [key: string]: Cbor };

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

/** The CBOR encoding of what a WebAuthn authenticator sends: integers, byte and text strings, arrays and maps. */
export function cbor(value: Cbor): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(cbor)]);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const b64url = (data: Buffer) => data.toString('base64url');

const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

export interface Lies {
  origin?: string;
  rpId?: string;
  /** Sign with this counter instead of the next one. */
  counter?: number;
  /** Sign over this challenge (base64url) instead of the options'. */
  challenge?: string;
  userVerified?: boolean;
  /** Send this user handle (base64url) instead of the one registered; null: send none. */
  userHandle?: string | null;
}

export interface AuthenticatorTraits {
  /** What the client reports in the credProps extension (§10.1.3): whether the credential is discoverable. Unset: nothing reported. */
  discoverable?: boolean;
}

export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  counter = 0;
  /** The user handle (base64url) of the options it registered with: a discoverable credential returns it at every sign-in. */
  userHandle: string | null = null;

  constructor(
    readonly origin: string,
    readonly rpId: string,
    readonly traits: AuthenticatorTraits = {},
  ) {
    ({ privateKey: this.privateKey, publicKey: this.publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' }));
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  /** The COSE_Key of the public key (RFC 9053 §7.1.1: kty EC2, alg ES256, crv P-256, x, y). */
  private coseKey(): Buffer {
    const jwk = this.publicKey.export({ format: 'jwk' });
    const x = Buffer.from(jwk.x!, 'base64url');
    const y = Buffer.from(jwk.y!, 'base64url');
    return cbor(
      new Map<Cbor, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, x],
        [-3, y],
      ]),
    );
  }

  private authData(rpId: string, flags: number, counter: number, attested?: Buffer): Buffer {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), c, ...(attested ? [attested] : [])]);
  }

  private clientData(type: string, challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), 'utf8');
  }

  /** navigator.credentials.create() with these options: a RegistrationResponseJSON, as a string. */
  register(optionsJson: string, lies: Lies = {}): string {
    const options = JSON.parse(optionsJson) as { challenge: string; user?: { id: string } };
    this.userHandle = options.user?.id ?? null;
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, this.credentialId, this.coseKey()]);
    const flags = UP | (lies.userVerified === false ? 0 : UV) | AT;
    const authData = this.authData(lies.rpId ?? this.rpId, flags, this.counter, attested);
    const attestationObject = cbor({ fmt: 'none', attStmt: {}, authData });
    const clientDataJSON = this.clientData('webauthn.create', lies.challenge ?? options.challenge, lies.origin ?? this.origin);
    return JSON.stringify({
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject), transports: ['usb'] },
      authenticatorAttachment: 'cross-platform',
      clientExtensionResults: this.traits.discoverable === undefined ? {} : { credProps: { rk: this.traits.discoverable } },
    });
  }

  /** navigator.credentials.get() with these options: an AuthenticationResponseJSON, as a string. The counter moves on. */
  authenticate(optionsJson: string, lies: Lies = {}): string {
    const options = JSON.parse(optionsJson) as { challenge: string };
    const counter = lies.counter ?? ++this.counter;
    const flags = UP | (lies.userVerified === false ? 0 : UV);
    const authenticatorData = this.authData(lies.rpId ?? this.rpId, flags, counter);
    const clientDataJSON = this.clientData('webauthn.get', lies.challenge ?? options.challenge, lies.origin ?? this.origin);
    // §6.3.3: the signature is over authenticatorData || SHA-256(clientDataJSON); ES256 signatures are DER.
    const userHandle = lies.userHandle === undefined ? this.userHandle : lies.userHandle;
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), this.privateKey);
    return JSON.stringify({
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        ...(userHandle === null ? {} : { userHandle }),
      },
      authenticatorAttachment: 'cross-platform',
      clientExtensionResults: {},
    });
  }
}
