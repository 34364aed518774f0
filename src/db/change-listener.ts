import { Client } from 'pg';
import type { Logger } from '../observability/logger';

export interface ChangeListenerOptions {
  /** A direct connection (DATABASE_LISTEN_URL): LISTEN needs a session of its own. */
  readonly url: string;
  readonly channel: string;
  /** Shown in pg_stat_activity.application_name. */
  readonly applicationName: string;
  /** What listens, for the log ("policy cache"). */
  readonly name: string;
  readonly log?: Logger;
  onMessage(payload: string): void;
  /** Listening again: whatever was missed while down is unknown, so the cache starts empty. */
  onUp(): void;
  /** The connection is gone: notifications may be missed until onUp. */
  onDown(): void;
}

/**
 * A dedicated connection that LISTENs on one channel for the caches' invalidations (PostgreSQL
 * delivers a NOTIFY on commit to every listening connection). While it is down, its owner stops
 * caching (onDown); it reconnects every second, and onUp says when caching is safe again.
 */
export class ChangeListener {
  private client: Client | null = null;
  private stopped = false;
  /** Said once per outage, not at every failed reconnect. */
  private warned = false;

  constructor(private readonly options: ChangeListenerOptions) {}

  start(): Promise<void> {
    return this.connect();
  }

  private async connect(): Promise<void> {
    const o = this.options;
    const client = new Client({ connectionString: o.url, application_name: o.applicationName });
    client.on('notification', (msg) => {
      if (msg.channel === o.channel && msg.payload) o.onMessage(msg.payload);
    });
    const lost = () => {
      if (this.stopped || this.client !== client) return;
      this.client = null;
      this.down(client);
    };
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${o.channel}`);
    } catch {
      this.down(client);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.warned = false;
    o.onUp();
  }

  private down(client: Client): void {
    const o = this.options;
    if (!this.warned) o.log?.warn(`${o.name} listener lost its connection; caching is off until it reconnects`);
    this.warned = true;
    o.onDown();
    client.end().catch(() => undefined);
    setTimeout(() => {
      if (!this.stopped) this.connect().catch(() => undefined);
    }, 1000).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const c = this.client;
    this.client = null;
    if (c) await c.end().catch(() => undefined);
  }
}
