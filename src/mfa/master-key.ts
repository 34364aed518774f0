import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config,ConfigError } from '../config/config';
import { MEMORY_DATA_DIR } from '../db/data-source';

export const MASTER_KEY_FILE = 'master.key';

/**
 * The 32-byte key that encrypts TOTP seeds (AES-256-GCM) and keys the recovery-code hashes.
 * IAM_MASTER_KEY wins. Embedded mode without it: a key made once in IAM_DATA_DIR (mode 0600),
 * or a random key per process for an in-memory database. PostgreSQL mode without it: refuse to
 * start, since replicas must share the key and a lost key makes every enrolled device useless.
 */
export function loadMasterKey(config: Config): Buffer {
  if (config.masterKey) return config.masterKey;
  if (config.database.kind === 'postgres') {
    throw new ConfigError(
      'Invalid configuration:\n  IAM_MASTER_KEY is required with DATABASE_URL (32 random bytes, base64: `openssl rand -base64 32`); it encrypts TOTP seeds and must be the same on every replica',
    );
  }
  const dataDir = config.database.dataDir;
  if (dataDir === MEMORY_DATA_DIR) return randomBytes(32);
  const file = join(dataDir, MASTER_KEY_FILE);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new ConfigError(`Invalid master key file ${file}: expected 32 bytes, base64-encoded`);
    return key;
  }
  // 'wx' fails if another process made the file in the meantime: then read theirs.
  try {
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return loadMasterKey(config);
}
