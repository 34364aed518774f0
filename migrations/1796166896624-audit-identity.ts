import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who under a principal made each audited call: session, role session name, access key, web identity. */

export class AuditIdentity1796166896624 implements MigrationInterface {
  name = 'AuditIdentity1796166896624';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "session_id" text`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "role_session_name" text`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "access_key_id" text`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "web_identity_subject" text`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "web_identity_issuer" text`);
    await queryRunner.query(`CREATE INDEX "idx_audit_events_session" ON "audit_events"  ("session_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_audit_events_session"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "web_identity_issuer"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "web_identity_subject"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "access_key_id"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "role_session_name"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "session_id"`);
  }
}
