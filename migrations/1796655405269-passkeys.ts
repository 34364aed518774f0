import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passkey sign-in (WebAuthn without a password): a device says whether its user chose it to sign
 * in on its own (`passkey_sign_in`, fixed at registration, carried by the registration under way);
 * a passkey sign-in under way keeps the hashes of its token and of its WebAuthn challenge.
 */
export class Passkeys1796655405269 implements MigrationInterface {
  name = 'Passkeys1796655405269';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "passkey_challenges" ("id" uuid NOT NULL, "token_hash" text NOT NULL, "challenge_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_4af287a868e478a16a6d01008c1" UNIQUE ("token_hash"), CONSTRAINT "UQ_e8d758bda408993e05b3425fa25" UNIQUE ("challenge_hash"), CONSTRAINT "PK_6e53152b7ac3d0c599f2cffdd7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_passkey_challenges_expires" ON "passkey_challenges"  ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD "passkey_sign_in" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "webauthn_registrations" ADD "passkey_sign_in" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webauthn_registrations" DROP COLUMN "passkey_sign_in"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP COLUMN "passkey_sign_in"`);
    await queryRunner.query(`DROP INDEX "public"."idx_passkey_challenges_expires"`);
    await queryRunner.query(`DROP TABLE "passkey_challenges"`);
  }
}
