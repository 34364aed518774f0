import type { EntityManager } from 'typeorm';
import { Errors } from '../kernel/errors';
import type { UserEntity } from '../identity/user.entity';
import type { AttemptLimiter } from './attempt-limiter';
import { LoginProfileEntity } from './login-profile.entity';
import type { LoginService } from './login.service';
import type { PasswordHasher } from './password-hasher';
import type { PasswordPolicyService } from './password-policy.service';
import { assertPasswordAcceptable } from './password-rules';
import type { SessionService } from './session.service';

/** The login profile, row-locked for the rest of the transaction (SELECT … FOR UPDATE): lock, then read. */
export function lockLoginProfile(em: EntityManager, userId: string): Promise<LoginProfileEntity | null> {
  return em.findOne(LoginProfileEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
}

/** Console passwords (AWS's login profiles): create, update, delete, under the account password policy. */
export class LoginProfileService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly policies: PasswordPolicyService,
    private readonly limiter: AttemptLimiter,
    private readonly login: () => LoginService,
  ) {}

  find(em: EntityManager, userId: string): Promise<LoginProfileEntity | null> {
    return em.findOne(LoginProfileEntity, { where: { userId } });
  }

  async get(em: EntityManager, user: UserEntity): Promise<LoginProfileEntity> {
    const profile = await this.find(em, user.id);
    if (!profile) throw Errors.noSuchEntity(`Login Profile for User ${user.userName}`);
    return profile;
  }

  async create(em: EntityManager, user: UserEntity, password: string, passwordResetRequired: boolean): Promise<LoginProfileEntity> {
    // The user row is locked first: concurrent creates queue, and each sees the one before it.
    await em.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [user.id]);
    if (await this.find(em, user.id)) throw Errors.alreadyExists(`Login Profile for user ${user.userName}`);
    assertPasswordAcceptable(password, await this.policies.get(em), { userName: user.userName });
    const now = new Date();
    const profile = em.create(LoginProfileEntity, {
      userId: user.id,
      passwordHash: await this.hasher.hash(password),
      passwordResetRequired,
      createDate: now,
      passwordLastChanged: now,
    });
    await em.insert(LoginProfileEntity, profile);
    return profile;
  }

  /**
   * An administrator sets a new password: the policy applies, every session of the user ends,
   * and the password's failure count is reset (the administrator's reset of a locked password).
   */
  async update(em: EntityManager, user: UserEntity, password: string | null | undefined, passwordResetRequired: boolean | null | undefined): Promise<LoginProfileEntity> {
    // Locked before it is read: a concurrent change cannot drop a password from the history.
    const profile = await lockLoginProfile(em, user.id);
    if (!profile) throw Errors.noSuchEntity(`Login Profile for User ${user.userName}`);
    if (password != null) {
      await this.login().setPassword(em, user, profile, password, { passwordResetRequired: passwordResetRequired ?? profile.passwordResetRequired });
      await this.sessions.revokeAllForUser(em, user.id);
      await this.limiter.reset(em, 'password', user.id);
    } else if (passwordResetRequired != null) {
      profile.passwordResetRequired = passwordResetRequired;
      await em.update(LoginProfileEntity, { userId: user.id }, { passwordResetRequired });
    }
    return profile;
  }

  async delete(em: EntityManager, user: UserEntity): Promise<void> {
    const res = await em.delete(LoginProfileEntity, { userId: user.id });
    if (!res.affected) throw Errors.noSuchEntity(`Login Profile for User ${user.userName}`);
    await this.sessions.revokeAllForUser(em, user.id);
  }
}
