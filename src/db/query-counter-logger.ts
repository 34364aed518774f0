import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../observability/logger';

/**
 * TypeORM calls logQuery for every statement it sends (BEGIN and COMMIT included), so this is
 * where iam_db_queries_total is counted. Query text and parameters are never logged: they may
 * hold hashes or secrets; failures are logged without SQL.
 */
export class QueryCounterLogger implements TypeOrmLogger {
  constructor(
    private readonly onQuery: () => void,
    private readonly logger: Logger,
  ) {}

  logQuery(): void {
    this.onQuery();
  }
  logQueryError(error: string | Error): void {
    const code = typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : undefined;
    this.logger.debug({ sqlState: code }, 'query failed');
  }
  logQuerySlow(time: number): void {
    this.logger.warn({ ms: time }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ detail: String(message) }, 'database warning');
  }
}
