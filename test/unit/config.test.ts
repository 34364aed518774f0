import { ConfigError, loadConfig } from '../../src/config/config';

describe('configuration', () => {
  test('defaults: embedded PGlite in ./.iam-data on 127.0.0.1:4000, account 000000000000', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: 'pglite', dataDir: './.iam-data' });
    expect([c.host, c.port, c.accountId]).toEqual(['127.0.0.1', 4000, '000000000000']);
    expect(Object.isFrozen(c) && Object.isFrozen(c.session)).toBe(true);
  });

  test('DATABASE_URL selects PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
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
});
