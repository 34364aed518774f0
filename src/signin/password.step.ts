import type { Caller } from '../authz/principal';
import { type AttemptCheck,attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import type { LoginProfileService } from '../credentials/login-profile.service';
import type { PasswordHasher } from '../credentials/password-hasher';
import type { UserEntity } from '../identity/user.entity';
import type { UserService } from '../identity/user.service';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { MfaService } from '../mfa/mfa.service';
import type { MfaChallengeService } from '../mfa/mfa-challenge.service';
import type { Metrics } from '../observability/metrics';
import type { LoginResult, SignIn } from './sign-in';

/** What the password step's admission found: the counted check, whose password it verified, against which hash. */
export interface PasswordAdmission {
  admitted: Admitted;
  userId: string | null;
  verifiedHash: string | null;
}

/**
 * The first step of sign-in: the password. A user with an enabled MFA device gets a single-use
 * challenge (answered by the MFA response step); anyone else a session.
 * Unknown users cost one argon2 verify against a dummy hash and get the same INVALID_CREDENTIALS
 * as a wrong password (no enumeration); their name is throttled like a user's password.
 */
export class PasswordStep {
  constructor(
    private readonly users: UserService,
    private readonly profiles: LoginProfileService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: AttemptLimiter,
    private readonly mfa: MfaService,
    private readonly challenges: MfaChallengeService,
    private readonly signIn: SignIn,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Before the transaction: the attempt is counted in advance (so parallel guesses queue on the
   * counter and at most the threshold are evaluated), then the password is verified with argon2
   * while no database session is held.
   */
  async admit(uow: UnitOfWork, caller: Caller, userName: string, password: string): Promise<PasswordAdmission> {
    const { user, profile } = await this.lookUp(uow, userName);
    const admitted = await this.limiter.admit(uow, passwordCheck(caller, user, userName));
    const ok = await this.hasher.verify(profile?.passwordHash ?? null, password);
    return { admitted, userId: user?.id ?? null, verifiedHash: ok && profile ? profile.passwordHash : null };
  }

  async run(uow: UnitOfWork, caller: Caller, userName: string, password: string, admission: PasswordAdmission): Promise<LoginResult> {
    const em = uow.em;
    const { user, profile } = await this.lookUp(uow, userName);
    this.limiter.requireAdmitted(caller, passwordCheck(caller, user, userName), admission.admitted);
    // Verified before the transaction; a password changed meanwhile no longer counts as verified.
    const ok = admission.userId === (user?.id ?? null) && admission.verifiedHash !== null && admission.verifiedHash === profile?.passwordHash;
    if (!ok || !user || !profile) {
      this.limiter.recordFailure('invalid_credentials');
      throw Errors.invalidCredentials();
    }
    this.limiter.recordSuccess(uow, admission.admitted);
    if (this.hasher.needsRehash(profile.passwordHash)) await this.profiles.rehash(em, user.id, profile.passwordHash, await this.hasher.hash(password));
    if (await this.mfa.hasEnabledDevice(em, user.id)) {
      this.metrics.loginAttempts.inc({ result: 'mfa_required' });
      return { status: 'MFA_REQUIRED', session: null, mfaChallenge: await this.challenges.issue(em, user.id), sessionId: null };
    }
    return this.signIn.finish(uow, caller, user, profile, false);
  }

  /** The user and their login profile; the same statements for an unknown name (no enumeration by timing). */
  private async lookUp(uow: UnitOfWork, userName: string) {
    const user = userName.length <= 64 ? await this.users.findByName(uow.em, userName) : null;
    const profile = await this.profiles.findForSignIn(uow.em, user?.id ?? null);
    this.signIn.noteSubject(uow, user);
    return { user, profile };
  }
}

/** The password check of a sign-in: the user's (or the unknown name's), from the caller's address. */
function passwordCheck(caller: Caller, user: UserEntity | null, userName: string): AttemptCheck {
  return user ? attemptChecks.password(user.id, caller.sourceIp) : attemptChecks.unknownUserPassword(userName, caller.sourceIp);
}
