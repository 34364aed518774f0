import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../src/authz/principal';
import { type Config,loadConfig } from '../../src/config/config';
import { createDataSource, destroyDataSource, MEMORY_DATA_DIR } from '../../src/db/data-source';
import type { UserEntity } from '../../src/identity/user.entity';
import { scriptCaller } from '../../src/kernel/caller';
import { UnitOfWork } from '../../src/kernel/unit-of-work';
import { createLogger } from '../../src/observability/logger';
import { createMetrics } from '../../src/observability/metrics';
import { createServices, type Services } from '../../src/services';
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

/** Every service over a test database, as the composition root wires them, for domain tests. */
export function domainServices(db: TestDatabase): Services {
  return createServices(db.config, createMetrics(), createLogger('silent'));
}

/** A signed-in user as a caller (a session issued directly, no HTTP), for domain tests. */
export async function signedInCaller(db: TestDatabase, services: Services, user: UserEntity, sourceIp = '192.0.2.10'): Promise<Caller> {
  const uow = new UnitOfWork(db.dataSource.manager);
  const { session } = await services.sessions.issue(uow.em, { kind: 'USER', authMethod: 'PASSWORD', userId: user.id, mfaAuthenticated: false, temporary: false });
  const principal = await services.principals.resolve(uow, session);
  return scriptCaller(principal, sourceIp);
}
