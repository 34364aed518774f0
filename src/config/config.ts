import { z } from 'zod';
import { parseOrigins } from './origins';
import { parseTrustProxy } from './trust-proxy';
import { parseWebAuthnSettings, type WebAuthnSettings } from './webauthn-settings';

/**
 * Configuration, parsed once at boot from the environment into a typed, frozen object.
 * A bad value stops the start with a message naming the variable; values are never logged.
 */
const bool = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['1', 'true', 'yes', 'on'].includes(v)));

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .optional()
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(z.number().int().min(min).max(max));

function envSchema(env: NodeJS.ProcessEnv) {
  const production = env.NODE_ENV === 'production';
  return z.object({
    NODE_ENV: z.string().optional().default('development'),
    HOST: z.string().min(1).optional().default('127.0.0.1'),
    PORT: int(4000, 0, 65535),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((v, ctx): string[] => {
        const urls = (v ?? '').split(',').map((u) => u.trim()).filter((u) => u !== '');
        if (urls.some((u) => !/^postgres(ql)?:\/\/[^\s,]+$/.test(u))) {
          ctx.addIssue({ code: 'custom', message: 'must be postgres:// URLs, comma-separated' });
          return z.NEVER;
        }
        if (urls.length > 16) {
          ctx.addIssue({ code: 'custom', message: 'at most 16 replicas' });
          return z.NEVER;
        }
        return urls;
      }),
    DATABASE_LISTEN_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    IAM_DATA_DIR: z.string().min(1).optional().default('./.iam-data'),
    IAM_ACCOUNT_ID: z
      .string()
      .regex(/^\d{12}$/, 'must be 12 digits')
      .optional()
      .default('000000000000'),
    IAM_BOOTSTRAP_ADMIN_USERNAME: z
      .string()
      .regex(/^[\w+=,.@-]{1,64}$/, 'must be a valid IAM user name')
      .optional(),
    IAM_BOOTSTRAP_ADMIN_PASSWORD: z.string().min(1).optional(),
    IAM_MASTER_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes, base64-encoded')
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
    IAM_INTROSPECTION: bool(!production),
    // The Key URI Format's issuer (github.com/google/google-authenticator/wiki/Key-Uri-Format): the
    // label's prefix before a colon, so it cannot hold one.
    IAM_TOTP_ISSUER: z
      .string()
      .regex(/^[^:\p{Cc}]{1,64}$/u, 'must be 1 to 64 characters, with no colon or control character')
      .optional(),
    IAM_TRUST_PROXY: z
      .string()
      .optional()
      .transform((v, ctx): number | string | false => {
        if (v === undefined) return false;
        const parsed = parseTrustProxy(v);
        if ('value' in parsed) return parsed.value;
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }),
    IAM_SESSION_LIFETIME_SECONDS: int(12 * 3600, 60, 7 * 24 * 3600),
    IAM_SESSION_IDLE_TIMEOUT_SECONDS: int(30 * 60, 1, 7 * 24 * 3600),
    IAM_SESSION_CACHE_MAX: int(50_000, 0, 10_000_000),
    IAM_USER_CACHE_MAX: int(10_000, 0, 10_000_000),
    IAM_SHUTDOWN_GRACE_SECONDS: int(10, 0, 600),
    DATABASE_REPLICA_MAX_LAG_SECONDS: int(10, 1, 3600),
    DATABASE_STATEMENT_TIMEOUT_MS: int(10_000, 0, 3_600_000),
    DATABASE_CONNECT_TIMEOUT_MS: int(5000, 100, 600_000),
    DATABASE_REPLICA_RETRY_SECONDS: int(5, 1, 3600),
    IAM_MAX_SESSIONS_PER_USER: int(20, 1, 1000),
    IAM_POLICY_CACHE_MAX_PRINCIPALS: int(50_000, 100, 10_000_000),
    IAM_POLICY_CACHE_MAX_DOCUMENTS: int(20_000, 100, 10_000_000),
    IAM_POLICY_CACHE_MAX_RESOURCE_POLICIES: int(10_000, 100, 10_000_000),
    IAM_EMBEDDED_SHARED_BUFFERS_MB: int(32, 1, 4096),
    IAM_ARGON2_MEMORY_KIB: int(19456, 8192, 1048576),
    IAM_ARGON2_ITERATIONS: int(2, 1, 20),
    IAM_ARGON2_PARALLELISM: int(1, 1, 16),
    IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF: int(5, 1, 100),
    IAM_AUTH_IP_MAX_FAILURES: int(100, 1, 1_000_000),
    IAM_AUTH_IP_WINDOW_SECONDS: int(900, 1, 86_400),
    IAM_AUTH_ACCOUNT_MAX_FAILURES: int(500, 1, 1_000_000),
    IAM_AUTH_ACCOUNT_WINDOW_SECONDS: int(3600, 1, 86_400),
    IAM_AUTH_MFA_ACCOUNT_MAX_FAILURES: int(100, 1, 1_000_000),
    IAM_AUTH_MFA_ACCOUNT_WINDOW_SECONDS: int(86_400, 1, 86_400),
    IAM_MAX_MANAGED_POLICIES_PER_PRINCIPAL: int(10, 1, 20),
    IAM_ALLOW_INSECURE_OIDC: bool(false),
    IAM_GRAPHQL_MAX_DEPTH: int(12, 2, 100),
    IAM_GRAPHQL_MAX_ALIASES: int(30, 1, 1000),
    IAM_GRAPHQL_MAX_COST: int(20000, 100, 10_000_000),
    IAM_GRAPHQL_MAX_TOKENS: int(5000, 100, 1_000_000),
    IAM_HTTP_BODY_LIMIT_BYTES: int(256 * 1024, 1024, 16 * 1024 * 1024),
    IAM_CORS_ORIGINS: z
      .string()
      .optional()
      .transform((v, ctx): string[] => {
        if (v === undefined) return [];
        const parsed = parseOrigins(v);
        if ('origins' in parsed) return parsed.origins;
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }),
    IAM_COOKIE_SECURE: bool(false),
    IAM_WEBAUTHN_ORIGINS: z.string().optional(),
    IAM_WEBAUTHN_RP_ID: z.string().optional(),
    IAM_CONSOLE_DIR: z.string().min(1).optional(),
  });
}

