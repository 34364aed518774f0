import type { EntityManager } from 'typeorm';
import { Errors } from '../common/errors';
import type { RequestContext } from '../graphql/context';
import type { UserEntity } from '../identity/user.entity';
import type { UserService } from '../identity/user.service';
import { LoginProfileEntity } from './login-profile.entity';
import type { PasswordHasher } from './password-hasher';
import { assertPasswordAcceptable } from './password-rules';
import type { SessionEntity } from './session.entity';
import type { SessionService } from './session.service';

export type LoginStatus = 'SUCCESS' | 'MFA_REQUIRED' | 'PASSWORD_RESET_REQUIRED';

export interface SessionView {
  token: string;
  expiresAt: Date;
  mfaAuthenticated: boolean;
}

export interface LoginResult {
  status: LoginStatus;
  session: SessionView | null;
  mfaChallenge: { token: string; expiresAt: Date } | null;
}

/** Marker that CloudTrail writes for a sign-in with an unknown user name; we do the same. */
export const HIDDEN_USER = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/**
 * Sign-in with a password. Unknown users cost one argon2 verify against a dummy hash and get
 * the same INVALID_CREDENTIALS as a wrong password (no enumeration).
 */
export class LoginService {
  constructor(
    private readonly users: UserService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
  ) {}

  async login(ctx: RequestContext, em: EntityManager, userName: string, password: string): Promise<LoginResult> {
    const user = userName.length <= 64 ? await this.users.findByName(em, userName) : null;
    const profile = user ? await em.findOne(LoginProfileEntity, { where: { userId: user.id } }) : null;
    if (ctx.operation) {
      ctx.operation.subjectArn = user ? this.users.userArn(user) : null;
      ctx.operation.resourceArn = ctx.operation.subjectArn;
      if (!user) ctx.operation.details = { userName: HIDDEN_USER };
    }
    const ok = await this.hasher.verify(profile?.passwordHash ?? null, password);
    if (!ok || !user || !profile) throw Errors.invalidCredentials();
    if (this.hasher.needsRehash(profile.passwordHash)) {
      await em.update(LoginProfileEntity, { userId: user.id }, { passwordHash: await this.hasher.hash(password) });
    }
    return this.completeSignIn(em, user, profile, false);
  }

  /** After every factor has passed: a full session, or a password-change-only one. */
  async completeSignIn(em: EntityManager, user: UserEntity, profile: LoginProfileEntity, mfaAuthenticated: boolean): Promise<LoginResult> {
    const now = new Date();
    await em.query('UPDATE "users" SET password_last_used = $2 WHERE id = $1', [user.id, now]);
    const scope = profile.passwordResetRequired ? 'PASSWORD_CHANGE' : 'FULL';
    const { token, session } = await this.sessions.issue(em, {
      kind: 'USER',
      scope,
      authMethod: 'PASSWORD',
      userId: user.id,
      mfaAuthenticated,
      temporary: false,
      lifetimeSeconds: scope === 'PASSWORD_CHANGE' ? 15 * 60 : undefined,
    });
    return {
      status: scope === 'FULL' ? 'SUCCESS' : 'PASSWORD_RESET_REQUIRED',
      session: { token, expiresAt: session.expiresAt, mfaAuthenticated },
      mfaChallenge: null,
    };
  }

  /**
   * The caller changes their own password (iam:ChangePassword). Every other session of the user
   * ends; a password-reset session is replaced by a full one.
   */
  async changePassword(em: EntityManager, user: UserEntity, session: SessionEntity, oldPassword: string, newPassword: string): Promise<SessionView | null> {
    const profile = await em.findOne(LoginProfileEntity, { where: { userId: user.id } });
    const ok = await this.hasher.verify(profile?.passwordHash ?? null, oldPassword);
    if (!ok || !profile) throw Errors.invalidCredentials();
    assertPasswordAcceptable(newPassword);
    if (newPassword === oldPassword) {
      throw Errors.passwordPolicy('Password does not conform to the account password policy: the new password must differ from the old one.', ['must differ from the current password']);
    }
    await em.update(
      LoginProfileEntity,
      { userId: user.id },
      { passwordHash: await this.hasher.hash(newPassword), passwordLastChanged: new Date(), passwordResetRequired: false },
    );
    if (session.scope === 'PASSWORD_CHANGE') {
      await this.sessions.revokeAllForUser(em, user.id);
      const { token, session: full } = await this.sessions.issue(em, {
        kind: 'USER',
        authMethod: 'PASSWORD',
        userId: user.id,
        mfaAuthenticated: session.mfaAuthenticated,
        mfaAuthenticatedAt: session.mfaAuthenticatedAt,
        temporary: false,
      });
      return { token, expiresAt: full.expiresAt, mfaAuthenticated: full.mfaAuthenticated };
    }
    await this.sessions.revokeAllForUser(em, user.id, session.id);
    return null;
  }
}
