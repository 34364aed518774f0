import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Guessing counters per (account, source): a pair remembers its last success (a known source). */

export class SourceThrottle1796165927023 implements MigrationInterface {
  name = 'SourceThrottle1796165927023';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_attempt_counters" ADD "last_success_at" TIMESTAMP WITH TIME ZONE`);
    // The old counters (per factor, locked 'infinity' after 100) mean something else now: start afresh.
    await queryRunner.query(`DELETE FROM "auth_attempt_counters"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_attempt_counters" DROP COLUMN "last_success_at"`);
  }
}