export { parseOrigins } from './origins';

export interface Config {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  /**
   * PostgreSQL: `url` is the pool's (the primary, possibly through pgbouncer in transaction mode);
   * `listenUrl` a direct connection for what needs a session of its own (LISTEN, the start-up
   * advisory lock), DATABASE_LISTEN_URL or else `url`; `replicaUrls` streaming replicas that serve
   * read-only queries (see src/db/read-routing.ts), none by default.
   */
  readonly database:
    | {
        readonly kind: 'postgres';
        readonly url: string;
        readonly listenUrl: string;
        readonly replicaUrls: readonly string[];
        /** DATABASE_REPLICA_MAX_LAG_SECONDS and DATABASE_REPLICA_RETRY_SECONDS, in ms (src/db/read-routing.ts). */
        readonly replicaLimits: { readonly maxLagMs: number; readonly retryAfterMs: number };
        /** DATABASE_STATEMENT_TIMEOUT_MS (0: none) and DATABASE_CONNECT_TIMEOUT_MS (src/db/data-source.ts). */
        readonly timeouts: { readonly statementMs: number; readonly connectMs: number };
      }
    | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly accountId: string;
  readonly bootstrapAdmin: { readonly userName: string; readonly password: string } | null;
  /** 32-byte key for AES-256-GCM of TOTP seeds; null means "derive from the data directory" (embedded mode). */
  readonly masterKey: Buffer | null;
  readonly logLevel: string;
  readonly introspection: boolean;
  /** The issuer authenticator apps show for a TOTP device: IAM_TOTP_ISSUER, by default `IAM ACCOUNT`. */
  readonly totpIssuer: string;
  /**
   * Which X-Forwarded-For hops to believe (Express's "trust proxy"): false, a hop count, or
   * proxy addresses/CIDRs. Never "everything": a client could then choose its own address.
   */
  readonly trustProxy: false | number | string;
  /**
   * maxPerUser: live sessions of a user's own (sign-ins, getSessionToken); the least recently used beyond it end.
   * cacheMax: live sessions each instance keeps in memory (src/credentials/session-cache.ts); 0 turns the cache off.
   */
  readonly session: { readonly lifetimeSeconds: number; readonly idleTimeoutSeconds: number; readonly maxPerUser: number; readonly cacheMax: number };
  readonly argon2: { readonly memoryCost: number; readonly timeCost: number; readonly parallelism: number };
  /**
   * Bounds of the process-wide policy cache (least recently used entries leave first): compiled
   * policy sets of principals, and compiled policy documents. See docs/scaling.md for the memory each takes.
   */
  readonly policyCache: { readonly maxPrincipals: number; readonly maxDocuments: number; readonly maxResourcePolicies: number };
  /** Users each instance keeps for queries' reads by name (src/identity/user-cache.ts); 0 turns the cache off. */
  readonly userCacheMax: number;
  /** On SIGTERM, how long requests already running may take to finish before their connections close. */
  readonly shutdownGraceSeconds: number;
  /** Embedded PGlite's shared_buffers in MB: most of its resident memory (PostgreSQL's default 128 MB). */
  readonly embedded: { readonly sharedBuffersMb: number };
  /**
   * Guessing limits of every factor check (src/credentials/attempt-limiter.ts): backoff per
   * (account, source), a budget per source, a ceiling per account and factor.
   */
  readonly authLimits: {
    readonly failuresBeforeBackoff: number;
    readonly source: WindowLimitConfig;
    readonly passwordAccount: WindowLimitConfig;
    readonly mfaAccount: WindowLimitConfig;
  };
  readonly maxManagedPoliciesPerPrincipal: number;
  readonly allowInsecureOidc: boolean;
  readonly graphql: { readonly maxDepth: number; readonly maxAliases: number; readonly maxCost: number; readonly maxTokens: number };
  readonly httpBodyLimitBytes: number;
  /**
   * Browsers: origins allowed to call with credentials (CORS, and the CSRF check of cookie
   * sessions); cookieSecure forces the Secure attribute on the session cookie behind a TLS proxy;
   * consoleDir (IAM_CONSOLE_DIR) is the built web console served at /console, null for the
   * package's own console/dist.
   */
  readonly browser: { readonly corsOrigins: readonly string[]; readonly cookieSecure: boolean; readonly consoleDir: string | null };
  /** Security keys and passkeys: the relying party ID and the origins their responses may come from. */
  readonly webauthn: WebAuthnSettings;
}

