import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../identity/user.entity';
import { lockUserRow } from '../identity/user-lock';
import { Errors } from '../kernel/errors';
import type { AttemptLimiter } from './attempt-limiter';
import { LoginProfileEntity } from './login-profile.entity';
import type { PasswordHasher } from './password-hasher';
import { PasswordHistoryEntity } from './password-history.entity';
import type { PasswordPolicyService, PasswordPolicyView } from './password-policy.service';
import { assertPasswordAcceptable } from './password-rules';
import type { SessionService } from './session.service';

/** How many earlier password hashes are kept for passwordReusePrevention (AWS's maximum). */
const PASSWORD_HISTORY_MAX = 24;

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
  ) {}

  find(em: EntityManager, userId: string): Promise<LoginProfileEntity | null> {
    return em.findOne(LoginProfileEntity, { where: { userId } });
  }

  /** A hash with outdated parameters replaced; guarded, so a password changed since it was read is not overwritten. */
  async rehash(em: EntityManager, userId: string, oldHash: string, newHash: string): Promise<void> {
    await em.query('UPDATE login_profiles SET password_hash = $3 WHERE user_id = $1 AND password_hash = $2', [userId, oldHash, newHash]);
  }

  async get(em: EntityManager, user: UserEntity): Promise<LoginProfileEntity> {
    const profile = await this.find(em, user.id);
    if (!profile) throw Errors.noSuchEntity(`Login Profile for User ${user.userName}`);
    return profile;
  }

  async create(em: EntityManager, user: UserEntity, password: string, passwordResetRequired: boolean): Promise<LoginProfileEntity> {
    // The user row is locked first: concurrent creates queue, and each sees the one before it.
    await lockUserRow(em, user.id);
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
      await this.setPassword(em, user, profile, password, { passwordResetRequired: passwordResetRequired ?? profile.passwordResetRequired });
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

  /**
   * Sets a new password on an existing profile: the account policy and the breached-password
   * list, then passwordReusePrevention against the current and earlier hashes.
   */
  async setPassword(em: EntityManager, user: UserEntity, profile: LoginProfileEntity, newPassword: string, opts: { passwordResetRequired: boolean }): Promise<void> {
    const policy = await this.policies.get(em);
    assertPasswordAcceptable(newPassword, policy, { userName: user.userName });
    await this.assertNotReused(em, user, profile, policy, newPassword);
    await em.insert(PasswordHistoryEntity, { id: randomUUID(), userId: user.id, passwordHash: profile.passwordHash, createdAt: new Date() });
    await em.query(
      `DELETE FROM password_history WHERE user_id = $1 AND id NOT IN
         (SELECT id FROM password_history WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2)`,
      [user.id, PASSWORD_HISTORY_MAX],
    );
    profile.passwordHash = await this.hasher.hash(newPassword);
    profile.passwordLastChanged = new Date();
    profile.passwordResetRequired = opts.passwordResetRequired;
    await em.update(
      LoginProfileEntity,
      { userId: user.id },
      { passwordHash: profile.passwordHash, passwordLastChanged: profile.passwordLastChanged, passwordResetRequired: profile.passwordResetRequired },
    );
  }

  /** AWS PasswordReusePrevention N: none of the last N passwords (the current one included). */
  private async assertNotReused(em: EntityManager, user: UserEntity, profile: LoginProfileEntity, policy: PasswordPolicyView, newPassword: string): Promise<void> {
    const n = policy.passwordReusePrevention ?? 1; // the current password is never "new" (NIST: a change must change it)
    const history = n > 1
      ? await em.find(PasswordHistoryEntity, { where: { userId: user.id }, order: { createdAt: 'DESC' }, take: n - 1 })
      : [];
    for (const hash of [profile.passwordHash, ...history.map((h) => h.passwordHash)]) {
      if (await this.hasher.verify(hash, newPassword)) {
        const reason = n > 1 ? `must differ from the last ${n} passwords` : 'must differ from the current password';
        throw Errors.passwordPolicy(`Password does not conform to the account password policy: it ${reason}.`, [reason]);
      }
    }
  }
}
