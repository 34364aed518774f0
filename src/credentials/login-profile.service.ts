import type { EntityManager } from 'typeorm';
import { Errors } from '../common/errors';
import type { UserEntity } from '../identity/user.entity';
import { LoginProfileEntity } from './login-profile.entity';
import type { PasswordHasher } from './password-hasher';
import { assertPasswordAcceptable } from './password-rules';
import type { SessionService } from './session.service';

/** Console passwords (AWS's login profiles): create, update, delete. */
export class LoginProfileService {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
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
    if (await this.find(em, user.id)) throw Errors.alreadyExists(`Login Profile for user ${user.userName}`);
    assertPasswordAcceptable(password);
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

  /** An administrator sets a new password: every session of the user ends. */
  async update(em: EntityManager, user: UserEntity, password: string | null | undefined, passwordResetRequired: boolean | null | undefined): Promise<LoginProfileEntity> {
    const profile = await this.get(em, user);
    if (password != null) {
      assertPasswordAcceptable(password);
      profile.passwordHash = await this.hasher.hash(password);
      profile.passwordLastChanged = new Date();
      await this.sessions.revokeAllForUser(em, user.id);
    }
    if (passwordResetRequired != null) profile.passwordResetRequired = passwordResetRequired;
    await em.update(
      LoginProfileEntity,
      { userId: user.id },
      { passwordHash: profile.passwordHash, passwordLastChanged: profile.passwordLastChanged, passwordResetRequired: profile.passwordResetRequired },
    );
    return profile;
  }

  async delete(em: EntityManager, user: UserEntity): Promise<void> {
    const res = await em.delete(LoginProfileEntity, { userId: user.id });
    if (!res.affected) throw Errors.noSuchEntity(`Login Profile for User ${user.userName}`);
    await this.sessions.revokeAllForUser(em, user.id);
  }
}
