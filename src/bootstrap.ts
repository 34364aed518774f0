import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import type { Logger } from './http/logger';
import { UserEntity } from './identity/user.entity';
import type { Services } from './services';

/**
 * The first administrator (API.md "bootstrap"): with IAM_BOOTSTRAP_ADMIN_USERNAME/PASSWORD, that
 * user is created if absent; on an empty database without them, `admin` with a random password
 * printed once to the log. It gets AdministratorAccess (through `onAdminCreated`) and no MFA.
 */
export async function bootstrapAdmin(
  ds: DataSource,
  config: Config,
  services: Services,
  log: Logger,
  onAdminCreated: (em: import('typeorm').EntityManager, user: UserEntity) => Promise<void> = async () => undefined,
): Promise<string | null> {
  return ds.transaction(async (em) => {
    let userName: string;
    let password: string;
    let announce = false;
    if (config.bootstrapAdmin) {
      ({ userName, password } = config.bootstrapAdmin);
    } else {
      const count = await em.count(UserEntity);
      if (count > 0) return null;
      userName = 'admin';
      password = randomBytes(18).toString('base64url');
      announce = true;
    }
    const existing = await services.users.findByName(em, userName);
    if (existing) return existing.userName;
    const user = await services.users.create(em, { userName });
    const now = new Date();
    await em.query(
      'INSERT INTO "login_profiles" (user_id, password_hash, password_reset_required, create_date, password_last_changed) VALUES ($1, $2, false, $3, $3)',
      [user.id, await services.hasher.hash(password), now],
    );
    await onAdminCreated(em, user);
    if (announce) {
      // Printed once, on purpose: the only way to learn the generated password. Change it after signing in.
      log.warn({ userName }, 'created bootstrap administrator');
      process.stdout.write(`\nBootstrap administrator: user "${userName}", password "${password}" (shown once)\n\n`);
    } else {
      log.info({ userName }, 'created bootstrap administrator');
    }
    return user.userName;
  });
}
