import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Roles1795823789929 implements MigrationInterface {
  name = 'Roles1795823789929';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "oidc_providers" ("id" uuid NOT NULL, "arn" text NOT NULL, "scheme" text NOT NULL, "url_without_scheme" text NOT NULL, "client_id_list" jsonb NOT NULL DEFAULT '[]', "thumbprint_list" jsonb NOT NULL DEFAULT '[]', "tags" jsonb NOT NULL DEFAULT '[]', "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_5784601571195800ba36bee232f" UNIQUE ("arn"), CONSTRAINT "UQ_09d8603300b09dc2cd7a0003f7d" UNIQUE ("url_without_scheme"), CONSTRAINT "PK_7e80d1ff5af72ef3fdfba897fd2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "roles" ("id" uuid NOT NULL, "role_id" text NOT NULL, "role_name" text NOT NULL, "role_name_lower" text NOT NULL, "path" text NOT NULL, "description" text, "max_session_duration" integer NOT NULL DEFAULT '3600', "assume_role_policy_document" text NOT NULL, "tags" jsonb NOT NULL DEFAULT '[]', "permissions_boundary_arn" text, "sessions_revoked_before" TIMESTAMP WITH TIME ZONE, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_09f4c8130b54f35925588a37b6a" UNIQUE ("role_id"), CONSTRAINT "UQ_437bd60a38e82ec08addd159dfd" UNIQUE ("role_name_lower"), CONSTRAINT "PK_c1433d71a4838793a49dcad46ab" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "roles"`);
    await queryRunner.query(`DROP TABLE "oidc_providers"`);
  }
}
