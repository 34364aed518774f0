import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795822789554 implements MigrationInterface {
  name = 'Foundation1795822789554';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "event_time" TIMESTAMP WITH TIME ZONE NOT NULL, "principal_arn" text, "action" text NOT NULL, "resource_arn" text, "outcome" text NOT NULL, "error_code" text, "source_ip" text, "request_id" text NOT NULL, "details" jsonb, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_audit_events_principal" ON "audit_events"  ("principal_arn", "event_time") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_events_time" ON "audit_events"  ("event_time") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL, "user_id" text NOT NULL, "user_name" text NOT NULL, "user_name_lower" text NOT NULL, "path" text NOT NULL, "tags" jsonb NOT NULL DEFAULT '[]', "permissions_boundary_arn" text, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, "password_last_used" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_96aac72f1574b88752e9fb00089" UNIQUE ("user_id"), CONSTRAINT "UQ_dd04008903f02ebafff02ca6d17" UNIQUE ("user_name_lower"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "login_profiles" ("user_id" uuid NOT NULL, "password_hash" text NOT NULL, "password_reset_required" boolean NOT NULL DEFAULT false, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, "password_last_changed" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_066911c0b845dab3b0bfb28760b" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL, "token_hash" text NOT NULL, "kind" text NOT NULL, "scope" text NOT NULL DEFAULT 'FULL', "auth_method" text NOT NULL, "user_id" uuid, "role_id" uuid, "role_session_name" text, "session_policy" text, "context" jsonb, "mfa_authenticated" boolean NOT NULL DEFAULT false, "mfa_authenticated_at" TIMESTAMP WITH TIME ZONE, "temporary" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_sessions_role" ON "sessions"  ("role_id") `);
    await queryRunner.query(`CREATE INDEX "idx_sessions_user" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "groups" ("id" uuid NOT NULL, "group_id" text NOT NULL, "group_name" text NOT NULL, "group_name_lower" text NOT NULL, "path" text NOT NULL, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_7cfd923277f6ef9f89b04c60436" UNIQUE ("group_id"), CONSTRAINT "UQ_84f4486038421b618e58ddad4c0" UNIQUE ("group_name_lower"), CONSTRAINT "PK_659d1483316afb28afd3a90646e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "group_memberships" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e9a383a45af8eff11505d527620" PRIMARY KEY ("group_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_group_memberships_user" ON "group_memberships"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "login_profiles" ADD CONSTRAINT "FK_066911c0b845dab3b0bfb28760b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "group_memberships" ADD CONSTRAINT "FK_cad344fe877fcee0ac7e065ed05" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "group_memberships" ADD CONSTRAINT "FK_e232a617b3bc2de2e13c0289d62" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "group_memberships" DROP CONSTRAINT "FK_e232a617b3bc2de2e13c0289d62"`);
    await queryRunner.query(`ALTER TABLE "group_memberships" DROP CONSTRAINT "FK_cad344fe877fcee0ac7e065ed05"`);
    await queryRunner.query(`ALTER TABLE "login_profiles" DROP CONSTRAINT "FK_066911c0b845dab3b0bfb28760b"`);
    await queryRunner.query(`DROP INDEX "public"."idx_group_memberships_user"`);
    await queryRunner.query(`DROP TABLE "group_memberships"`);
    await queryRunner.query(`DROP TABLE "groups"`);
    await queryRunner.query(`DROP INDEX "public"."idx_sessions_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_sessions_role"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "login_profiles"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_events_time"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_events_principal"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
