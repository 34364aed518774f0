import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const DEFAULT_QUERY = `# Sign in first (login needs no token): with sessionDelivery COOKIE the session
# is an HttpOnly cookie that this page sends with every request, so no token to copy.
# (A bearer token in the Headers tab still works; headers are not kept in localStorage.)
mutation SignIn {
  login(input: { userName: "admin", password: "…", sessionDelivery: COOKIE }) {
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
 * 9 MB, so it is rendered and gzipped once at start. It sends credentials (the session cookie)
 * and never writes the Headers tab to localStorage, where any script on the origin could read a
 * bearer token pasted there.
 */
export function buildGraphiQLPage(endpoint: string): { html: Buffer; gzipped: Buffer } {
  const html = Buffer.from(renderGraphiQL({ endpoint, defaultQuery: DEFAULT_QUERY, title: 'IAM GraphQL', credentials: 'include', shouldPersistHeaders: false } as never), 'utf8');
  return { html, gzipped: gzipSync(html) };
}
