import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { bootstrapAdmin } from './bootstrap';
import type { Config } from './config/config';
import { createDataSource, destroyDataSource, hasReplicas, listenEmbedded } from './db/data-source';
import { ReadRouting } from './db/read-routing';
import { createHttpApp } from './http/server';
import { errorSummary } from './observability/error-summary';
import { createLogger, type Logger } from './observability/logger';
import { createMetrics, type Metrics } from './observability/metrics';
import { createServices, type Services } from './services';

const PURGE_INTERVAL_MS = 10 * 60 * 1000;
/** How often sessions' idle clocks are written: the bound on idle-timeout precision across instances. */
const SESSION_TOUCH_FLUSH_MS = 2000;
/** A session's stored idle clock is advanced only when it is at least this far behind (on close: always). */
const SESSION_TOUCH_STEP_MS = 60_000;

export interface RunningApp {
  url: string;
  port: number;
  httpServer: Server;
  dataSource: DataSource;
  services: Services;
  metrics: Metrics;
  log: Logger;
  close(): Promise<void>;
}

/** Any 64-bit number that no other user of the database picks for an advisory lock. */
const START_LOCK_KEY = 7_385_021_940_551;

/**
 * Instances starting together on one PostgreSQL database take turns to migrate it (TypeORM reads
 * whether its migrations table exists, then creates it: two at once fail). A session advisory
 * lock, held on a direct connection of its own (DATABASE_LISTEN_URL): through pgbouncer in
 * transaction mode a session lock would stay on whichever server connection took it, and the
 * unlock could land on another. Embedded PGlite belongs to one process, which needs none.
 */
async function oneInstanceAtATime(directUrl: string | null, work: () => Promise<void>): Promise<void> {
  if (!directUrl) return work();
  const client = new Client({ connectionString: directUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [START_LOCK_KEY]);
    try {
      await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [START_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/**
 * The composition root: data source, migrations, services, bootstrap administrator, HTTP.
 * Used by `npm start` (src/main.ts) and by the integration tests, which start it on port 0.
 */
export async function startApp(config: Config, options: { log?: Logger } = {}): Promise<RunningApp> {
  const log = options.log ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  const dataSource = await createDataSource(config, { onQuery: () => metrics.dbQueries.inc(), log });
  let ready = false;
  let draining = false;
  const httpServer = createServer();
  let created: Services | null = null;
  try {
    await dataSource.initialize();
    const services = createServices(config, metrics, log);
    created = services;
    const direct = config.database.kind === 'postgres' ? config.database.listenUrl : null;
    await oneInstanceAtATime(direct, async () => {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) log.info({ count: applied.length }, 'applied migrations');
    });
    // Policy cache invalidation: after each commit here, and from other instances (LISTEN/NOTIFY).
    services.policyStore.cache.attach(dataSource);
    if (direct) await services.policyStore.cache.listen(direct);
    // Session cache invalidation: the same, from the triggers of migration SessionCacheNotify.
    services.sessions.cache.attach(dataSource);
    // The user cache: cleared by every commit here, and told of other instances' changes by the session cache's channel.
    services.users.cache.attach(dataSource);
    services.sessions.cache.follow(services.users.cache);
    if (direct) await services.sessions.cache.listen(direct);
    else await services.sessions.cache.listenEmbedded(listenEmbedded);
    const reads = hasReplicas(dataSource)
      ? new ReadRouting(
          dataSource,
          log,
          (target, reason) => metrics.readRouting.inc({ target, reason }),
          Date.now,
          config.database.kind === 'postgres' ? config.database.replicaLimits : undefined,
        )
      : null;
    await reads?.start();
    await services.roles.resolveLegacyTrustPolicies(dataSource, log);
    await bootstrapAdmin(dataSource, config, services, log, (em, user) =>
      services.policyStore.attach(em, { type: 'USER', id: user.id }, 'arn:aws:iam::aws:policy/AdministratorAccess'),
    );

    const { app, inFlight } = await createHttpApp({ config, dataSource, services, metrics, log, isReady: () => ready, isDraining: () => draining, reads }, httpServer);
    httpServer.on('request', app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    ready = true;
    // Guessing counters that no longer change a decision are deleted (their rows grow with attacks).
    const purge = setInterval(() => {
      services.limiter.purge(dataSource.manager).catch((err) => log.error({ err: errorSummary(err) }, 'could not purge guessing counters'));
    }, PURGE_INTERVAL_MS);
    purge.unref();
    // The idle clocks of the sessions used since the last flush, in one statement (SessionCache.takeTouches).
    const flushTouches = (minStepMs: number) =>
      services.sessions
        .flushTouches(dataSource.manager, minStepMs)
        .catch((err) => log.error({ err: errorSummary(err) }, 'could not record session use'));
    const flush = setInterval(() => void flushTouches(SESSION_TOUCH_STEP_MS), SESSION_TOUCH_FLUSH_MS);
    flush.unref();
    const port = (httpServer.address() as AddressInfo).port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host}:${port}`,
      port,
      httpServer,
      dataSource,
      services,
      metrics,
      log,
      async close() {
        // Drain: /readyz says 503 and new requests get 503 at once, while the ones running finish
        // (for at most IAM_SHUTDOWN_GRACE_SECONDS); then the connections close and so does the database.
        ready = false;
        draining = true;
        clearInterval(purge);
        reads?.stop();
        clearInterval(flush);
        // Still listening meanwhile, so that a new request gets its 503 rather than a refused connection.
        const deadline = Date.now() + config.shutdownGraceSeconds * 1000;
        while (inFlight() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        if (inFlight() > 0) log.warn({ seconds: config.shutdownGraceSeconds }, 'requests still running at the end of the shutdown grace period: their connections are closed');
        const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections?.();
        await closed;
        await flushTouches(0);
        await services.sessions.cache.stop();
        await services.policyStore.cache.stop();
        await destroyDataSource(dataSource);
      },
    };
  } catch (err) {
    httpServer.close();
    // A start that failed after the caches began to listen (a bootstrap password the policy refuses): stop them too.
    await created?.sessions.cache.stop().catch(() => undefined);
    await created?.policyStore.cache.stop().catch(() => undefined);
    await destroyDataSource(dataSource).catch(() => undefined);
    throw err;
  }
}
