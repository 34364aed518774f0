import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { codeAt, freshStep, stepNow } from './mfa';
import { startTestServer, type TestServer } from './server';

/**
 * The web console for tests: built from console/ by Vite into a folder of this test file's own
 * (about a second; no shared console/dist to race on or to find stale), served with
 * IAM_CONSOLE_DIR. Browser tests drive it in Debian's Chromium through playwright-core; without
 * /usr/bin/chromium they skip and say why.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

const ROOT = join(__dirname, '..', '..');

export function buildConsole(): { dir: string; remove: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'iam-console-'));
  const dir = join(parent, 'dist');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'console/vite.config.mts', '--outDir', dir, '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** A fresh browser profile: no cookie, no storage. Flags from NOTES.md: no outside connection. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'iam-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A code of a step after `spent` (a step already used is refused as a replay), with at least
 * five seconds of it left: waits out the step boundary by polling the clock, as a person would.
 */
export async function codeAfter(seedBase32: string, spent: number): Promise<string> {
  while (stepNow() <= spent) await new Promise((r) => setTimeout(r, 250));
  return codeAt(seedBase32, await freshStep(5));
}

/**
 * For a describe block: a server serving a console built for it, and one Chromium, started before
 * its tests and stopped after (nothing is started without Chromium). `env`: the server's settings.
 */
export function useConsoleInBrowser(env: Record<string, string> = {}): { readonly s: TestServer; readonly context: BrowserContext } {
  let built: ReturnType<typeof buildConsole> | undefined;
  let server: TestServer | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    if (!haveChromium) return;
    built = buildConsole();
    server = await startTestServer({ IAM_CONSOLE_DIR: built.dir, ...env });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    built?.remove();
  });
  return {
    get s() {
      return server!;
    },
    get context() {
      return browser!.context;
    },
  };
}
