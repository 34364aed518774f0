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
  log.info({ url: `${app.url}/graphql`, database: config.database.kind }, 'IAM GraphQL API listening (GraphiQL at GET /graphql)');
  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await app.close();
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
