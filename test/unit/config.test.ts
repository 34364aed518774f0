import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

describe('configuration', () => {
  test('defaults: embedded PGlite in ./.iam-data on 127.0.0.1:4000, account 000000000000', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: 'pglite', dataDir: './.iam-data' });
    expect([c.host, c.port, c.accountId]).toEqual(['127.0.0.1', 4000, '000000000000']);
    expect(Object.isFrozen(c) && Object.isFrozen(c.session)).toBe(true);
  });

  test('DATABASE_URL selects PostgreSQL', () => {
    const db = {
      kind: 'postgres',
      url: 'postgres://u@h/db',
      listenUrl: 'postgres://u@h/db',
      replicaUrls: [],
      replicaLimits: { maxLagMs: 10_000, retryAfterMs: 5000 },
      timeouts: { statementMs: 10_000, connectMs: 5000 },
    };
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual(db);
  });

  test('DATABASE_REPLICA_URLS lists read replicas; DATABASE_LISTEN_URL is the direct connection (DATABASE_URL by default)', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@bouncer:6432/db',
      DATABASE_LISTEN_URL: 'postgres://u@primary/db',
      DATABASE_REPLICA_URLS: ' postgres://u@r1/db, postgresql://u@r2:5433/db ,',
      DATABASE_REPLICA_MAX_LAG_SECONDS: '30',
      DATABASE_REPLICA_RETRY_SECONDS: '2',
    });
    expect(c.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@bouncer:6432/db',
      listenUrl: 'postgres://u@primary/db',
      replicaUrls: ['postgres://u@r1/db', 'postgresql://u@r2:5433/db'],
      replicaLimits: { maxLagMs: 30_000, retryAfterMs: 2000 },
      timeouts: { statementMs: 10_000, connectMs: 5000 },
    });
    expect(Object.isFrozen(c.database.kind === 'postgres' && c.database.replicaUrls)).toBe(true);
  });

  test.each([
    [
      { DATABASE_URL: 'postgres://u@h/db', DATABASE_REPLICA_URLS: 'postgres://u@r1/db,mysql://r2' },
      'DATABASE_REPLICA_URLS: must be postgres:// URLs',
    ],
    [{ DATABASE_URL: 'postgres://u@h/db', DATABASE_LISTEN_URL: 'http://x' }, 'DATABASE_LISTEN_URL: must be a postgres:// URL'],
    [{ DATABASE_REPLICA_URLS: 'postgres://u@r1/db' }, 'DATABASE_REPLICA_URLS: needs DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://u@h/db', DATABASE_REPLICA_MAX_LAG_SECONDS: '0' }, 'DATABASE_REPLICA_MAX_LAG_SECONDS'],
    [{ DATABASE_LISTEN_URL: 'postgres://u@r1/db' }, 'DATABASE_LISTEN_URL: needs DATABASE_URL'],
  ])('a bad database setting names its variable (%o)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  test.each([
    ['PORT', 'eighty'],
    ['IAM_ACCOUNT_ID', '1234'],
    ['DATABASE_URL', 'mysql://x'],
    ['IAM_MASTER_KEY', 'short'],
    ['IAM_INTROSPECTION', 'maybe'],
  ])('a bad %s stops the start with a message naming it, not its value', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain(`${value}"`);
  });

  test('IAM_SESSION_CACHE_MAX bounds the in-memory session cache: 50000 by default, 0 turns it off, negatives refused', () => {
    expect(loadConfig({}).session.cacheMax).toBe(50_000);
    expect(loadConfig({ IAM_SESSION_CACHE_MAX: '0' }).session.cacheMax).toBe(0);
    expect(loadConfig({ IAM_SESSION_CACHE_MAX: '1000' }).session.cacheMax).toBe(1000);
    expect(() => loadConfig({ IAM_SESSION_CACHE_MAX: '-1' })).toThrow(/IAM_SESSION_CACHE_MAX/);
  });

  test('the bootstrap user name and password go together', () => {
    expect(() => loadConfig({ IAM_BOOTSTRAP_ADMIN_USERNAME: 'root' })).toThrow(/IAM_BOOTSTRAP_ADMIN_PASSWORD/);
  });

  test('introspection is off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', IAM_INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});

