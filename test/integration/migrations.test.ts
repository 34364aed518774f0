import { useTestServer } from '../support/server';

describe('migrations', () => {
  const s = useTestServer();

  test('an empty database migrated to the latest version matches the entities exactly', async () => {
    const sql = await s.app.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  test('no migration is pending after start', async () => {
    expect(await s.app.dataSource.showMigrations()).toBe(false);
  });
});
