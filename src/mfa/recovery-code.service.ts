import { createHmac, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RecoveryCodeEntity } from './recovery-code.entity';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i: read aloud and typed by people

/**
 * Recovery codes (Kratos's lookup strategy; NIST SP 800-63B §5.1.2 look-up secrets): 10 random
 * codes of 10 characters (about 50 bits each), shown once. Only a keyed hash is stored
 * (HMAC-SHA256 under a key derived from the master key, bound to the user), so a copy of the
 * database does not allow an offline search. Each code is consumed by one guarded UPDATE.
 */
export class RecoveryCodeService {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'iam recovery codes v1', 32));
  }

  /** What a person may type: any case, with or without the dash and spaces. */
  static normalize(code: string): string {
    return code.toLowerCase().replace(/[\s-]/g, '');
  }

  static looksLikeRecoveryCode(code: string): boolean {
    const n = RecoveryCodeService.normalize(code);
    return n.length === 10 && [...n].every((c) => ALPHABET.includes(c));
  }

  private hash(userId: string, code: string): string {
    return createHmac('sha256', this.key).update(`${userId}:${RecoveryCodeService.normalize(code)}`).digest('hex');
  }

  /** A new set of 10; the old set is void. Returns the plaintext codes, shown once. */
  async regenerate(em: EntityManager, userId: string): Promise<string[]> {
    await em.delete(RecoveryCodeEntity, { userId });
    const codes: string[] = [];
    const now = new Date();
    for (let i = 0; i < RECOVERY_CODE_COUNT; i++) {
      const bytes = randomBytes(10);
      let raw = '';
      for (const b of bytes) raw += ALPHABET[b % ALPHABET.length];
      codes.push(`${raw.slice(0, 5)}-${raw.slice(5)}`);
    }
    await em.insert(
      RecoveryCodeEntity,
      codes.map((c) => ({ id: randomUUID(), userId, codeHash: this.hash(userId, c), createdAt: now, usedAt: null })),
    );
    return codes;
  }

  /** True when the code was unused and is now used: one guarded UPDATE, its row count decides. */
  async consume(em: EntityManager, userId: string, code: string): Promise<boolean> {
    if (!RecoveryCodeService.looksLikeRecoveryCode(code)) return false;
    const [, count] = (await em.query(
      'UPDATE mfa_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id',
      [userId, this.hash(userId, code)],
    )) as [unknown[], number];
    return count === 1;
  }

  async deleteAll(em: EntityManager, userId: string): Promise<void> {
    await em.delete(RecoveryCodeEntity, { userId });
  }
}
