import { mkdirSync } from 'node:fs';
import { types } from '@electric-sql/pglite';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { getPGliteInstance,PGliteDriver } from 'typeorm-pglite';
import { PGliteInstance } from 'typeorm-pglite/dist/pglite-instance';
import { migrations } from '../../migrations';
import type { Config } from '../config/config';
import type { Logger } from '../observability/logger';
import { entities } from './entities';
import { LockedPGlitePool } from './pglite-pool';
import { QueryCounterLogger } from './query-counter-logger';

export const MEMORY_DATA_DIR = 'memory://';

export interface DataSourceHooks {
  onQuery: () => void;
  log: Logger;
}

/**
 * One code path for both modes: PostgreSQL through `pg` when DATABASE_URL is set, else embedded
 * PGlite (through typeorm-pglite, behind our locked single-session pool) in IAM_DATA_DIR.
 * UUIDs are made in code, so neither mode needs the uuid-ossp extension.
 */
export async function createDataSource(config: Config, hooks: DataSourceHooks): Promise<DataSource> {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logger: new QueryCounterLogger(hooks.onQuery, hooks.log),
  };
  let options: DataSourceOptions;
  if (config.database.kind === 'postgres') {
    options = { ...common, url: config.database.url, poolSize: 10 };
  } else {
    const dataDir = config.database.dataDir;
    if (dataDir !== MEMORY_DATA_DIR) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // typeorm-pglite keeps one PGlite per process; we configure it, then serialize access to it.
    new PGliteDriver({
      dataDir: dataDir === MEMORY_DATA_DIR ? undefined : dataDir,
      // pg returns int8 as a string; do the same so bigint ids survive JSON.
      parsers: { [types.INT8]: (v: string) => v },
    });
    const db = await getPGliteInstance();
    const Pool = class extends LockedPGlitePool {
      constructor() {
        super(db, 15_000);
      }
    };
    options = { ...common, driver: { Pool } };
  }
  return new DataSource(options);
}

/** Embedded mode: LISTEN on the process's PGlite (its notifications arrive as its statements complete). */
export async function listenEmbedded(channel: string, cb: (payload: string) => void): Promise<unknown> {
  const db = await getPGliteInstance();
  return db.listen(channel, cb);
}

/** Closes the data source and, in embedded mode, the process-wide PGlite so a restart can reopen it. */
export async function destroyDataSource(ds: DataSource): Promise<void> {
  if (ds.isInitialized) await ds.destroy();
  await PGliteInstance.close().catch(() => undefined);
}
