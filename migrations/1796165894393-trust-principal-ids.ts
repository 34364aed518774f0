import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trust policies keep the unique ids their principal ARNs named (roles written before stay NULL
 * here; RoleService.resolveLegacyTrustPolicies resolves them at start, with the account id).
 */
export class TrustPrincipalIds1796165894393 implements MigrationInterface {
  name = 'TrustPrincipalIds1796165894393';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "roles" ADD "trust_principal_ids" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "roles" DROP COLUMN "trust_principal_ids"`);
  }
}
