import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a counter's last attempt was admitted, written by the statement that counts it. The
 * limiter used to infer it from `updated_at = now()`, which is wrong when two statements share a
 * timestamp: PGlite's clock has millisecond resolution, so an attempt refused in the same
 * millisecond as the last admitted one was admitted too.
 */
export class AttemptAdmitted1796200000000 implements MigrationInterface {
  name = 'AttemptAdmitted1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_attempt_counters" ADD "last_admitted" boolean NOT NULL DEFAULT true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_attempt_counters" DROP COLUMN "last_admitted"`);
  }
}
