import { FIRST_LOAD_JS_BUDGET_BYTES, measureFirstLoad } from '../../scripts/console-size';
import { buildConsole } from '../support/console';
import { startTestServer, type TestServer } from '../support/server';

/**
 * GET /console serves the web console built from console/ (API.md, "The web console"): the page
 * and its assets from this server only, deep links answered with the application's page, the
 * first load within its budget of 300 KB of JavaScript gzipped.
 */
describe('the web console is served at /console', () => {
  let built: ReturnType<typeof buildConsole>;
  let s: TestServer;

  beforeAll(async () => {
    built = buildConsole();
    s = await startTestServer({ IAM_CONSOLE_DIR: built.dir });
  }, 120_000);

  afterAll(async () => {
    await s?.close();
    built?.remove();
  });

  test('the page, under a policy that forbids anything from another origin, and its scripts', async () => {
    const res = await fetch(`${s.url}/console`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await res.text();
    const scripts = [...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/^\/console\/assets\//);
      const js = await fetch(`${s.url}${src}`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect(js.headers.get('cache-control')).toMatch(/immutable/);
    }
  });

  test('a deep link or a reload on a page of the console gets the same page; a missing asset is a 404', async () => {
    const page = await (await fetch(`${s.url}/console`)).text();
    for (const path of ['/console/', '/console/security', '/console/users/alice']) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(page);
    }
    const missing = await fetch(`${s.url}/console/assets/nothing-here.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toMatch(/<html/i);
  });

  test('the first load is under 300 KB of JavaScript gzipped and loads nothing from outside', () => {
    const m = measureFirstLoad(built.dir);
    expect(m.external).toEqual([]);
    expect(m.jsGzipBytes).toBeGreaterThan(0);
    expect(m.jsGzipBytes).toBeLessThan(FIRST_LOAD_JS_BUDGET_BYTES);
  });

  test('without a built console, /console says how to build it', async () => {
    const bare = await startTestServer({ IAM_CONSOLE_DIR: `${built.dir}-absent` });
    try {
      const res = await fetch(`${bare.url}/console`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/npm run build/);
    } finally {
      await bare.close();
    }
  });
});
