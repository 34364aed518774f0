import 'reflect-metadata';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config/config';
import { errorSummary } from './observability/error-summary';
import { createLogger } from './observability/logger';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  let app;
  try {
    app = await startApp(config, { log });
  } catch (err) {
    // A setting that only the database can judge (the bootstrap password against the policy).
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  log.info({ url: `${app.url}/graphql`, database: config.database.kind }, 'IAM GraphQL API listening (GraphiQL at GET /graphql, the web console at GET /console)');
  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down: finishing the requests already running');
    // Whatever happens, the process ends: the grace period, then a few seconds for the database to close.
    setTimeout(() => {
      log.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, (config.shutdownGraceSeconds + 10) * 1000).unref();
    try {
      await app.close();
    } catch (err) {
      log.error({ err: errorSummary(err) }, 'shutdown failed');
      process.exit(1);
    }
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  // No stack, SQL or secret: the class and code say enough to look further with LOG_LEVEL=debug.
  process.stderr.write(`Start-up failed: ${JSON.stringify(errorSummary(err))}${err instanceof Error ? ` ${err.message.split('\n')[0]}` : ''}\n`);
  process.exit(1);
});
