import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The web console's first load: the scripts and styles index.html pulls in (entry script and
 * modulepreloads; chunks loaded later on demand are not counted), gzipped as a server would send
 * them. The budget is 300 KB of JavaScript gzipped (issue 14). `npm run console:size` prints it
 * for the build in console/dist and fails past the budget; .ci/run runs it after the build.
 */
export const FIRST_LOAD_JS_BUDGET_BYTES = 300 * 1024;

export interface FirstLoad {
  /** Gzipped bytes of each first-load file, by its URL in index.html. */
  files: Record<string, number>;
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** URLs in index.html that point outside the server (there should be none). */
  external: string[];
}

export function measureFirstLoad(distDir: string, base = '/console/'): FirstLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  const external = urls.filter((u) => /^(https?:)?\/\//i.test(u));
  const files: Record<string, number> = {};
  let jsGzipBytes = 0;
  let cssGzipBytes = 0;
  for (const url of urls) {
    if (!url.startsWith(base) || !/\.(js|css)$/.test(url)) continue;
    const size = gzipSync(readFileSync(join(distDir, url.slice(base.length)))).length;
    files[url] = size;
    if (url.endsWith('.js')) jsGzipBytes += size;
    else cssGzipBytes += size;
  }
  return { files, jsGzipBytes, cssGzipBytes, external };
}

if (require.main === module) {
  const dir = process.argv[2] ?? join(__dirname, '..', 'console', 'dist');
  const m = measureFirstLoad(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const [url, size] of Object.entries(m.files)) console.log(`${url}\t${kb(size)} gzipped`);
  console.log(`first load: ${kb(m.jsGzipBytes)} JavaScript + ${kb(m.cssGzipBytes)} CSS gzipped (budget ${kb(FIRST_LOAD_JS_BUDGET_BYTES)} JavaScript)`);
  if (m.external.length > 0) {
    console.error(`index.html loads from outside the server: ${m.external.join(', ')}`);
    process.exit(1);
  }
  if (m.jsGzipBytes === 0 || m.jsGzipBytes > FIRST_LOAD_JS_BUDGET_BYTES) {
    console.error(m.jsGzipBytes === 0 ? 'no script found in index.html' : 'over the budget');
    process.exit(1);
  }
}
