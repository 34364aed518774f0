import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away PostgreSQL cluster that one test owns (initdb on a free port, as the `postgres`
 * user), so that stopping it disturbs nothing else. Needs Debian's PostgreSQL binaries and either
 * root (the commands run through `su postgres`) or the `postgres` user itself; `ownClusterSkipReason`
 * says why not, or null.
 */
export interface OwnCluster {
  readonly url: string;
  /** `pg_ctl stop -m immediate`: every backend is killed at once, as in a crash. */
  crash(): void;
  start(): void;
  destroy(): void;
}

function pgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root)
    .sort()
    .reverse()
    .find((v) => existsSync(join(root, v, 'bin', 'initdb')));
  return version ? join(root, version, 'bin') : null;
}

export function ownClusterSkipReason(): string | null {
  if (!pgBin()) return 'no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)';
  const user = userInfo().username;
  if (user !== 'root' && user !== 'postgres') return 'it must run as root or as the postgres user (initdb, pg_ctl)';
  return null;
}

function asPostgres(command: string, args: string[]): void {
  if (userInfo().username === 'postgres') execFileSync(command, args, { stdio: 'ignore' });
  else
    execFileSync('su', ['postgres', '-c', [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')], { stdio: 'ignore' });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function ownCluster(): Promise<OwnCluster> {
  const bin = pgBin()!;
  const dir = mkdtempSync(join(tmpdir(), 'iam-own-cluster-'));
  chmodSync(dir, 0o700);
  if (userInfo().username === 'root') {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const start = () =>
    asPostgres(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-w',
      '-t',
      '30',
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    crash: () => asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'immediate', 'stop']),
    start,
    destroy: () => {
      try {
        asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
