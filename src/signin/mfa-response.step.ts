import type { Caller } from '../authz/principal';
import { attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import type { UserService } from '../identity/user.service';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { MfaService } from '../mfa/mfa.service';
import { invalidChallenge, type MfaChallengeService } from '../mfa/mfa-challenge.service';
import type { WebAuthnService } from '../mfa/webauthn.service';
import type { LoginResult, SignIn } from './sign-in';
import { type ChallengeRead, readForChallenge } from './sign-in-reads';
import { spendChallengeAndCounter, spendChallengeAndStep } from './sign-in-writes';

/** What the MFA step's admission found: the live challenge with its subject and devices, and the counted check. */
export interface MfaResponseAdmission {
  admitted: Admitted;
  challenge: ChallengeRead;
}

/** What answers the challenge: a TOTP or recovery code, or a security key's response (WebAuthn). */
export type MfaAnswer = { code: string } | { webAuthnResponseJson: string };

/** The second step of sign-in: the challenge answered with a TOTP code (one step of skew), an unused recovery code or a security key. */
export class MfaResponseStep {
  constructor(
    private readonly users: UserService,
    private readonly limiter: AttemptLimiter,
    private readonly mfa: MfaService,
    private readonly webAuthn: WebAuthnService,
    private readonly challenges: MfaChallengeService,
    private readonly signIn: SignIn,
  ) {}

  /** Before the transaction: the challenge must be live (one read brings what the step needs), and the attempt is counted for its user. */
  async admit(uow: UnitOfWork, caller: Caller, challengeToken: string): Promise<MfaResponseAdmission> {
    if (challengeToken.length < 16 || challengeToken.length > 512) throw invalidChallenge();
    const challenge = await readForChallenge(uow.em, challengeToken);
    if (!challenge) throw invalidChallenge();
    this.signIn.noteSubject(uow, challenge.user);
    return { admitted: await this.limiter.admit(uow, attemptChecks.mfa(challenge.user.id, caller.sourceIp)), challenge };
  }

  /**
   * Inside the transaction: a TOTP code spends the challenge and the code's time step in one
   * guarded statement (sign-in-writes.ts), which also takes the user's row lock for the session;
   * a recovery code is spent by its own guarded UPDATE, then the challenge.
   */
  async run(uow: UnitOfWork, caller: Caller, answer: MfaAnswer, admission: MfaResponseAdmission): Promise<LoginResult> {
    if ('webAuthnResponseJson' in answer) return this.runWebAuthn(uow, caller, answer.webAuthnResponseJson, admission);
    const { code } = answer;
    const em = uow.em;
    const { challenge } = admission;
    const { user } = challenge;
    this.signIn.writesOnlyTo(uow, user);
    const at = new Date();
    const spendStep = async (device: { id: string }, step: number) => {
      const spent = await spendChallengeAndStep(em, { userId: user.id, challengeId: challenge.challengeId, deviceId: device.id, step, at });
      if (!spent.challenge) throw invalidChallenge();
      return spent.step;
    };
    const method = await this.mfa.verifySecondFactor(uow, caller, admission.admitted, user, challenge.devices, code, spendStep);
    if (method === 'RECOVERY_CODE') {
      await this.users.notePasswordUsed(em, user.id, at);
      await this.challenges.consume(em, challenge.challengeId);
    }
    uow.audit.detail({ secondFactor: method });
    return this.signIn.finish(uow, caller, challenge, true);
  }

  /** A security key's assertion: the challenge and the credential's counter are spent in one guarded statement (sign-in-writes.ts). */
  private async runWebAuthn(uow: UnitOfWork, caller: Caller, responseJson: string, admission: MfaResponseAdmission): Promise<LoginResult> {
    const { challenge } = admission;
    const { user } = challenge;
    this.signIn.writesOnlyTo(uow, user);
    const at = new Date();
    const spend = async (device: { id: string }, counter: number) => {
      const spent = await spendChallengeAndCounter(uow.em, { userId: user.id, challengeId: challenge.challengeId, deviceId: device.id, counter, at });
      if (!spent.challenge) throw invalidChallenge();
      return spent.step;
    };
    const { devices, webauthnChallengeHash } = challenge;
    const device = await this.webAuthn.verifyAssertion(uow, caller, admission.admitted, user, devices, webauthnChallengeHash, responseJson, spend);
    uow.audit.detail({ secondFactor: 'WEBAUTHN', serialNumber: device.serialNumber });
    return this.signIn.finish(uow, caller, challenge, true);
  }
}
