import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one server instance (its own registry, so two instances in one process,
 * as in tests, do not mix their counts).
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'iam_process_' });
  return {
    registry,
    dbQueries: new Counter({
      name: 'iam_db_queries_total',
      help: 'SQL statements sent to the database (BEGIN and COMMIT included)',
      registers: [registry],
    }),
    readRouting: new Counter({
      name: 'iam_db_read_routing_total',
      help: 'Read-only GraphQL queries by the server that answered them (replica or primary) and why',
      labelNames: ['target', 'reason'] as const,
      registers: [registry],
    }),
    authzDecisions: new Counter({
      name: 'iam_authz_decisions_total',
      help: 'Authorization decisions made by the policy evaluator',
      labelNames: ['decision'] as const,
      registers: [registry],
    }),
    loginAttempts: new Counter({
      name: 'iam_login_attempts_total',
      help: 'Sign-in attempts (password and second factor) by result',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    requestDuration: new Histogram({
      name: 'iam_http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    requestsInFlight: new Gauge({
      name: 'iam_http_requests_in_flight',
      help: 'HTTP requests being answered now (a shutdown waits for them)',
      registers: [registry],
    }),
    graphqlOperations: new Counter({
      name: 'iam_graphql_operations_total',
      help: 'GraphQL operations by type and outcome',
      labelNames: ['type', 'outcome'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