describe('IAM_TRUST_PROXY', () => {
  test('off by default; a hop count or a list of proxies; never a blanket "true"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ IAM_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ IAM_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ IAM_TRUST_PROXY: 'true' })).toThrow(/IAM_TRUST_PROXY/);
  });

  test.each(['0.0.0.0/0', '::/0', '0.0.0.0/1, 128.0.0.0/1', '::ffff:0:0/96', '::ffff:0.0.0.0/96', '2000::/3', '10.0.0.1, 0.0.0.0/0'])(
    'a list that trusts (nearly) everyone is refused: %s',
    (value) => {
      expect(() => loadConfig({ IAM_TRUST_PROXY: value })).toThrow(/IAM_TRUST_PROXY: trusts \(nearly\) every address/);
    },
  );

  test.each([
    'loopback, uniquelocal',
    '10.0.0.0/8',
    '172.16.0.0/12, 192.168.0.0/16',
    'fc00::/7',
    '2001:db8::/32',
    '::ffff:10.0.0.0/104',
    '203.0.113.7',
  ])('proxies and private ranges are accepted: %s', (value) => {
    expect(loadConfig({ IAM_TRUST_PROXY: value }).trustProxy).toBe(
      value
        .split(',')
        .map((x) => x.trim())
        .join(', '),
    );
  });

  test.each(['10.0.0.0/33', '999.1.1.1', 'fe80::1::2', 'everyone', '0/0'])('a malformed entry is refused: %s', (value) => {
    expect(() => loadConfig({ IAM_TRUST_PROXY: value })).toThrow(/IAM_TRUST_PROXY/);
  });
});

describe('empty values', () => {
  test('an empty variable counts as unset (docker compose passes ${VAR:-} as "")', () => {
    const c = loadConfig({ IAM_BOOTSTRAP_ADMIN_USERNAME: '', IAM_BOOTSTRAP_ADMIN_PASSWORD: '', IAM_TRUST_PROXY: '', PORT: '' });
    expect(c.bootstrapAdmin).toBeNull();
    expect(c.trustProxy).toBe(false);
    expect(c.port).toBe(4000);
  });

  test('half a bootstrap pair is still refused', () => {
    expect(() => loadConfig({ IAM_BOOTSTRAP_ADMIN_USERNAME: 'root', IAM_BOOTSTRAP_ADMIN_PASSWORD: '' })).toThrow(/must be set together/);
  });
});

