import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../../src/config/config';
import { createDataSource, destroyDataSource, MEMORY_DATA_DIR } from '../../src/db/data-source';
import { createLogger } from '../../src/observability/logger';
import { createTestDatabase } from './server';

/**
 * A migrated database and nothing else, for unit tests of a domain service: an in-memory PGlite,
 * or with TEST_DATABASE_URL a fresh PostgreSQL database, dropped by close().
 */
export interface TestDatabase {
  dataSource: DataSource;
  config: Config;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    IAM_MASTER_KEY: randomBytes(32).toString('base64'),
    ...(db ? { DATABASE_URL: db.url } : { IAM_DATA_DIR: MEMORY_DATA_DIR }),
  });
  const dataSource = await createDataSource(config, { onQuery: () => undefined, log: createLogger('silent') });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    config,
    async close() {
      await destroyDataSource(dataSource);
      await db?.drop();
    },
  };
}