export interface WindowLimitConfig {
  readonly maxFailures: number;
  readonly windowSeconds: number;
}

export class ConfigError extends Error {}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function loadConfig(rawEnv: NodeJS.ProcessEnv = process.env): Config {
  // An empty value counts as unset (docker compose passes `${VAR:-}` as "").
  const env = Object.fromEntries(Object.entries(rawEnv).filter(([, v]) => v !== undefined && v !== '')) as NodeJS.ProcessEnv;
  const parsed = envSchema(env).safeParse(env);
  if (!parsed.success) {
    // Name the variable and the rule; never echo the value (it may be a secret).
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (!e.DATABASE_URL && (e.DATABASE_REPLICA_URLS.length > 0 || e.DATABASE_LISTEN_URL)) {
    const name = e.DATABASE_LISTEN_URL ? 'DATABASE_LISTEN_URL' : 'DATABASE_REPLICA_URLS';
    throw new ConfigError(`Invalid configuration:\n  ${name}: needs DATABASE_URL (embedded PGlite has no replicas or listeners)`);
  }
  const hasUser = e.IAM_BOOTSTRAP_ADMIN_USERNAME !== undefined;
  const hasPassword = e.IAM_BOOTSTRAP_ADMIN_PASSWORD !== undefined;
  if (hasUser !== hasPassword) {
    throw new ConfigError(
      'Invalid configuration:\n  IAM_BOOTSTRAP_ADMIN_USERNAME and IAM_BOOTSTRAP_ADMIN_PASSWORD must be set together',
    );
  }
  const webauthn = parseWebAuthnSettings(e.IAM_WEBAUTHN_ORIGINS, e.IAM_WEBAUTHN_RP_ID, e.PORT);
  if ('error' in webauthn) throw new ConfigError(`Invalid configuration:\n  ${webauthn.variable}: ${webauthn.error}`);
  return deepFreeze<Config>({
    production: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          listenUrl: e.DATABASE_LISTEN_URL ?? e.DATABASE_URL,
          replicaUrls: e.DATABASE_REPLICA_URLS,
          replicaLimits: { maxLagMs: e.DATABASE_REPLICA_MAX_LAG_SECONDS * 1000, retryAfterMs: e.DATABASE_REPLICA_RETRY_SECONDS * 1000 },
          timeouts: { statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS, connectMs: e.DATABASE_CONNECT_TIMEOUT_MS },
        }
      : { kind: 'pglite', dataDir: e.IAM_DATA_DIR },
    accountId: e.IAM_ACCOUNT_ID,
    bootstrapAdmin: hasUser ? { userName: e.IAM_BOOTSTRAP_ADMIN_USERNAME!, password: e.IAM_BOOTSTRAP_ADMIN_PASSWORD! } : null,
    masterKey: e.IAM_MASTER_KEY ? Buffer.from(e.IAM_MASTER_KEY, 'base64') : null,
    logLevel: e.LOG_LEVEL,
    introspection: e.IAM_INTROSPECTION,
    totpIssuer: e.IAM_TOTP_ISSUER ?? `IAM ${e.IAM_ACCOUNT_ID}`,
    trustProxy: e.IAM_TRUST_PROXY,
    session: {
      lifetimeSeconds: e.IAM_SESSION_LIFETIME_SECONDS,
      idleTimeoutSeconds: e.IAM_SESSION_IDLE_TIMEOUT_SECONDS,
      maxPerUser: e.IAM_MAX_SESSIONS_PER_USER,
      cacheMax: e.IAM_SESSION_CACHE_MAX,
    },
    argon2: { memoryCost: e.IAM_ARGON2_MEMORY_KIB, timeCost: e.IAM_ARGON2_ITERATIONS, parallelism: e.IAM_ARGON2_PARALLELISM },
    policyCache: {
      maxPrincipals: e.IAM_POLICY_CACHE_MAX_PRINCIPALS,
      maxDocuments: e.IAM_POLICY_CACHE_MAX_DOCUMENTS,
      maxResourcePolicies: e.IAM_POLICY_CACHE_MAX_RESOURCE_POLICIES,
    },
    userCacheMax: e.IAM_USER_CACHE_MAX,
    shutdownGraceSeconds: e.IAM_SHUTDOWN_GRACE_SECONDS,
    embedded: { sharedBuffersMb: e.IAM_EMBEDDED_SHARED_BUFFERS_MB },
    authLimits: {
      failuresBeforeBackoff: e.IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF,
      source: { maxFailures: e.IAM_AUTH_IP_MAX_FAILURES, windowSeconds: e.IAM_AUTH_IP_WINDOW_SECONDS },
      passwordAccount: { maxFailures: e.IAM_AUTH_ACCOUNT_MAX_FAILURES, windowSeconds: e.IAM_AUTH_ACCOUNT_WINDOW_SECONDS },
      mfaAccount: { maxFailures: e.IAM_AUTH_MFA_ACCOUNT_MAX_FAILURES, windowSeconds: e.IAM_AUTH_MFA_ACCOUNT_WINDOW_SECONDS },
    },
    maxManagedPoliciesPerPrincipal: e.IAM_MAX_MANAGED_POLICIES_PER_PRINCIPAL,
    allowInsecureOidc: e.IAM_ALLOW_INSECURE_OIDC,
    graphql: {
      maxDepth: e.IAM_GRAPHQL_MAX_DEPTH,
      maxAliases: e.IAM_GRAPHQL_MAX_ALIASES,
      maxCost: e.IAM_GRAPHQL_MAX_COST,
      maxTokens: e.IAM_GRAPHQL_MAX_TOKENS,
    },
    httpBodyLimitBytes: e.IAM_HTTP_BODY_LIMIT_BYTES,
    browser: { corsOrigins: e.IAM_CORS_ORIGINS, cookieSecure: e.IAM_COOKIE_SECURE, consoleDir: e.IAM_CONSOLE_DIR ?? null },
    webauthn: webauthn.settings,
  });
}
