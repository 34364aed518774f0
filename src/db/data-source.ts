import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { types } from '@electric-sql/pglite';
import pg, { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { getPGliteInstance,PGliteDriver } from 'typeorm-pglite';
import { PGliteInstance } from 'typeorm-pglite/dist/pglite-instance';
import { migrations } from '../../migrations';
import type { Config } from '../config/config';
import { errorSummary } from '../observability/error-summary';
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
    const { url, timeouts } = config.database;
    const replicaUrls = await answeringReplicas(config.database.replicaUrls, hooks.log);
    const pooled = { ...common, poolSize: 10, ...boundedWaits(timeouts) };
    options =
      replicaUrls.length === 0
        ? { ...pooled, url }
        : {
            ...pooled,
            // Replicas answer only what is asked of them explicitly (ReadRouting, for read-only
            // queries): everything else, reads included, defaults to the primary.
            replication: { master: { url }, slaves: replicaUrls.map((u) => ({ url: u })), defaultMode: 'master' },
          };
  } else {
    const dataDir = config.database.dataDir;
    if (dataDir !== MEMORY_DATA_DIR) {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      // A folder with files but no database in it is someone else's, or a database with parts missing.
      if (readdirSync(dataDir).length > 0 && !existsSync(join(dataDir, 'PG_VERSION'))) throw damagedDataDir(dataDir, 'holds files but no database (no PG_VERSION)');
    }
    // typeorm-pglite keeps one PGlite per process; we configure it, then serialize access to it.
    new PGliteDriver({
      dataDir: dataDir === MEMORY_DATA_DIR ? undefined : dataDir,
      // pg returns int8 as a string; do the same so bigint ids survive JSON.
      parsers: { [types.INT8]: (v: string) => v },
      // Most of PGlite's resident memory: PostgreSQL's default 128 MB is more than one process needs.
      postgresqlconf: [`shared_buffers = ${config.embedded.sharedBuffersMb}MB`],
    });
    const db = await getPGliteInstance().catch((err: unknown) => {
      throw dataDir === MEMORY_DATA_DIR ? err : damagedDataDir(dataDir, `could not be opened (${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'})`);
    });
    const Pool = class extends LockedPGlitePool {
      constructor() {
        super(db, 15_000);
      }
    };
    options = { ...common, driver: { Pool } };
  }
  return new DataSource(options);
}

/** Start-up stops rather than start on an empty database: the folder is named, and what to do. */
function damagedDataDir(dataDir: string, what: string): Error {
  return new Error(
    `the embedded database in IAM_DATA_DIR=${dataDir} ${what}: it may be damaged. Restore the folder from a backup (see README, Operations), ` +
      'or move it away to start with an empty database.',
  );
}

/**
 * Nothing waits on the database for long: a new connection (and a wait for a free one in the pool)
 * gives up after `connectMs`; every pooled connection runs `SET statement_timeout` before its first
 * statement (a session setting, not a startup parameter, so that pgbouncer in transaction mode
 * takes it; there, a server connection pgbouncer opens later may lack it: set statement_timeout on
 * the role too); a reply that never comes (a lost network) is given up `statementMs` + 5 s after
 * the statement was sent, and TCP keepalive notices a dead peer. Such failures answer
 * SERVICE_UNAVAILABLE (src/db/unavailable.ts).
 */
function boundedWaits(timeouts: { statementMs: number; connectMs: number }) {
  const { statementMs, connectMs } = timeouts;
  const Pool = class extends pg.Pool {
    constructor(config: pg.PoolConfig) {
      super(config);
      if (statementMs > 0) this.on('connect', (client) => void client.query(`SET statement_timeout = ${statementMs}`).catch(() => undefined));
    }
  };
  return {
    connectTimeoutMS: connectMs,
    driver: { ...pg, Pool },
    extra: { keepAlive: true, ...(statementMs > 0 ? { query_timeout: statementMs + 5000 } : {}) },
  };
}

/**
 * The replicas that answer now as streaming replicas (TypeORM refuses to start when one of its
 * pools cannot connect). One that does not is left out, logged, until the next start: the
 * service starts on the primary rather than not at all.
 */
async function answeringReplicas(urls: readonly string[], log: Logger): Promise<string[]> {
  const checked = await Promise.all(
    urls.map(async (url, index) => {
      const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
      try {
        await client.connect();
        const { rows } = await client.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
        if (rows[0]?.standby) return url;
        log.error({ replica: index + 1 }, 'DATABASE_REPLICA_URLS names a server that is not a standby: it is left out');
      } catch (err) {
        log.error({ replica: index + 1, err: errorSummary(err) }, 'a read replica does not answer at start: it is left out until the next start');
      } finally {
        await client.end().catch(() => undefined);
      }
      return null;
    }),
  );
  return checked.filter((u): u is string => u !== null);
}

/** Whether a data source made by createDataSource reads from replicas. */
export function hasReplicas(ds: DataSource): boolean {
  return 'replication' in ds.options && !!ds.options.replication;
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
