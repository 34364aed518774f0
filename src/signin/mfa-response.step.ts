import type { Caller } from '../authz/principal';
import { attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import type { LoginProfileService } from '../credentials/login-profile.service';
import type { UserService } from '../identity/user.service';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { MfaService } from '../mfa/mfa.service';
import type { MfaChallengeService } from '../mfa/mfa-challenge.service';
import type { LoginResult, SignIn } from './sign-in';

/** The second step of sign-in: the challenge answered with a TOTP code (one step of skew) or an unused recovery code. */
export class MfaResponseStep {
  constructor(
    private readonly users: UserService,
    private readonly profiles: LoginProfileService,
    private readonly limiter: AttemptLimiter,
    private readonly mfa: MfaService,
    private readonly challenges: MfaChallengeService,
    private readonly signIn: SignIn,
  ) {}

  /** Before the transaction: the challenge must be live, and the attempt is counted for its user. */
  async admit(uow: UnitOfWork, caller: Caller, challengeToken: string): Promise<Admitted> {
    const challenge = await this.challenges.find(uow.em, challengeToken);
    return this.limiter.admit(uow, attemptChecks.mfa(challenge.userId, caller.sourceIp));
  }

  async run(uow: UnitOfWork, caller: Caller, challengeToken: string, code: string, admitted: Admitted): Promise<LoginResult> {
    const em = uow.em;
    const challenge = await this.challenges.find(em, challengeToken);
    const user = await this.users.findById(em, challenge.userId);
    const profile = user ? await this.profiles.find(em, user.id) : null;
    if (!user || !profile) throw Errors.invalidCredentials();
    this.signIn.noteSubject(uow, user);
    const method = await this.mfa.verifySecondFactor(uow, caller, admitted, user, code);
    await this.challenges.consume(em, challenge.id);
    uow.audit.detail({ secondFactor: method });
    return this.signIn.finish(uow, caller, user, profile, true);
  }
}
