import { FIRST_USER_CURSOR,TYPENAME } from '../support/operations';
import { useTestServer } from '../support/server';

describe('HTTP surface', () => {
  const s = useTestServer();

  test('GET /graphql from a browser serves GraphiQL with no external script or stylesheet', async () => {
    const res = await fetch(`${s.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
  });

  test('a GET query without the CSRF header is refused; POST JSON works', async () => {
    const get = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{__typename}')}`);
    expect(get.status).toBe(400);
    const post = await s.gql(TYPENAME);
    expect(post.data).toEqual({ __typename: 'Query' });
  });

  test('batched requests are refused', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{__typename}' }, { query: '{__typename}' }]),
    });
    expect(res.status).toBe(400);
  });

  test('a body over the size limit is refused with 413 and a code', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(300 * 1024)}` }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('unexpected failures are masked: no stack, SQL or internals leave the server', async () => {
    // A field the schema lacks, on purpose: codegen would refuse it, so it goes as text.
    const res = await s.rawGql('{ nonexistentField }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  test('/metrics counts SQL statements', async () => {
    const read = async () => Number(/^iam_db_queries_total (\d+)/m.exec(await (await fetch(`${s.url}/metrics`)).text())![1]);
    const before = await read();
    await s.gql(FIRST_USER_CURSOR, {}, await s.adminToken());
    expect(await read()).toBeGreaterThan(before);
  });
});
