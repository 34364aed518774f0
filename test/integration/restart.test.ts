import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uniqueName } from '../support/factories';
import { createTestDatabase, startTestServer } from '../support/server';

describe('data survives a restart', () => {
  test('users created before a restart are there after it', async () => {
    const db = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'iam-restart-'));
    const password = `Restart-${uniqueName('pw')}`;
    const env = { IAM_BOOTSTRAP_ADMIN_PASSWORD: password, ...(db ? {} : { IAM_DATA_DIR: dir }) };
    const shared = db ? { databaseUrl: db.url } : undefined;
    const name = uniqueName('durable');
    try {
      const first = await startTestServer(env, shared);
      await first.gql('mutation($n: String!) { createUser(input: {userName: $n}) { user { arn } } }', { n: name }, await first.adminToken());
      await first.app.close();
      const second = await startTestServer(env, shared);
      const res = await second.gql('query($n: String!) { user(userName: $n) { userName } }', { n: name }, await second.adminToken());
      expect(res.data?.user?.userName).toBe(name);
      await second.app.close();
    } finally {
      await db?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
