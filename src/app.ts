import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { bootstrapAdmin } from './bootstrap';
import type { Config } from './config/config';
import { createDataSource, destroyDataSource } from './db/data-source';
import { createLogger, type Logger } from './http/logger';
import { createMetrics, type Metrics } from './http/metrics';
import { createHttpApp } from './http/server';
import { createServices, type Services } from './services';

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

/**
 * The composition root: data source, migrations, services, bootstrap administrator, HTTP.
 * Used by `npm start` (src/main.ts) and by the integration tests, which start it on port 0.
 */
export async function startApp(config: Config, options: { log?: Logger } = {}): Promise<RunningApp> {
  const log = options.log ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  const dataSource = await createDataSource(config, { onQuery: () => metrics.dbQueries.inc(), log });
  let ready = false;
  const httpServer = createServer();
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) log.info({ count: applied.length }, 'applied migrations');
    const services = createServices(config, metrics);
    // Policy cache invalidation: after each commit here, and from other instances (LISTEN/NOTIFY).
    services.policyStore.cache.attach(dataSource);
    if (config.database.kind === 'postgres') await services.policyStore.cache.listen(config.database.url);
    await services.roles.resolveLegacyTrustPolicies(dataSource, log);
    await bootstrapAdmin(dataSource, config, services, log, (em, user) =>
      services.policyStore.attach(em, { type: 'USER', id: user.id }, 'arn:aws:iam::aws:policy/AdministratorAccess'),
    );

    const { app } = await createHttpApp({ config, dataSource, services, metrics, log, isReady: () => ready }, httpServer);
    httpServer.on('request', app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    ready = true;
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
        ready = false;
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections?.();
        await services.policyStore.cache.stop();
        await destroyDataSource(dataSource);
      },
    };
  } catch (err) {
    httpServer.close();
    await destroyDataSource(dataSource).catch(() => undefined);
    throw err;
  }
}
