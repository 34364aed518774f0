import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import express, { type Express } from 'express';

/**
 * The web console (API.md, "The web console"): the files Vite built from console/ (`npm run
 * build`), served at /console. Hashed assets are cached for a year; index.html is never cached, so
 * a new build is picked up at the next load. Any other path under /console is a page of the
 * single-page application (a deep link or a reload): it gets index.html, and the application
 * routes it. Nothing here reaches outside the server: the build bundles every script and style.
 */
const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export function serveConsole(app: Express, configuredDir: string | null): void {
  const dir = configuredDir ? resolve(configuredDir) : findBuiltConsole();
  const index = dir ? join(dir, 'index.html') : null;
  let html: Buffer | null = null;
  const page = (): Buffer | null => {
    if (!index || !existsSync(index)) return null;
    html ??= readFileSync(index);
    return html;
  };

  if (dir) {
    app.use(
      '/console/assets',
      express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
    );
    app.use('/console', express.static(dir, { index: false, redirect: false }));
  }

  // A missing asset is a 404, not the application's page (a script tag would run HTML).
  app.use('/console/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });

  app.get(['/console', '/console/{*rest}'], (_req, res) => {
    const body = page();
    if (!body) {
      res.status(503).type('text/plain').send('The web console is not built: run `npm run build` (npm start does it).\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    // The browser itself refuses anything from another origin, and framing (clickjacking).
    res.setHeader('Content-Security-Policy', CSP);
    res.type('html').send(body);
  });
}

/** The nearest console/dist above this file: the repository root from src/http and from dist/src/http. */
function findBuiltConsole(): string | null {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'console', 'dist');
    if (existsSync(join(dir, 'package.json'))) return existsSync(candidate) ? candidate : null;
    if (dirname(dir) === dir) return null;
  }
}
