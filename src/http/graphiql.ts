import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const DEFAULT_QUERY = `# Sign in first (login needs no token), then set the header
# {"Authorization": "Bearer <token>"} in the Headers tab below.
mutation SignIn {
  login(input: { userName: "admin", password: "…" }) {
    status
    session { token expiresAt mfaAuthenticated }
    mfaChallenge { token expiresAt }
  }
}

query WhoAmI {
  me { arn }
}
`;

/**
 * GraphiQL served from the package's own assets (no CDN: it works offline). The page is about
 * 9 MB, so it is rendered and gzipped once at start.
 */
export function buildGraphiQLPage(endpoint: string): { html: Buffer; gzipped: Buffer } {
  const html = Buffer.from(renderGraphiQL({ endpoint, defaultQuery: DEFAULT_QUERY, title: 'IAM GraphQL' } as never), 'utf8');
  return { html, gzipped: gzipSync(html) };
}
