import type { EventEmitter } from 'node:events';
import { Client } from 'pg';
import type { TestServer } from './server';

/** The server's count of SQL statements so far (the iam_db_queries_total metric, BEGIN and COMMIT included). */
export async function sqlCount(s: TestServer): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  return Number(/^iam_db_queries_total (\d+)/m.exec(text)![1]);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it holds, for at most `ms`; returns the milliseconds it took, or null. */
export async function within(ms: number, check: () => Promise<boolean>, every = 10): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await sleep(every);
  }
  return (await check()) ? Date.now() - start : null;
}

/** Ends the session cache's LISTEN connections to the database of `databaseUrl`, as a network fault would. */
export async function terminateSessionCacheListeners(databaseUrl: string): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'iam-session-cache' AND datname = current_database()`,
    );
  } finally {
    await admin.end();
  }
}

type NotificationHandler = (message: unknown) => void;

/** Delays by `ms` what the session cache's LISTEN connection of `s` hears, as a slow network would; returns the undo. */
export function delaySessionCacheNotifications(s: TestServer, ms: number): () => void {
  const cache = s.app.services.sessions.cache as unknown as { listener: { client: EventEmitter | null } | null };
  const client = cache.listener?.client;
  if (!client) throw new Error('the session cache has no LISTEN connection (PostgreSQL only)');
  const heard = client.listeners('notification') as NotificationHandler[];
  client.removeAllListeners('notification');
  const late: NotificationHandler = (m) => setTimeout(() => heard.forEach((h) => h(m)), ms);
  client.on('notification', late);
  return () => {
    client.off('notification', late);
    for (const h of heard) client.on('notification', h);
  };
}
