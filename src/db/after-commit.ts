import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/**
 * Changes noted inside a transaction and handed back when it ends, so that a cache drops what a
 * commit changed once more after the commit (a read that raced with the transaction cannot leave
 * the old state behind). A change noted outside any transaction is not kept.
 */
export class AfterCommit<T> {
  private readonly pending = new WeakMap<QueryRunner, T[]>();

  /** Keeps `change` until the transaction of `em` ends, if one is active. */
  note(em: EntityManager, change: T): void {
    const qr = em.queryRunner;
    if (!qr || !qr.isTransactionActive) return;
    const list = this.pending.get(qr) ?? [];
    list.push(change);
    this.pending.set(qr, list);
  }

  /** Registers the hooks on the data source (both PostgreSQL and PGlite). */
  /** `unnoted`, if given, hears every commit that noted nothing here. */
  attach(dataSource: DataSource, hooks: { committed(changes: T[]): void; rolledBack(changes: T[]): void; unnoted?(): void }): void {
    const take = (qr: QueryRunner) => {
      const list = this.pending.get(qr);
      if (list) this.pending.delete(qr);
      return list;
    };
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (event) => {
        const list = take(event.queryRunner);
        if (list) hooks.committed(list);
        else hooks.unnoted?.();
      },
      afterTransactionRollback: (event) => {
        const list = take(event.queryRunner);
        if (list) hooks.rolledBack(list);
      },
    };
    (dataSource.subscribers as EntitySubscriberInterface[]).push(subscriber);
  }
}
