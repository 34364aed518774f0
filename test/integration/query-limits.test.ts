import { useTestServer } from '../support/server';

describe('query depth and alias limits', () => {
  const s = useTestServer();

  test('a too-deep query and too many aliases are refused by validation', async () => {
    const token = await s.adminToken();
    let deep = 'userName';
    for (let i = 0; i < 8; i++) deep = `groups { edges { node { users { edges { node { ${deep} } } } } } }`;
    // Built at run time to exceed the limits, so codegen cannot (and should not) type it: rawGql.
    const res = await s.rawGql(`{ users { edges { node { ${deep} } } } }`, {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: me { arn }`).join(' ');
    const wide = await s.rawGql(`{ ${aliases} }`, {}, token);
    expect(wide.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
