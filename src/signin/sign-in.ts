import type { PasswordPolicyService } from '../credentials/password-policy.service';
import type { SessionClient, SessionService } from '../credentials/session.service';
import type { UserEntity } from '../identity/user.entity';
import type { UserService } from '../identity/user.service';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { MfaMethod } from '../mfa/mfa-device.entity';
import type { Metrics } from '../observability/metrics';
import type { SignInSubject } from './sign-in-reads';

export type LoginStatus = 'SUCCESS' | 'MFA_REQUIRED' | 'PASSWORD_RESET_REQUIRED';

export interface SessionView {
  token: string;
  expiresAt: Date;
  mfaAuthenticated: boolean;
}

export interface LoginResult {
  status: LoginStatus;
  session: SessionView | null;
  mfaChallenge: MfaChallengeView | null;
  /** The issued session's id, for the audit trail (not part of the API). */
  sessionId: string | null;
}

/** The half-way state of a sign-in: the challenge, which factors answer it, and the WebAuthn options when a security key does. */
export interface MfaChallengeView {
  token: string;
  expiresAt: Date;
  methods: MfaMethod[];
  webAuthnOptionsJson: string | null;
}

/** Marker that CloudTrail writes for a sign-in with an unknown user name; we do the same. */
export const HIDDEN_USER = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/**
 * What every sign-in step shares: who is signing in (for the audit record, since the caller has
 * no principal yet) and the end of the flow, a session once every factor has passed.
 *
 * The flow is a list of steps, one file each (password.step.ts, mfa-response.step.ts,
 * session-token.step.ts, change-password.step.ts). Each step has an admission (before the
 * transaction: limiter counts, argon2) that returns a typed value, and a run (inside it) that
 * takes that value. A new factor is a new step beside these, ending in `finish`.
 */
export class SignIn {
  constructor(
    private readonly users: UserService,
    private readonly policies: PasswordPolicyService,
    private readonly sessions: SessionService,
    private readonly metrics: Metrics,
  ) {}

  /** The audit record names the user signing in (or hides an unknown name, as CloudTrail does). */
  noteSubject(uow: UnitOfWork, user: UserEntity | null): void {
    const arn = user ? this.users.userArn(user) : null;
    uow.audit.subjectArn = arn;
    uow.audit.resourceArn = arn;
    if (!user) uow.audit.detail({ userName: HIDDEN_USER });
  }

  /**
   * Inside a step's transaction that writes no user's row but the signing-in user's (the
   * password's use, see sign-in-writes.ts): its commit leaves every other user in the user cache
   * (UserCache.writesOnly), so that steady sign-ins do not empty it.
   */
  writesOnlyTo(uow: UnitOfWork, user: UserEntity): void {
    this.users.cache.writesOnly(uow.em, user.id);
  }

  /** The audit record names the session a step issued (the caller has none yet). */
  noteSession<T extends { sessionId: string | null }>(uow: UnitOfWork, result: T): T {
    if (result.sessionId) uow.audit.noteCredential({ sessionId: result.sessionId });
    return result;
  }

  /**
   * After every factor has passed: a full session, or a password-change-only one. The caller's
   * transaction holds the user's row lock already (it recorded the password's use: see
   * sign-in-writes.ts), so the session and its cap ride in the audit record's statement.
   */
  async finish(uow: UnitOfWork, client: SessionClient, subject: SignInSubject, mfaAuthenticated: boolean): Promise<LoginResult> {
    const { user, profile, expiry } = subject;
    const now = new Date();
    const expiresAt = this.policies.expiresAt(expiry, profile.passwordLastChanged);
    const expired = expiresAt !== null && expiresAt.getTime() <= now.getTime();
    if (expired && expiry.hardExpiry) {
      // AWS HardExpiry: the user cannot set a new password; an administrator must.
      throw Errors.accessDenied(`The password of user ${user.userName} has expired; an administrator must reset it.`);
    }
    const scope = profile.passwordResetRequired || expired ? 'PASSWORD_CHANGE' : 'FULL';
    const { token, session } = await this.sessions.issue(
      uow.em,
      {
        kind: 'USER',
        scope,
        authMethod: 'PASSWORD',
        userId: user.id,
        mfaAuthenticated,
        temporary: false,
        lifetimeSeconds: scope === 'PASSWORD_CHANGE' ? 15 * 60 : undefined,
        client,
      },
      { userLockedIn: uow },
    );
    this.metrics.loginAttempts.inc({ result: scope === 'FULL' ? 'success' : 'password_reset_required' });
    const status: LoginStatus = scope === 'FULL' ? 'SUCCESS' : 'PASSWORD_RESET_REQUIRED';
    return this.noteSession(uow, {
      status,
      session: { token, expiresAt: session.expiresAt, mfaAuthenticated },
      mfaChallenge: null,
      sessionId: session.id,
    });
  }
}
