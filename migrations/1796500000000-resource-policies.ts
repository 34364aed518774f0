import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resource-based policies stored per resource ARN (putResourcePolicy), read by isAuthorized when a
 * request brings none. Keyed by the exact ARN (at most 2,048 printable ASCII characters, within
 * a btree entry). Cached per instance; the service announces changes on `iam_policy_cache`.
 */
export class ResourcePolicies1796500000000 implements MigrationInterface {
  name = 'ResourcePolicies1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "resource_policies" ("resource_arn" text NOT NULL, "document" text NOT NULL, "size" integer NOT NULL, "create_date" TIMESTAMP WITH TIME ZONE NOT NULL, "update_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6bab224e6b8412505712d930b39" PRIMARY KEY ("resource_arn"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "resource_policies"`);
  }
}
