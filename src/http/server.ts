import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Request } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { ReadRouting } from '../db/read-routing';
import { isDatabaseUnavailable } from '../db/unavailable';
import { createGraphQLContext, type GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/format-error';
import { queryLimits } from '../graphql/query-limits';
import { readReplicaPlugin } from '../graphql/read-replica.plugin';
import { buildResolvers, loadTypeDefs } from '../graphql/schema';
import { oneCredentialCheckPerRequest } from '../graphql/validation/one-credential-check';
import { Errors } from '../kernel/errors';
import { UnitOfWork } from '../kernel/unit-of-work';
import { errorSummary } from '../observability/error-summary';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { Services } from '../services';
import { authenticateRequest } from './authenticate';
import { serveConsole } from './console';
import { buildGraphiQLPage } from './graphiql';
import { responseHeadersPlugin } from './response-headers.plugin';
import { HttpSessionCookie, readSessionCookie } from './session-cookie';

export interface HttpDeps {
  config: Config;
  dataSource: DataSource;
  services: Services;
  metrics: Metrics;
  log: Logger;
  isReady: () => boolean;
  /** Shutting down (SIGTERM): requests already running finish, new ones get 503. */
  isDraining: () => boolean;
  /** Replica routing of read-only queries (DATABASE_REPLICA_URLS), or null. */
  reads?: ReadRouting | null;
}

/**
 * The HTTP surface: POST /graphql (Apollo), GET /graphql (GraphiQL for browsers), /healthz,
 * /readyz and /metrics. GraphQL is hardened: depth, alias, cost and token limits (graphql-armor),
 * CSRF prevention, no batching, no suggestions in production, introspection by config.
 */
export async function createHttpApp(deps: HttpDeps, httpServer: Server) {
  const { config, metrics } = deps;
  const limits = queryLimits(config);

  const metricsPlugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const type = rc.operation?.operation ?? 'unknown';
          metrics.graphqlOperations.inc({ type, outcome: rc.errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers(deps.services) as never,
    // Introspection is refused by our own rule (queryLimits), whose message names IAM_INTROSPECTION.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError,
    parseOptions: limits.parseOptions,
    validationRules: [...limits.validationRules, oneCredentialCheckPerRequest],
    plugins: [
      ...(limits.plugins as ApolloServerPlugin<GraphQLContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metricsPlugin,
      responseHeadersPlugin,
      readReplicaPlugin,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);

  // CORS for the listed origins only, with credentials (cookie sessions). An origin not listed
  // gets no Access-Control-Allow-Origin, so its page cannot read any answer (or send JSON at all:
  // the preflight fails). Vary: Origin keeps caches from serving one origin's answer to another.
  if (config.browser.corsOrigins.length > 0) {
    const listed = new Set(config.browser.corsOrigins);
    app.use((_req, res, next) => {
      res.vary('Origin');
      next();
    });
    app.use(
      cors({
        // false: cors adds nothing at all (not even Access-Control-Allow-Credentials).
        origin: (origin, callback) => callback(null, origin !== undefined && listed.has(origin)),
        credentials: true,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
        maxAge: 600,
      }),
    );
  }

  // Requests being answered now: a drain waits for them (SIGTERM, see app.ts).
  let inFlight = 0;
  app.use((req, res, next) => {
    const end = metrics.requestDuration.startTimer({ method: req.method });
    inFlight++;
    metrics.requestsInFlight.inc();
    res.once('close', () => {
      inFlight--;
      metrics.requestsInFlight.dec();
    });
    res.on('finish', () => end({ route: routeLabel(req.path), status: String(res.statusCode) }));
    next();
  });

  app.use('/graphql', (_req, res, next) => {
    if (!deps.isDraining()) return next();
    res.setHeader('Connection', 'close');
    res.setHeader('Retry-After', '1');
    const message = 'The service is shutting down; try again shortly.';
    res.status(503).json({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 } }] });
  });

  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    let ok = deps.isReady();
    if (ok) {
      try {
        await deps.dataSource.query('SELECT 1');
      } catch {
        ok = false;
      }
    }
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready' });
  });

  app.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  let graphiql: { html: Buffer; gzipped: Buffer } | null = null;
  app.get('/graphql', (req, res, next) => {
    const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsHtml || req.query.query !== undefined) return next();
    graphiql ??= buildGraphiQLPage('/graphql');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding, Accept');
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(graphiql.gzipped);
    } else {
      res.send(graphiql.html);
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: config.httpBodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => graphqlContextFor(deps, req),
    }),
  );

  serveConsole(app, config.browser.consoleDir);

  app.use((err: unknown, _req: Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: number }).status ?? 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 400 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? 'Request body too large' : status === 400 ? 'Malformed request body' : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  return { app, apollo, inFlight: () => inFlight };
}

function routeLabel(path: string): string {
  if (path === '/console' || path.startsWith('/console/')) return '/console';
  return ['/graphql', '/healthz', '/readyz', '/metrics'].includes(path) ? path : 'other';
}

async function graphqlContextFor(deps: HttpDeps, req: Request): Promise<GraphQLContext> {
  const origin = {
    requestId: randomUUID(),
    sourceIp: normalizeIp(req.ip ?? req.socket.remoteAddress ?? null),
    secureTransport: req.secure,
    userAgent: req.get('user-agent')?.slice(0, 256) ?? null,
    transport: 'graphql' as const,
  };
  const { config, dataSource, log } = deps;
  const transport = { https: req.secure, forceSecure: config.browser.cookieSecure };
  const uow = new UnitOfWork(dataSource.manager);
  const principal = await authenticateRequest(deps.services, uow, {
    authorization: req.get('authorization'),
    cookieToken: readSessionCookie(req.get('cookie'), transport),
    origin: req.get('origin'),
    ownOrigin: `${req.protocol}://${req.get('host') ?? ''}`,
    allowedOrigins: config.browser.corsOrigins,
  }).catch((err: unknown) => {
    if (!isDatabaseUnavailable(err)) throw err;
    log.warn({ err: errorSummary(err), requestId: origin.requestId }, 'the database did not answer: request refused');
    // Thrown from the context function, the answer's HTTP status is the error's own.
    const unavailable = Errors.serviceUnavailable();
    throw new GraphQLError(unavailable.message, {
      // Apollo reads a Map here; graphql-yoga's typings (pulled in by graphql-armor) say a Record.
      extensions: { ...unavailable.extensions, http: { status: 503, headers: new HeaderMap([['retry-after', '5']]) as unknown as Record<string, string> } },
      originalError: unavailable,
    });
  });
  // Authentication reads through the data source's manager: the primary, never a replica.
  return createGraphQLContext({ authz: deps.services.authz, config, dataSource, log, reads: deps.reads }, origin, principal, uow, new HttpSessionCookie(transport));
}

/** ::ffff:127.0.0.1 is the IPv4 address 127.0.0.1 (so IpAddress conditions on IPv4 ranges work). */
export function normalizeIp(ip: string | null): string | null {
  if (!ip) return null;
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}
