import { useTestServer } from '../support/server';

describe('health, readiness and metrics endpoints', () => {
  const s = useTestServer();

  test('health, readiness and metrics endpoints answer', async () => {
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(/^iam_db_queries_total \d+/m);
    expect(metrics).toContain('iam_http_request_duration_seconds_bucket');
  });
});