describe('docker-compose.yml', () => {
  /** The iam service's environment as docker compose would pass it: ${VAR:-default} and ${VAR:?error} resolved. */
  function composeEnvironment(shell: Record<string, string>): Record<string, string> {
    const text = readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8');
    const block = /\n {2}iam:\n[\s\S]*?\n {4}environment:\n((?: {6}.*\n)+)/.exec(text)![1]!;
    const env: Record<string, string> = {};
    for (const line of block.split('\n')) {
      const m = /^ {6}([A-Z_]+): (.*)$/.exec(line);
      if (!m) continue;
      const raw = m[2]!.replace(/^"(.*)"$/, '$1');
      env[m[1]!] = raw.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, op: string | undefined, arg: string) => {
        const value = shell[name];
        if (op === '?' && !value) throw new Error(`compose refuses: ${arg}`);
        return value || (op === '-' ? arg : '');
      });
    }
    return env;
  }

  test('with the two required secrets and nothing else, the production configuration loads: PostgreSQL, no introspection', () => {
    const env = composeEnvironment({ IAM_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'), POSTGRES_PASSWORD: 'abc123' });
    const c = loadConfig(env);
    expect(c.production).toBe(true);
    expect(c.introspection).toBe(false);
    const url = 'postgres://iam:abc123@postgres:5432/iam';
    expect(c.database).toEqual({
      kind: 'postgres',
      url,
      listenUrl: url,
      replicaUrls: [],
      replicaLimits: { maxLagMs: 10_000, retryAfterMs: 5000 },
      timeouts: { statementMs: 10_000, connectMs: 5000 },
    });
    expect(c.bootstrapAdmin).toBeNull();
    expect(c.masterKey).toHaveLength(32);
    expect(c.trustProxy).toBe(false);
  });

  test('it refuses to start without IAM_MASTER_KEY or POSTGRES_PASSWORD', () => {
    expect(() => composeEnvironment({ POSTGRES_PASSWORD: 'abc123' })).toThrow(/IAM_MASTER_KEY/);
    expect(() => composeEnvironment({ IAM_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') })).toThrow(/POSTGRES_PASSWORD/);
  });

  test('a bootstrap administrator and a proxy can be passed through', () => {
    const env = composeEnvironment({
      IAM_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
      POSTGRES_PASSWORD: 'x',
      IAM_BOOTSTRAP_ADMIN_USERNAME: 'root',
      IAM_BOOTSTRAP_ADMIN_PASSWORD: 'a long passphrase',
      IAM_TRUST_PROXY: '172.18.0.1',
    });
    const c = loadConfig(env);
    expect(c.bootstrapAdmin).toEqual({ userName: 'root', password: 'a long passphrase' });
    expect(c.trustProxy).toBe('172.18.0.1');
  });
});

describe('IAM_CORS_ORIGINS and IAM_COOKIE_SECURE', () => {
  test('none by default; exact origins, comma-separated, frozen', () => {
    expect(loadConfig({}).browser).toEqual({ corsOrigins: [], cookieSecure: false, consoleDir: null });
    const c = loadConfig({ IAM_CORS_ORIGINS: 'https://app.example.com, http://localhost:5173', IAM_COOKIE_SECURE: '1' });
    expect(c.browser).toEqual({ corsOrigins: ['https://app.example.com', 'http://localhost:5173'], cookieSecure: true, consoleDir: null });
    expect(Object.isFrozen(c.browser.corsOrigins)).toBe(true);
  });

  test.each([
    '*',
    'https://*.example.com',
    'https://app.example.com/',
    'https://app.example.com/path',
    'ftp://x.example.com',
    'app.example.com',
    'https://App.example.com',
  ])('%s is refused with a message naming the variable', (value) => {
    expect(() => loadConfig({ IAM_CORS_ORIGINS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ IAM_CORS_ORIGINS: value })).toThrow(/IAM_CORS_ORIGINS: .*origin/);
  });

  test('IAM_COOKIE_SECURE takes a boolean', () => {
    expect(() => loadConfig({ IAM_COOKIE_SECURE: 'maybe' })).toThrow(/IAM_COOKIE_SECURE/);
  });
});

describe('cache bounds and embedded memory', () => {
  test('defaults: 50,000 principals and 20,000 documents in the policy cache, 32 MB of shared buffers', () => {
    const c = loadConfig({});
    expect(c.policyCache).toEqual({ maxPrincipals: 50_000, maxDocuments: 20_000, maxResourcePolicies: 10_000 });
    expect(c.embedded).toEqual({ sharedBuffersMb: 32 });
    const big = loadConfig({
      IAM_POLICY_CACHE_MAX_PRINCIPALS: '200000',
      IAM_POLICY_CACHE_MAX_DOCUMENTS: '80000',
      IAM_EMBEDDED_SHARED_BUFFERS_MB: '256',
    });
    expect([big.policyCache.maxPrincipals, big.policyCache.maxDocuments, big.embedded.sharedBuffersMb]).toEqual([200_000, 80_000, 256]);
  });

  test.each([
    ['IAM_POLICY_CACHE_MAX_PRINCIPALS', '10'],
    ['IAM_POLICY_CACHE_MAX_DOCUMENTS', 'many'],
    ['IAM_EMBEDDED_SHARED_BUFFERS_MB', '0'],
  ])('%s=%s is refused with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});

describe('IAM_WEBAUTHN_ORIGINS and IAM_WEBAUTHN_RP_ID', () => {
  test('by default the server itself on localhost: origin http://localhost:PORT, RP ID localhost', () => {
    expect(loadConfig({ PORT: '4100' }).webauthn).toEqual({ rpId: 'localhost', origins: ['http://localhost:4100'] });
  });

  test('the RP ID defaults to the host of the first origin, and may be a parent domain of every origin', () => {
    const c = loadConfig({ IAM_WEBAUTHN_ORIGINS: 'https://example.com, https://console.example.com' });
    expect(c.webauthn).toEqual({ rpId: 'example.com', origins: ['https://example.com', 'https://console.example.com'] });
    const parent = loadConfig({
      IAM_WEBAUTHN_ORIGINS: 'https://console.example.com,https://admin.example.com',
      IAM_WEBAUTHN_RP_ID: 'example.com',
    });
    expect(parent.webauthn.rpId).toBe('example.com');
    expect(Object.isFrozen(parent.webauthn.origins)).toBe(true);
  });

  test.each([
    [{ IAM_WEBAUTHN_ORIGINS: 'https://console.example.com/path' }, /IAM_WEBAUTHN_ORIGINS: .*origin/],
    [{ IAM_WEBAUTHN_ORIGINS: ' , ' }, /IAM_WEBAUTHN_ORIGINS: needs at least one origin/],
    [{ IAM_WEBAUTHN_ORIGINS: 'https://console.example.com', IAM_WEBAUTHN_RP_ID: 'other.example' }, /IAM_WEBAUTHN_RP_ID: .*parent domain/],
    [
      { IAM_WEBAUTHN_ORIGINS: 'https://console.example.com', IAM_WEBAUTHN_RP_ID: 'https://example.com' },
      /IAM_WEBAUTHN_RP_ID: .*domain name/,
    ],
    [
      { IAM_WEBAUTHN_ORIGINS: 'https://a.example.com,https://b.example.org', IAM_WEBAUTHN_RP_ID: 'example.com' },
      /not of https:\/\/b\.example\.org/,
    ],
  ])('%j is refused with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
