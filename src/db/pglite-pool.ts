import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';

/**
 * A pg-compatible "pool" of exactly one PGlite session, with a lock.
 *
 * typeorm-pglite hands every TypeORM query runner the same PGlite session without a lock, so
 * concurrent transactions interleave (a second BEGIN lands inside the first; one request's COMMIT
 * commits another's writes; see ../shared/NOTES.md). Here `connect` waits for the session and the
 * release callback frees it: one unit of work at a time, as with a real pool of size one.
 * A query runner that waits too long (typically a query through another EntityManager inside a
 * transaction, which would otherwise wait forever) fails with a clear error.
 */
export class LockedPGlitePool extends EventEmitter {
  private busy = false;
  private readonly waiters: Array<() => void> = [];

  constructor(
    private readonly db: PGlite,
    private readonly lockTimeoutMs: number,
  ) {
    super();
  }

  connect(callback: (err: Error | null, client: unknown, release: (err?: unknown) => void) => void): void {
    this.acquire().then(
      () => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          this.releaseLock();
        };
        callback(null, new PGliteClient(this.db), release);
      },
      (err: Error) => callback(err, null, () => undefined),
    );
  }

  /** The PGlite instance outlives the pool; destroyDataSource closes it. */
  end(callback?: (err: Error | null) => void): void {
    callback?.(null);
  }

  private acquire(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(grant);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(
          new Error(
            `embedded database busy for ${this.lockTimeoutMs} ms: a query outside the current transaction's EntityManager?`,
          ),
        );
      }, this.lockTimeoutMs);
      this.waiters.push(grant);
    });
  }

  private releaseLock(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.busy = false;
  }
}

/** The connection handed to TypeORM: pg's `query(text, params, cb)` over PGlite. */
class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  query(text: string, params?: unknown[] | ((err: Error | null, res: unknown) => void), cb?: (err: Error | null, res: unknown) => void): Promise<unknown> {
    let callback = cb;
    let values = params;
    if (typeof params === 'function') {
      callback = params;
      values = undefined;
    }
    const hasParams = Array.isArray(values) && values.length > 0;
    const run = hasParams
      ? this.db.query(text, values as unknown[])
      : // exec runs several statements; TypeORM expects the last result.
        this.db.exec(text).then((results) => results[results.length - 1] ?? { rows: [], fields: [], affectedRows: 0 });
    return run.then(
      (result) => {
        const res = toPgResult(result as PGliteResult, text);
        callback?.(null, res);
        return res;
      },
      (err: Error) => {
        callback?.(err, null);
        throw err;
      },
    );
  }
}

interface PGliteResult {
  rows: unknown[];
  fields?: Array<{ name: string; dataTypeID: number }>;
  affectedRows?: number;
}

/**
 * Shapes a PGlite result as pg's: TypeORM reads `rowCount` and `command` to return
 * `[rows, affected]` for raw UPDATE/DELETE, which guarded one-time-secret updates rely on.
 */
function toPgResult(r: PGliteResult, text: string) {
  const command = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '';
  return {
    rows: r.rows,
    fields: r.fields ?? [],
    rowCount: r.affectedRows ?? r.rows.length,
    command,
  };
}
