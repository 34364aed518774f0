/** Unit tests (test/unit, test/policy) and integration tests over HTTP (test/integration).
 *  Without TEST_DATABASE_URL every integration file gets its own in-memory PGlite; with it, its own
 *  PostgreSQL database created and dropped by test/support. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
