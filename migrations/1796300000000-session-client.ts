import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client a session was issued to (its address and User-Agent), so that a user who lists their
 * sessions can tell them apart and end the one they do not recognise.
 */
export class SessionClient1796300000000 implements MigrationInterface {
  name = 'SessionClient1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "source_ip" text`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "user_agent" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "user_agent"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "source_ip"`);
  }
}
