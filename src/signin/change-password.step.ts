import type { UserCaller } from '../authz/principal';
import { attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import { lockLoginProfile, type LoginProfileService } from '../credentials/login-profile.service';
import type { PasswordHasher } from '../credentials/password-hasher';
import type { SessionService } from '../credentials/session.service';
import type { RequestOrigin } from '../kernel/caller';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { SessionView } from './sign-in';

/**
 * The caller changes their own password (iam:ChangePassword), through the same limiter as
 * sign-in. Every other session of the user ends; a password-reset session is replaced by a full one.
 */
export class ChangePasswordStep {
  constructor(
    private readonly profiles: LoginProfileService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: AttemptLimiter,
    private readonly sessions: SessionService,
  ) {}

  /** Before the transaction (and after the caller was authorized): the attempt is counted. */
  admit(uow: UnitOfWork, origin: RequestOrigin, caller: UserCaller): Promise<Admitted> {
    return this.limiter.admit(uow, attemptChecks.password(caller.user.id, origin.sourceIp));
  }

  async run(uow: UnitOfWork, origin: RequestOrigin, caller: UserCaller, oldPassword: string, newPassword: string, admitted: Admitted): Promise<SessionView | null> {
    const em = uow.em;
    const { user, session } = caller;
    this.limiter.requireAdmitted(origin, attemptChecks.password(user.id, origin.sourceIp), admitted);
    // Locked before it is read: a concurrent change cannot slip between the check and the write.
    const profile = await lockLoginProfile(em, user.id);
    const ok = await this.hasher.verify(profile?.passwordHash ?? null, oldPassword);
    if (!ok || !profile) {
      this.limiter.recordFailure('invalid_credentials');
      throw Errors.invalidCredentials();
    }
    this.limiter.recordSuccess(uow, admitted);
    await this.profiles.setPassword(em, user, profile, newPassword, { passwordResetRequired: false });
    if (session.scope === 'PASSWORD_CHANGE') {
      await this.sessions.revokeAllForUser(em, user.id);
      const { token, session: full } = await this.sessions.issue(em, {
        kind: 'USER',
        authMethod: 'PASSWORD',
        userId: user.id,
        mfaAuthenticated: session.mfaAuthenticated,
        mfaAuthenticatedAt: session.mfaAuthenticatedAt,
        temporary: false,
        client: origin,
      });
      return { token, expiresAt: full.expiresAt, mfaAuthenticated: full.mfaAuthenticated };
    }
    await this.sessions.revokeAllForUser(em, user.id, session.id);
    return null;
  }
}
