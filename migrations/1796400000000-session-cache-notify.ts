import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every instance caches live sessions (src/credentials/session-cache.ts). These triggers announce,
 * on the channel `iam_session_cache`, every change that could end a cached session or change what
 * its caller resolves to: a session revoked, expired or deleted ('s:ID'), a user changed or deleted
 * ('u:ID'), a role changed or deleted ('r:ID'). A trigger, so that no write path can forget.
 * NOTIFY is transactional: PostgreSQL delivers it to every listener when the transaction commits.
 * The idle clock (last_used_at) alone announces nothing: it only ever moves a session's end later.
 */
export class SessionCacheNotify1796400000000 implements MigrationInterface {
  name = 'SessionCacheNotify1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION iam_session_cache_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('iam_session_cache', TG_ARGV[0] || ':' || OLD.id::text);
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER sessions_cache_notify_update AFTER UPDATE ON "sessions" FOR EACH ROW
        WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
              OR OLD.token_hash IS DISTINCT FROM NEW.token_hash OR OLD.user_id IS DISTINCT FROM NEW.user_id
              OR OLD.role_id IS DISTINCT FROM NEW.role_id OR OLD.scope IS DISTINCT FROM NEW.scope)
        EXECUTE FUNCTION iam_session_cache_notify('s')`);
    await queryRunner.query(
      `CREATE TRIGGER sessions_cache_notify_delete AFTER DELETE ON "sessions" FOR EACH ROW EXECUTE FUNCTION iam_session_cache_notify('s')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER users_cache_notify AFTER UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION iam_session_cache_notify('u')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER roles_cache_notify AFTER UPDATE OR DELETE ON "roles" FOR EACH ROW EXECUTE FUNCTION iam_session_cache_notify('r')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER roles_cache_notify ON "roles"`);
    await queryRunner.query(`DROP TRIGGER users_cache_notify ON "users"`);
    await queryRunner.query(`DROP TRIGGER sessions_cache_notify_delete ON "sessions"`);
    await queryRunner.query(`DROP TRIGGER sessions_cache_notify_update ON "sessions"`);
    await queryRunner.query(`DROP FUNCTION iam_session_cache_notify()`);
  }
}
