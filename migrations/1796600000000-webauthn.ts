import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Security keys and passkeys (WebAuthn) as MFA devices: a device row has a type; a WEBAUTHN one
 * has no seed but a credential id (unique), COSE public key, signature counter, transports,
 * AAGUID and backup flags. A sign-in challenge may carry the hash of the WebAuthn challenge sent
 * with it; a registration under way keeps the hash of its challenge, bound to user and device name.
 */
export class WebAuthn1796600000000 implements MigrationInterface {
  name = 'WebAuthn1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webauthn_registrations" ("id" uuid NOT NULL, "challenge_hash" text NOT NULL, "user_id" uuid NOT NULL, "device_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_0b112affc6762b87f6ef459cdb9" UNIQUE ("challenge_hash"), CONSTRAINT "PK_e680add538557eb35a5058f5bcd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_webauthn_registrations_user" ON "webauthn_registrations"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "mfa_challenges" ADD "webauthn_challenge_hash" text`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "type" text NOT NULL DEFAULT 'TOTP'`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "credential_id" text`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD CONSTRAINT "UQ_f6d8029623aaa9b8f9f1d7206ce" UNIQUE ("credential_id")`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "public_key" bytea`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "sign_count" bigint`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "transports" jsonb`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "aaguid" text`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "backup_eligible" boolean`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "backup_state" boolean`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ALTER COLUMN "seed_ciphertext" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "webauthn_registrations" ADD CONSTRAINT "FK_f0a46939b49da86c598b6d7a79d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webauthn_registrations" DROP CONSTRAINT "FK_f0a46939b49da86c598b6d7a79d"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ALTER COLUMN "seed_ciphertext" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "backup_state"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "backup_eligible"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "aaguid"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "transports"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "sign_count"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "public_key"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP CONSTRAINT "UQ_f6d8029623aaa9b8f9f1d7206ce"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "credential_id"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "type"`);
    await queryRunner.query(`ALTER TABLE "mfa_challenges" DROP COLUMN "webauthn_challenge_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_webauthn_registrations_user"`);
    await queryRunner.query(`DROP TABLE "webauthn_registrations"`);
  }
}
