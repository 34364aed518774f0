import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CredentialsMfa1795823717215 implements MigrationInterface {
  name = 'CredentialsMfa1795823717215';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "access_keys" ("access_key_id" text NOT NULL, "user_id" uuid NOT NULL, "secret_hash" text NOT NULL, "status" text NOT NULL, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_date" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_0349429602dd3706cf862c84353" UNIQUE ("secret_hash"), CONSTRAINT "PK_57a4a47601b529976df9b33ad22" PRIMARY KEY ("access_key_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_access_keys_user" ON "access_keys"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "auth_attempt_counters" ("key" text NOT NULL, "user_id" uuid, "failures" integer NOT NULL DEFAULT '0', "refused" integer NOT NULL DEFAULT '0', "blocked_until" TIMESTAMP WITH TIME ZONE, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0da14e71c1b23f00716379d23e6" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "idx_auth_attempt_counters_user" ON "auth_attempt_counters"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "password_history" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_da65ed4600e5e6bc9315754a8b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_password_history_user" ON "password_history"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "account_password_policy" ("id" integer NOT NULL, "minimum_password_length" integer NOT NULL, "require_symbols" boolean NOT NULL, "require_numbers" boolean NOT NULL, "require_uppercase_characters" boolean NOT NULL, "require_lowercase_characters" boolean NOT NULL, "allow_users_to_change_password" boolean NOT NULL, "max_password_age" integer, "password_reuse_prevention" integer, "hard_expiry" boolean NOT NULL, CONSTRAINT "PK_4615621d9d0e0cfbedbac9932da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "mfa_challenges" ("id" uuid NOT NULL, "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cf5f2cdf8d418c02661b06a9312" UNIQUE ("token_hash"), CONSTRAINT "PK_25d85a6da62620267e003fb4da4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_challenges_user" ON "mfa_challenges"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "mfa_devices" ("id" uuid NOT NULL, "serial_number" text NOT NULL, "serial_number_lower" text NOT NULL, "path" text NOT NULL, "device_name" text NOT NULL, "seed_ciphertext" text NOT NULL, "user_id" uuid, "enable_date" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "drift_steps" integer NOT NULL DEFAULT '0', "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_ad26a7473df0eb6932b8cce69c5" UNIQUE ("serial_number"), CONSTRAINT "UQ_e35732f2eb8c1c9acb3882616f1" UNIQUE ("serial_number_lower"), CONSTRAINT "PK_0815c03589ecce2ae6ed87f18a1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_devices_user" ON "mfa_devices"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "mfa_recovery_codes" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f4a1e4b067c0c278b69ed5f23b9" UNIQUE ("code_hash"), CONSTRAINT "PK_0076416b1b84361afc3371ba121" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mfa_recovery_codes_user" ON "mfa_recovery_codes"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "access_keys" ADD CONSTRAINT "FK_9ad6c236dae9cfdaf7dd086ff5d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "auth_attempt_counters" ADD CONSTRAINT "FK_5d778db8e20b0dfa825bdb1940f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_history" ADD CONSTRAINT "FK_4933dc7a01356ac0733a5ad52d9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_challenges" ADD CONSTRAINT "FK_1715663f6483821e6af6132b35b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" ADD CONSTRAINT "FK_5716246475c818b656517d4b6a7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_recovery_codes" ADD CONSTRAINT "FK_23aa6c5fdecdd98508fd4456acf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mfa_recovery_codes" DROP CONSTRAINT "FK_23aa6c5fdecdd98508fd4456acf"`);
    await queryRunner.query(`ALTER TABLE "mfa_devices" DROP CONSTRAINT "FK_5716246475c818b656517d4b6a7"`);
    await queryRunner.query(`ALTER TABLE "mfa_challenges" DROP CONSTRAINT "FK_1715663f6483821e6af6132b35b"`);
    await queryRunner.query(`ALTER TABLE "password_history" DROP CONSTRAINT "FK_4933dc7a01356ac0733a5ad52d9"`);
    await queryRunner.query(`ALTER TABLE "auth_attempt_counters" DROP CONSTRAINT "FK_5d778db8e20b0dfa825bdb1940f"`);
    await queryRunner.query(`ALTER TABLE "access_keys" DROP CONSTRAINT "FK_9ad6c236dae9cfdaf7dd086ff5d"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_recovery_codes_user"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_codes"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_devices_user"`);
    await queryRunner.query(`DROP TABLE "mfa_devices"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mfa_challenges_user"`);
    await queryRunner.query(`DROP TABLE "mfa_challenges"`);
    await queryRunner.query(`DROP TABLE "account_password_policy"`);
    await queryRunner.query(`DROP INDEX "public"."idx_password_history_user"`);
    await queryRunner.query(`DROP TABLE "password_history"`);
    await queryRunner.query(`DROP INDEX "public"."idx_auth_attempt_counters_user"`);
    await queryRunner.query(`DROP TABLE "auth_attempt_counters"`);
    await queryRunner.query(`DROP INDEX "public"."idx_access_keys_user"`);
    await queryRunner.query(`DROP TABLE "access_keys"`);
  }
}
