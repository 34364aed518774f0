import { startTestServer, type TestServer, useTestServer } from '../support/server';

/**
 * Each query limit answers with its own code and HTTP 400 (not "Syntax Error" under
 * GRAPHQL_VALIDATION_FAILED, nor a 500), so that a client can tell which limit it hit.
 */
const post = async (s: TestServer, query: string, token?: string) => {
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
  return { status: res.status, body, error: body.errors?.[0] };
};

describe('query limits, each with its own code', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer({
      IAM_GRAPHQL_MAX_DEPTH: '6',
      IAM_GRAPHQL_MAX_ALIASES: '5',
      IAM_GRAPHQL_MAX_COST: '200',
      IAM_GRAPHQL_MAX_TOKENS: '400',
    });
    token = await s.adminToken();
  });
  afterAll(async () => s.close());

  test('too deep: QUERY_TOO_DEEP', async () => {
    const r = await post(s, '{ users { edges { node { groups { edges { node { users { edges { node { userName } } } } } } } } } }', token);
    expect(r.status).toBe(400);
    // Deep is costly too: both limits answer, each with its code.
    expect(r.body.errors.map((e) => e.extensions.code)).toContain('QUERY_TOO_DEEP');
    expect(r.body.errors.find((e) => e.extensions.code === 'QUERY_TOO_DEEP')?.message).toMatch(/^Query depth limit of 6 exceeded/);
    expect(r.body.data).toBeUndefined();
  });

  test('too many aliases: TOO_MANY_ALIASES', async () => {
    const r = await post(s, `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: me { arn }`).join(' ')} }`, token);
    expect(r.status).toBe(400);
    expect(r.error).toMatchObject({
      extensions: { code: 'TOO_MANY_ALIASES' },
      message: expect.stringMatching(/^Aliases limit of 5 exceeded/),
    });
  });

  test('too costly: QUERY_TOO_COMPLEX', async () => {
    const r = await post(s, `{ users { edges { node { ${'userName '.repeat(150)}} } } }`, token);
    expect(r.status).toBe(400);
    expect(r.error).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX' },
      message: expect.stringMatching(/^Query Cost limit of 200 exceeded/),
    });
  });

  test('too many directives: TOO_MANY_DIRECTIVES', async () => {
    const r = await post(s, `{ __typename ${'@include(if: true) '.repeat(51)}}`, token);
    expect(r.status).toBe(400);
    expect(r.error?.extensions.code).toBe('TOO_MANY_DIRECTIVES');
  });

  test('too many tokens: TOO_MANY_TOKENS with HTTP 400, before any parsing or validation', async () => {
    const r = await post(s, `{ ${'__typename '.repeat(500)}}`);
    expect(r.status).toBe(400);
    expect(r.error).toEqual({ message: 'Token limit of 400 exceeded.', extensions: { code: 'TOO_MANY_TOKENS' } });
  });

  test('a syntax error is GRAPHQL_PARSE_FAILED', async () => {
    const r = await post(s, '{ users { ');
    expect(r.status).toBe(400);
    expect(r.error?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('introspection off', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ IAM_INTROSPECTION: '0' });
  });
  afterAll(async () => s.close());

  test('is refused with a message naming IAM_INTROSPECTION', async () => {
    const r = await post(s, '{ __schema { queryType { name } } }');
    expect(r.status).toBe(400);
    expect(r.error?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.error?.message).toMatch(/IAM_INTROSPECTION/);
    expect((await post(s, '{ __typename }')).status).toBe(200);
  });
});

describe('query depth and alias limits at their defaults', () => {
  const s = useTestServer();

  test('a too-deep query and too many aliases are refused, each with its code', async () => {
    const token = await s.adminToken();
    let deep = 'userName';
    for (let i = 0; i < 8; i++) deep = `groups { edges { node { users { edges { node { ${deep} } } } } } }`;
    // Built at run time to exceed the limits, so codegen cannot (and should not) type it: rawGql.
    const res = await s.rawGql(`{ users { edges { node { ${deep} } } } }`, {}, token);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_DEEP');
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: me { arn }`).join(' ');
    const wide = await s.rawGql(`{ ${aliases} }`, {}, token);
    expect(wide.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });
});
