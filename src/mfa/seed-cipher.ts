import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * TOTP seeds at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the master key, with the
 * device's serial number as associated data so a ciphertext cannot be moved to another device.
 * Plaintext and ciphertext are distinct branded types: one cannot be stored or used as the other.
 */
export type SeedPlaintext = Uint8Array & { readonly __brand: 'SeedPlaintext' };
export type SeedCiphertext = string & { readonly __brand: 'SeedCiphertext' };

const VERSION = 'v1';

export function newSeed(): SeedPlaintext {
  // RFC 4226 §4 R6 recommends 160 bits, the length of an HMAC-SHA1 key.
  return new Uint8Array(randomBytes(20)) as SeedPlaintext;
}

export class SeedCipher {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'iam totp seed v1', 32));
  }

  encrypt(seed: SeedPlaintext, serialNumber: string): SeedCiphertext {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(serialNumber, 'utf8'));
    const body = Buffer.concat([cipher.update(seed), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}` as SeedCiphertext;
  }

  /** Throws when the ciphertext was altered, moved to another serial number, or made under another key. */
  decrypt(ciphertext: SeedCiphertext, serialNumber: string): SeedPlaintext {
    const [version, payload] = ciphertext.split(':');
    if (version !== VERSION || !payload) throw new Error('unknown seed ciphertext format');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(serialNumber, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return new Uint8Array(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()])) as SeedPlaintext;
  }
}
