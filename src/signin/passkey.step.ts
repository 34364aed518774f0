import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { Caller } from '../authz/principal';
import { attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import { lockUserRow } from '../identity/user-lock';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { passkeyRefused, type PasskeyService } from '../mfa/passkey.service';
import { parseResponseJson } from '../mfa/webauthn-response';
import type { LoginResult, SignIn } from './sign-in';
import { type PasskeyRead, readForPasskey } from './sign-in-reads';

/** What the passkey step's admission found: the attempt, the credential it names, the parsed response, the counted check. */
export interface PasskeyAdmission {
  admitted: Admitted;
  read: PasskeyRead;
  response: AuthenticationResponseJSON;
}

/** Credential ids are at most 1023 bytes (§5.8.1 note), 1364 characters of base64url. */
const MAX_CREDENTIAL_ID = 1364;

/**
 * A sign-in with a passkey alone (no user name, no password): one step, beside the password
 * step. The credential's user verification is the second factor, so the session is
 * MFA-authenticated. The same rules as the password's sign-in apply to who may sign in: a login
 * profile (console access) is needed, a forced password reset gives a password-change-only
 * session, and a hard-expired password is refused (SignIn.finish).
 */
export class PasskeyStep {
  constructor(
    private readonly limiter: AttemptLimiter,
    private readonly passkeys: PasskeyService,
    private readonly signIn: SignIn,
  ) {}

  /** Before the transaction: one read (attempt, credential, user), then the attempt is counted for the credential's user (or its source). */
  async admit(uow: UnitOfWork, caller: Caller, challengeToken: string, responseJson: string): Promise<PasskeyAdmission> {
    if (challengeToken.length < 16 || challengeToken.length > 512) throw passkeyRefused();
    const response = parseResponseJson<AuthenticationResponseJSON>('responseJson', responseJson);
    const read = await readForPasskey(uow.em, challengeToken, response.id.slice(0, MAX_CREDENTIAL_ID));
    this.signIn.noteSubject(uow, read.user);
    const admitted = await this.limiter.admit(uow, attemptChecks.passkey(read.user?.id ?? null, caller.sourceIp));
    return { admitted, read, response };
  }

  /**
   * Inside the transaction: the attempt's challenge is spent first (kept spent if anything below
   * fails), then the response is checked, then the user's row is locked (the session's cap rides on
   * it, see SignIn.finish) and the counter moved forward by a guarded UPDATE.
   */
  async run(uow: UnitOfWork, caller: Caller, admission: PasskeyAdmission): Promise<LoginResult> {
    const { read, response, admitted } = admission;
    if (read.user) this.limiter.requireAdmitted(caller, attemptChecks.passkey(read.user.id, caller.sourceIp), admitted);
    await this.passkeys.spendChallenge(uow, read.challengeId);
    const candidate = read.device && read.user ? { device: read.device, userId: read.user.id } : null;
    const { device, counter } = await this.passkeys.verify(uow, candidate, read.challengeHash, response);
    // No login profile: console access was taken away, for the passkey as for the password.
    if (!read.subject || !(await lockUserRow(uow.em, read.subject.user.id))) {
      this.limiter.recordFailure('invalid_credentials');
      uow.audit.detail({ reason: 'NO_LOGIN_PROFILE', signInMethod: 'PASSKEY', serialNumber: device.serialNumber });
      throw passkeyRefused();
    }
    await this.passkeys.spendCounter(uow, device, counter);
    this.limiter.recordSuccess(uow, admitted);
    uow.audit.detail({ signInMethod: 'PASSKEY', secondFactor: 'WEBAUTHN', serialNumber: device.serialNumber });
    return this.signIn.finish(uow, caller, read.subject, true);
  }
}
