import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * The service as `npm start` runs it, in a process of its own (src/main.ts through swc), so that a
 * test can send it signals: its URL, how it ended, and what it wrote.
 */
export interface ServiceProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

export function serviceEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    IAM_BOOTSTRAP_ADMIN_USERNAME: 'admin',
    IAM_BOOTSTRAP_ADMIN_PASSWORD: `Pw-${randomBytes(9).toString('base64url')}-9a`,
    IAM_MASTER_KEY: randomBytes(32).toString('base64'),
    ...extra,
  };
}

/** How the Dockerfile runs the service: glibc's malloc settings (its ENV) and V8's (its CMD). Benches start it the same way. */
export const AS_THE_DOCKERFILE = {
  env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' } as Record<string, string>,
  nodeArgs: ['--heap-growing-percent=50'],
};

/**
 * `built`: run dist/src/main.js (as `npm start`; build first) instead of the sources through swc.
 * `nodeArgs`: options for node itself, before the script (V8 flags, as the Dockerfile's CMD gives them).
 */
export function startServiceProcess(
  env: Record<string, string>,
  options: { built?: boolean; nodeArgs?: string[] } = {},
): Promise<ServiceProcess> {
  const root = join(__dirname, '..', '..');
  const { NODE_OPTIONS: _jest, DATABASE_URL: _db, ...inherited } = process.env;
  const script = options.built ? [join(root, 'dist', 'src', 'main.js')] : ['-r', '@swc-node/register', join(root, 'src', 'main.ts')];
  const args = [...(options.nodeArgs ?? []), ...script];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start within 60 s:\n${output.slice(-2000)}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, output: () => output, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (${code}) before it listened:\n${output.slice(-2000)}`));
    });
  });
}

/** One GraphQL request: its HTTP status and body, or the network error's code. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<
  | { status: number; body: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> } }
  | { network: string }
> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as never };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return { network: cause?.code ?? (err as Error).message };
  }
}
