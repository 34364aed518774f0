import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A getSessionToken session remembers its access key, so that the key's deactivation or deletion ends it. */

export class AccessKeySessions1796166685477 implements MigrationInterface {
  name = 'AccessKeySessions1796166685477';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "access_key_id" text`);
    await queryRunner.query(`CREATE INDEX "idx_sessions_access_key" ON "sessions"  ("access_key_id") `);
    // Earlier getSessionToken sessions do not say which key made them, so a deactivation could
    // not end them: end them now (fail closed; clients call getSessionToken again).
    await queryRunner.query(`UPDATE "sessions" SET "revoked_at" = now() WHERE "auth_method" = 'ACCESS_KEY' AND "revoked_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_sessions_access_key"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "access_key_id"`);
  }
}
