import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A managed policy's default version always exists (issue 9 item 1): a foreign key from the policy's
 * (id, default_version_id) to its version's (policy_row_id, version_id). Before it, concurrent
 * SetDefaultPolicyVersion and DeletePolicyVersion could leave the default pointing at a deleted
 * row, and the policy dropped out of every principal's policy set.
 *
 * A foreign key rather than a trigger: PostgreSQL checks it under concurrency by itself (the check
 * locks the referenced row), it runs the same on PGlite, and TypeORM knows it (the entities declare
 * it). DEFERRABLE INITIALLY IMMEDIATE: checked at each statement, except in the transaction that
 * creates a policy and its first version, which reference each other (it defers the check to commit).
 *
 * A database that the race already broke is repaired first: such a policy gets its newest
 * remaining version as default (the last document an administrator wrote for it; until now it
 * had no effect at all). A policy with no version left cannot be repaired and stops the migration.
 */
export class DefaultVersionExists1796165417702 implements MigrationInterface {
  name = 'DefaultVersionExists1796165417702';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const orphans: Array<{ arn: string }> = await queryRunner.query(
      `SELECT p.arn FROM "managed_policies" p WHERE NOT EXISTS (SELECT 1 FROM "managed_policy_versions" v WHERE v.policy_row_id = p.id)`,
    );
    if (orphans.length > 0) {
      throw new Error(`managed policies without any version (delete them or restore a version): ${orphans.map((o) => o.arn).join(', ')}`);
    }
    await queryRunner.query(
      `UPDATE "managed_policies" p SET default_version_id = (
         SELECT v.version_id FROM "managed_policy_versions" v WHERE v.policy_row_id = p.id
          ORDER BY substring(v.version_id FROM 2)::int DESC LIMIT 1)
        WHERE NOT EXISTS (SELECT 1 FROM "managed_policy_versions" v WHERE v.policy_row_id = p.id AND v.version_id = p.default_version_id)`,
    );
    await queryRunner.query(`ALTER TABLE "managed_policies" ADD CONSTRAINT "fk_managed_policies_default_version" FOREIGN KEY ("id", "default_version_id") REFERENCES "managed_policy_versions"("policy_row_id","version_id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY IMMEDIATE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "managed_policies" DROP CONSTRAINT "fk_managed_policies_default_version"`);
  }
}
