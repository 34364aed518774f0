import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Errors } from '../kernel/errors';
import type { RequestContext } from '../graphql/context';
import { UserEntity } from '../identity/user.entity';
import type { UserService } from '../identity/user.service';
import type { MfaChallengeService } from '../mfa/mfa-challenge.service';
import type { MfaService } from '../mfa/mfa.service';
import { attemptChecks, type AttemptCheck } from './attempt-keys';
import type { AttemptLimiter } from './attempt-limiter';
import { LoginProfileEntity } from './login-profile.entity';
import { lockLoginProfile } from './login-profile.service';
import type { PasswordHasher } from './password-hasher';
import { PasswordHistoryEntity } from './password-history.entity';
import type { PasswordPolicyService, PasswordPolicyView } from './password-policy.service';
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
  /** The issued session's id, for the audit trail (not part of the API). */
  sessionId: string | null;
}

/** What login's admission step found: the check it admitted, whose password it verified, against which hash. */
interface PasswordCheck {
  check: AttemptCheck;
  userId: string | null;
  verifiedHash: string | null;
}

/** An id no user has (uuids here are random v4). */
const NO_USER_ID = '00000000-0000-0000-0000-000000000000';

/** Marker that CloudTrail writes for a sign-in with an unknown user name; we do the same. */
export const HIDDEN_USER = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** How many earlier password hashes are kept for passwordReusePrevention (AWS's maximum). */
const PASSWORD_HISTORY_MAX = 24;

/**
 * Sign-in: password, then (for a user with an enabled MFA device) a single-use challenge answered
 * with a TOTP code or a recovery code; a session only when every factor has passed, and it knows
 * how it signed in (mfaAuthenticated/mfaAuthenticatedAt feed aws:MultiFactorAuthPresent/Age).
 * Unknown users cost one argon2 verify against a dummy hash and get the same INVALID_CREDENTIALS
 * as a wrong password (no enumeration); their name is throttled like a user's password.
 */
export class LoginService {
  constructor(
    private readonly users: UserService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: AttemptLimiter,
    private readonly mfa: MfaService,
    private readonly challenges: MfaChallengeService,
    private readonly policies: PasswordPolicyService,
  ) {}

  /**
   * login's admission step, before its transaction: the attempt is counted in advance (so parallel
   * guesses queue on the counter and at most the threshold are evaluated), then the password is
   * verified with argon2 while no database session is held.
   */
  async admitPassword(ctx: RequestContext, userName: string, password: string): Promise<void> {
    const em = ctx.em;
    const user = userName.length <= 64 ? await this.users.findByName(em, userName) : null;
    const profile = await this.profileOf(em, user);
    this.recordSubject(ctx, user);
    const check = this.passwordCheck(ctx, user, userName);
    await this.limiter.admit(ctx, em, check);
    const ok = await this.hasher.verify(profile?.passwordHash ?? null, password);
    const prepared: PasswordCheck = { check, userId: user?.id ?? null, verifiedHash: ok && profile ? profile.passwordHash : null };
    if (ctx.operation) ctx.operation.prepared = prepared;
  }

  async login(ctx: RequestContext, em: EntityManager, userName: string, password: string): Promise<LoginResult> {
    const user = userName.length <= 64 ? await this.users.findByName(em, userName) : null;
    const profile = await this.profileOf(em, user);
    this.recordSubject(ctx, user);
    const prepared = ctx.operation?.prepared as PasswordCheck | undefined;
    const check = prepared?.check ?? this.passwordCheck(ctx, user, userName);
    this.limiter.requireAdmitted(ctx, check);
    // Verified before the transaction; a password changed meanwhile no longer counts as verified.
    const ok = prepared !== undefined && prepared.userId === (user?.id ?? null) && prepared.verifiedHash !== null && prepared.verifiedHash === profile?.passwordHash;
    if (!ok || !user || !profile) {
      this.limiter.recordFailure(ctx, check, 'invalid_credentials');
      throw Errors.invalidCredentials();
    }
    this.limiter.recordSuccess(ctx, check);
    if (this.hasher.needsRehash(profile.passwordHash)) {
      // Guarded: a password changed since it was read is not overwritten with the old one.
      await em.query('UPDATE login_profiles SET password_hash = $3 WHERE user_id = $1 AND password_hash = $2', [user.id, profile.passwordHash, await this.hasher.hash(password)]);
    }
    if (await this.mfa.hasEnabledDevice(em, user.id)) {
      ctx.services.metrics.loginAttempts.inc({ result: 'mfa_required' });
      return { status: 'MFA_REQUIRED', session: null, mfaChallenge: await this.challenges.issue(em, user.id), sessionId: null };
    }
    return this.completeSignIn(ctx, em, user, profile, false);
  }

  /** The second step: a TOTP code (one step of skew) or an unused recovery code. */
  async respondToMfaChallenge(ctx: RequestContext, em: EntityManager, challengeToken: string, code: string): Promise<LoginResult> {
    const challenge = await this.challenges.find(em, challengeToken);
    const user = await em.findOne(UserEntity, { where: { id: challenge.userId } });
    const profile = user ? await em.findOne(LoginProfileEntity, { where: { userId: user.id } }) : null;
    if (!user || !profile) throw Errors.invalidCredentials();
    this.recordSubject(ctx, user);
    const method = await this.mfa.verifySecondFactor(ctx, em, user, code);
    await this.challenges.consume(em, challenge.id);
    if (ctx.operation) ctx.operation.details = { ...(ctx.operation.details ?? {}), secondFactor: method };
    return this.completeSignIn(ctx, em, user, profile, true);
  }

  /** After every factor has passed: a full session, or a password-change-only one. */
  async completeSignIn(ctx: RequestContext, em: EntityManager, user: UserEntity, profile: LoginProfileEntity, mfaAuthenticated: boolean): Promise<LoginResult> {
    const now = new Date();
    const policy = await this.policies.get(em);
    const expiresAt = this.policies.expiresAt(policy, profile.passwordLastChanged);
    const expired = expiresAt !== null && expiresAt.getTime() <= now.getTime();
    if (expired && policy.hardExpiry) {
      // AWS HardExpiry: the user cannot set a new password; an administrator must.
      throw Errors.accessDenied(`The password of user ${user.userName} has expired; an administrator must reset it.`);
    }
    await em.query('UPDATE "users" SET password_last_used = $2 WHERE id = $1', [user.id, now]);
    const scope = profile.passwordResetRequired || expired ? 'PASSWORD_CHANGE' : 'FULL';
    const { token, session } = await this.sessions.issue(em, {
      kind: 'USER',
      scope,
      authMethod: 'PASSWORD',
      userId: user.id,
      mfaAuthenticated,
      temporary: false,
      lifetimeSeconds: scope === 'PASSWORD_CHANGE' ? 15 * 60 : undefined,
    });
    ctx.services.metrics.loginAttempts.inc({ result: scope === 'FULL' ? 'success' : 'password_reset_required' });
    return {
      status: scope === 'FULL' ? 'SUCCESS' : 'PASSWORD_RESET_REQUIRED',
      session: { token, expiresAt: session.expiresAt, mfaAuthenticated },
      mfaChallenge: null,
      sessionId: session.id,
    };
  }

  /**
   * The caller changes their own password (iam:ChangePassword), through the same limiter as
   * sign-in. Every other session of the user ends; a password-reset session is replaced by a full one.
   */
  async changePassword(ctx: RequestContext, em: EntityManager, user: UserEntity, session: SessionEntity, oldPassword: string, newPassword: string): Promise<SessionView | null> {
    const check = attemptChecks.password(user.id, ctx.sourceIp);
    this.limiter.requireAdmitted(ctx, check);
    // Locked before it is read: a concurrent change cannot slip between the check and the write.
    const profile = await lockLoginProfile(em, user.id);
    const ok = await this.hasher.verify(profile?.passwordHash ?? null, oldPassword);
    if (!ok || !profile) {
      this.limiter.recordFailure(ctx, check, 'invalid_credentials');
      throw Errors.invalidCredentials();
    }
    this.limiter.recordSuccess(ctx, check);
    await this.setPassword(em, user, profile, newPassword, { passwordResetRequired: false });
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

  private recordSubject(ctx: RequestContext, user: UserEntity | null): void {
    if (!ctx.operation) return;
    ctx.operation.subjectArn = user ? this.users.userArn(user) : null;
    ctx.operation.resourceArn = ctx.operation.subjectArn;
    if (!user) ctx.operation.details = { userName: HIDDEN_USER };
  }

  /**
   * The user's login profile; for an unknown user the same query runs with an id that matches
   * nothing, so that both paths send the same statements (no enumeration by timing).
   */
  private profileOf(em: EntityManager, user: UserEntity | null): Promise<LoginProfileEntity | null> {
    return em.findOne(LoginProfileEntity, { where: { userId: user?.id ?? NO_USER_ID } });
  }

  /** The password check of a sign-in: the user's (or the unknown name's), from the caller's address. */
  private passwordCheck(ctx: RequestContext, user: UserEntity | null, userName: string): AttemptCheck {
    return user ? attemptChecks.password(user.id, ctx.sourceIp) : attemptChecks.unknownUserPassword(userName, ctx.sourceIp);
  }

}
