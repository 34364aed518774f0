import argon2 from 'argon2';

export interface Argon2Params {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/**
 * argon2id at OWASP's parameters (Password Storage Cheat Sheet: m=19 MiB, t=2, p=1 at minimum).
 * An unknown user is verified against a dummy hash made with the same parameters, so a miss
 * costs the same time as a wrong password (no user enumeration by timing).
 */
export class PasswordHasher {
  private dummyHash: Promise<string>;

  constructor(private readonly params: Argon2Params) {
    this.dummyHash = this.hash('dummy password that never matches anything');
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.params });
  }

  /** Never throws on a malformed hash: a broken hash simply does not match. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await this.dummyHash);
    try {
      const ok = await argon2.verify(target, password);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }

  /** True when a stored hash was made with other parameters: rehash at the next successful login. */
  needsRehash(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, { ...this.params });
    } catch {
      return true;
    }
  }
}
