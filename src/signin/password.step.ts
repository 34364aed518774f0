import type { Caller } from '../authz/principal';
import { type AttemptCheck, attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import type { LoginProfileService } from '../credentials/login-profile.service';
import type { PasswordHasher } from '../credentials/password-hasher';
import type { UserEntity } from '../identity/user.entity';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { MfaChallengeService } from '../mfa/mfa-challenge.service';
import type { MfaMethod } from '../mfa/mfa-device.entity';
import type { WebAuthnService } from '../mfa/webauthn.service';
import type { Metrics } from '../observability/metrics';
import type { LoginResult, SignIn } from './sign-in';
import { readForPassword, type SignInSubject } from './sign-in-reads';
import { notePasswordUse } from './sign-in-writes';

/** What the password step's admission found: the counted check, and whose password it verified. */
export interface PasswordAdmission {
  admitted: Admitted;
  /** The user whose password was verified, with their profile (its hash as verified) and expiry rules. */
  subject: SignInSubject;
  /** The user's second factors: any, and the sign-in waits for one of them. */
  methods: MfaMethod[];
  /** A new hash when the verified one has outdated parameters (computed here, outside the transaction). */
  rehashed: string | null;
}

/**
 * The first step of sign-in: the password. A user with an enabled MFA device gets a single-use
 * challenge (answered by the MFA response step); anyone else a session.
 * Unknown users cost one argon2 verify against a dummy hash and get the same INVALID_CREDENTIALS
 * as a wrong password (no enumeration); their name is throttled like a user's password.
 */
export class PasswordStep {
  constructor(
    private readonly profiles: LoginProfileService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: AttemptLimiter,
    private readonly challenges: MfaChallengeService,
    private readonly webAuthn: WebAuthnService,
    private readonly signIn: SignIn,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Before the transaction: one read (user, profile, MFA, expiry rules), then the attempt is
   * counted in advance (so parallel guesses queue on the counter and at most the threshold are
   * evaluated), then the password is verified with argon2 while no database session is held.
   * A wrong password (or an unknown user) is refused here: its transaction would write nothing,
   * so none is opened (the failure's audit record is written as for any refusal).
   */
  async admit(uow: UnitOfWork, caller: Caller, userName: string, password: string): Promise<PasswordAdmission> {
    const { user, profile, expiry, methods } = await readForPassword(uow.em, userName);
    this.signIn.noteSubject(uow, user);
    const admitted = await this.limiter.admit(uow, passwordCheck(caller, user, userName));
    const ok = await this.hasher.verify(profile?.passwordHash ?? null, password);
    if (!ok || !user || !profile) {
      this.limiter.recordFailure('invalid_credentials');
      throw Errors.invalidCredentials();
    }
    const rehashed = this.hasher.needsRehash(profile.passwordHash) ? await this.hasher.hash(password) : null;
    return { admitted, subject: { user, profile, expiry }, methods, rehashed };
  }

  /**
   * Inside the transaction: the password verified before it must still be the user's (each
   * write below is guarded by its hash, and the row count decides), then a challenge or a session.
   */
  async run(uow: UnitOfWork, caller: Caller, userName: string, admission: PasswordAdmission): Promise<LoginResult> {
    const em = uow.em;
    const { user, profile } = admission.subject;
    this.limiter.requireAdmitted(caller, passwordCheck(caller, user, userName), admission.admitted);
    this.signIn.writesOnlyTo(uow, user);
    const { methods } = admission;
    if (methods.length > 0) {
      // A security key gets a WebAuthn challenge of its own, bound to this sign-in's challenge (its hash is stored with it).
      const webAuthn = methods.includes('WEBAUTHN') ? await this.webAuthn.authenticationOptions(em, user.id) : null;
      const challenge = await this.challenges.issue(em, user.id, profile.passwordHash, webAuthn?.challengeHash ?? null);
      if (!challenge) return this.changedMeanwhile();
      await this.passwordAccepted(uow, admission);
      this.metrics.loginAttempts.inc({ result: 'mfa_required' });
      const mfaChallenge = { ...challenge, methods, webAuthnOptionsJson: webAuthn?.optionsJson ?? null };
      return { status: 'MFA_REQUIRED', session: null, mfaChallenge, sessionId: null };
    }
    if (!(await notePasswordUse(em, user.id, profile.passwordHash, new Date()))) return this.changedMeanwhile();
    await this.passwordAccepted(uow, admission);
    return this.signIn.finish(uow, caller, admission.subject, false);
  }

  /** The password was right: the limiter gives its counts back; an outdated hash is replaced (guarded). */
  private async passwordAccepted(uow: UnitOfWork, admission: PasswordAdmission): Promise<void> {
    this.limiter.recordSuccess(uow, admission.admitted);
    const { user, profile } = admission.subject;
    if (admission.rehashed) await this.profiles.rehash(uow.em, user.id, profile.passwordHash, admission.rehashed);
  }

  /** The password verified before the transaction is no longer the user's (changed meanwhile): not verified. */
  private changedMeanwhile(): never {
    this.limiter.recordFailure('invalid_credentials');
    throw Errors.invalidCredentials();
  }
}

/** The password check of a sign-in: the user's (or the unknown name's), from the caller's address. */
function passwordCheck(caller: Caller, user: UserEntity | null, userName: string): AttemptCheck {
  return user ? attemptChecks.password(user.id, caller.sourceIp) : attemptChecks.unknownUserPassword(userName, caller.sourceIp);
}
