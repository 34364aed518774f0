import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyStore1795823546921 implements MigrationInterface {
  name = 'PolicyStore1795823546921';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inline_policies" ("id" uuid NOT NULL, "principal_type" text NOT NULL, "principal_id" uuid NOT NULL, "policy_name" text NOT NULL, "document" text NOT NULL, "size" integer NOT NULL, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, "update_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0160d7c54fc976ca8c4db73acae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_inline_policies_principal_name" ON "inline_policies"  ("principal_id", "policy_name") `);
    await queryRunner.query(`CREATE TABLE "managed_policies" ("id" uuid NOT NULL, "policy_id" text NOT NULL, "arn" text NOT NULL, "policy_name" text NOT NULL, "policy_name_lower" text NOT NULL, "path" text NOT NULL, "description" text, "is_aws_managed" boolean NOT NULL DEFAULT false, "default_version_id" text NOT NULL, "next_version_number" integer NOT NULL DEFAULT '2', "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, "update_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_5d93681f225baa941e57bdb9070" UNIQUE ("policy_id"), CONSTRAINT "UQ_d67c40f155b21d7d275ca92ca7a" UNIQUE ("arn"), CONSTRAINT "PK_992f7e2cf6156f1d131207c783a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_managed_policies_scope_name" ON "managed_policies"  ("is_aws_managed", "policy_name_lower") `);
    await queryRunner.query(`CREATE TABLE "policy_attachments" ("principal_id" uuid NOT NULL, "policy_row_id" uuid NOT NULL, "principal_type" text NOT NULL, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ca63c1ab06d3d603712683b782e" PRIMARY KEY ("principal_id", "policy_row_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_policy_attachments_policy" ON "policy_attachments"  ("policy_row_id") `);
    await queryRunner.query(`CREATE TABLE "managed_policy_versions" ("id" uuid NOT NULL, "policy_row_id" uuid NOT NULL, "version_id" text NOT NULL, "document" text NOT NULL, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_105ce66f337225d150c398617a5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_managed_policy_versions_policy_version" ON "managed_policy_versions"  ("policy_row_id", "version_id") `);
    await queryRunner.query(`ALTER TABLE "policy_attachments" ADD CONSTRAINT "FK_306517c2709f1bca2a41fcc5e9e" FOREIGN KEY ("policy_row_id") REFERENCES "managed_policies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "managed_policy_versions" ADD CONSTRAINT "FK_c69833d6009744ccb5d2fc7b24e" FOREIGN KEY ("policy_row_id") REFERENCES "managed_policies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // What keeps a user or group from being deleted (AWS DeleteConflict): attached and inline
    // policies, seen through the user_id/group_id shape that the identity services check.
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "managed_policy_versions" DROP CONSTRAINT "FK_c69833d6009744ccb5d2fc7b24e"`);
    await queryRunner.query(`ALTER TABLE "policy_attachments" DROP CONSTRAINT "FK_306517c2709f1bca2a41fcc5e9e"`);
    await queryRunner.query(`DROP INDEX "public"."uq_managed_policy_versions_policy_version"`);
    await queryRunner.query(`DROP TABLE "managed_policy_versions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_policy_attachments_policy"`);
    await queryRunner.query(`DROP TABLE "policy_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_managed_policies_scope_name"`);
    await queryRunner.query(`DROP TABLE "managed_policies"`);
    await queryRunner.query(`DROP INDEX "public"."uq_inline_policies_principal_name"`);
    await queryRunner.query(`DROP TABLE "inline_policies"`);
  }
}
