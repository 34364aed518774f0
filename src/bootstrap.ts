import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { type Config,ConfigError } from './config/config';
import { passwordViolations } from './credentials/password-rules';
import { UserEntity } from './identity/user.entity';
import type { Logger } from './observability/logger';
import type { Services } from './services';

export type BootstrapOutcome = { created: string } | { skipped: 'DATABASE_NOT_EMPTY' };

/**
 * The first administrator (API.md "bootstrap"), made only in an empty database (no user at all):
 * with IAM_BOOTSTRAP_ADMIN_USERNAME/PASSWORD, that user, whose password must meet the password
 * policy; without them, `admin` with a random password printed once. It gets AdministratorAccess
 * (through `onAdminCreated`) and no MFA.
 *
 * Never in a database that has users: re-creating a deleted or renamed administrator on every
 * start, with a password that sits in the environment, would be a back door. Two instances
 * starting on one empty PostgreSQL database lock the users table first: one creates, one skips.
 */
export async function bootstrapAdmin(
  ds: DataSource,
  config: Config,
  services: Services,
  log: Logger,
  onAdminCreated: (em: EntityManager, user: UserEntity) => Promise<void> = async () => undefined,
): Promise<BootstrapOutcome> {
  const fromEnv = config.bootstrapAdmin;
  const outcome = await ds.transaction(async (em): Promise<BootstrapOutcome & { password?: string }> => {
    await em.query('LOCK TABLE "users" IN SHARE ROW EXCLUSIVE MODE');
    if ((await em.count(UserEntity)) > 0) return { skipped: 'DATABASE_NOT_EMPTY' };
    const userName = fromEnv?.userName ?? 'admin';
    const password = fromEnv?.password ?? randomBytes(18).toString('base64url');
    const reasons = passwordViolations(password, await services.passwordPolicies.get(em), { userName });
    if (reasons.length > 0) {
      throw new ConfigError(`Invalid configuration:\n  IAM_BOOTSTRAP_ADMIN_PASSWORD: does not meet the password policy: it ${reasons.join('; ')}`);
    }
    const user = await services.users.create(em, { userName });
    const now = new Date();
    await em.query(
      'INSERT INTO "login_profiles" (user_id, password_hash, password_reset_required, create_date, password_last_changed) VALUES ($1, $2, false, $3, $3)',
      [user.id, await services.hasher.hash(password), now],
    );
    await onAdminCreated(em, user);
    return { created: user.userName, password };
  });

  if ('skipped' in outcome) {
    if (fromEnv) {
      log.warn({ userName: fromEnv.userName }, 'bootstrap skipped: the database already has users, so IAM_BOOTSTRAP_ADMIN_USERNAME and IAM_BOOTSTRAP_ADMIN_PASSWORD are ignored (remove them)');
    } else {
      log.info('bootstrap skipped: the database already has users');
    }
    return { skipped: outcome.skipped };
  }
  if (fromEnv) {
    log.info({ userName: outcome.created }, 'bootstrap: created the administrator from IAM_BOOTSTRAP_ADMIN_USERNAME in the empty database');
  } else {
    // Printed once, on purpose: the only way to learn the generated password. Change it after signing in.
    log.warn({ userName: outcome.created }, 'bootstrap: created the administrator with a generated password (printed once to stdout)');
    process.stdout.write(`\nBootstrap administrator: user "${outcome.created}", password "${outcome.password}" (shown once)\n\n`);
  }
  return { created: outcome.created };
}
