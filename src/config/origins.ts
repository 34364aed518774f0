/**
 * IAM_CORS_ORIGINS: exact origins (scheme://host[:port], as browsers send them in `Origin`),
 * comma-separated. No wildcards: credentials are allowed, and `*` with credentials would let any
 * site act with a signed-in user's cookie.
 */
export function parseOrigins(value: string): { origins: string[] } | { error: string } {
  const origins: string[] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      return { error: `"${item.slice(0, 100)}" is not an origin (expected e.g. https://app.example.com)` };
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== item || item.includes('*')) {
      return { error: `"${item.slice(0, 100)}" is not an exact origin: scheme://host[:port], no path, no wildcard (did you mean ${url.origin}?)` };
    }
    origins.push(url.origin);
  }
  return { origins };
}
