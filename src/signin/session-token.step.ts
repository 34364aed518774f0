import type { AuthzService } from '../authz/authz.service';
import type { UserCaller } from '../authz/principal';
import type { AccessKeyService } from '../credentials/access-key.service';
import { attemptChecks } from '../credentials/attempt-keys';
import type { Admitted, AttemptLimiter } from '../credentials/attempt-limiter';
import { assertCredentialBounds } from '../credentials/credential-bounds';
import { SessionEntity } from '../credentials/session.entity';
import type { SessionService } from '../credentials/session.service';
import type { UserEntity } from '../identity/user.entity';
import type { UserService } from '../identity/user.service';
import type { RequestOrigin } from '../kernel/caller';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { assertIntRange } from '../kernel/validation';
import type { MfaService } from '../mfa/mfa.service';

export interface GetSessionTokenInput {
  accessKeyId: string;
  secretAccessKey: string;
  serialNumber?: string | null;
  tokenCode?: string | null;
  durationSeconds?: number | null;
}

/**
 * STS GetSessionToken: an access key (the long-term credential) buys a temporary session,
 * MFA-authenticated when a valid serialNumber + tokenCode come with it. Needs no bearer token.
 * Duration 900 to 129,600 seconds, default 43,200, as in AWS.
 */
export interface SessionTokenAdmission {
  accessKey: Admitted;
  /** The second factor, counted only for the holder of the key's secret. */
  mfa: Admitted | null;
}

export class SessionTokenStep {
  constructor(
    private readonly users: UserService,
    private readonly accessKeys: AccessKeyService,
    private readonly mfa: MfaService,
    private readonly sessions: SessionService,
    private readonly limiter: AttemptLimiter,
    private readonly authz: AuthzService,
  ) {}

  /**
   * Before the transaction: the key presented is counted (and named in the audit trail); the
   * second factor only for the holder of the key's secret, since anyone else could otherwise
   * throttle the key owner's MFA by naming the key. The address was counted with the key.
   */
  async admit(uow: UnitOfWork, origin: RequestOrigin, input: GetSessionTokenInput): Promise<SessionTokenAdmission> {
    const { accessKeyId, secretAccessKey } = input;
    assertCredentialBounds({ accessKeyId, secretAccessKey, tokenCode: input.tokenCode });
    uow.audit.noteCredential({ accessKeyId });
    const owner = await this.accessKeys.ownerIfSecretMatches(uow.em, accessKeyId, secretAccessKey);
    const accessKey = await this.limiter.admit(uow, attemptChecks.accessKey(accessKeyId, owner.userId, origin.sourceIp));
    const mfa = owner.secretOk && input.tokenCode != null ? await this.limiter.admit(uow, attemptChecks.mfa(owner.userId!, origin.sourceIp, false)) : null;
    return { accessKey, mfa };
  }

  /** The credentials, and (for the audit trail, not the API) the session's id and the key spent. */
  async run(
    uow: UnitOfWork,
    origin: RequestOrigin,
    input: GetSessionTokenInput,
    admission: SessionTokenAdmission,
  ): Promise<{ sessionToken: string; expiration: Date; sessionId: string; accessKeyId: string }> {
    const em = uow.em;
    const duration = input.durationSeconds ?? 43_200;
    assertIntRange('durationSeconds', duration, 900, 129_600);
    const hasSerial = input.serialNumber != null && input.serialNumber !== '';
    const hasCode = input.tokenCode != null && input.tokenCode !== '';
    if (hasSerial !== hasCode) {
      throw Errors.badInput(hasSerial ? 'tokenCode' : 'serialNumber', 'serialNumber and tokenCode must be given together');
    }
    if (hasCode && !/^\d{6}$/.test(input.tokenCode!)) throw Errors.badInput('tokenCode', 'Invalid tokenCode: must be 6 digits');

    const key = await this.accessKeys.authenticateWithCredentials(uow, origin, admission.accessKey, input.accessKeyId, input.secretAccessKey);
    const user = await this.users.findById(em, key.userId);
    if (!user) throw Errors.invalidCredentials();
    const userArn = this.users.userArn(user);
    uow.audit.subjectArn = userArn;
    uow.audit.detail({ accessKeyId: key.accessKeyId });

    // Evaluated as the key's user, signed in with a long-term key: the request context has no
    // aws:MultiFactorAuthPresent (AWS: the key is absent for long-term credentials).
    const caller: UserCaller = { kind: 'USER', arn: userArn, userId: user.userId, user, session: this.longTermKeySession(user, key.accessKeyId) };
    const decision = await this.authz.decide(uow, origin, caller, 'sts:GetSessionToken', '*', {});
    if (!decision.allowed) throw Errors.accessDenied(decision.message);

    if (hasSerial) await this.mfa.verifyTokenCode(uow, { ...origin, principal: null }, admission.mfa, user, input.serialNumber!, input.tokenCode!, false);
    const { token, session } = await this.sessions.issue(em, {
      kind: 'USER',
      authMethod: 'ACCESS_KEY',
      userId: user.id,
      accessKeyId: key.accessKeyId,
      mfaAuthenticated: hasSerial,
      temporary: true,
      lifetimeSeconds: duration,
      client: origin,
    });
    uow.audit.noteCredential({ sessionId: session.id });
    return { sessionToken: token, expiration: session.expiresAt, sessionId: session.id, accessKeyId: key.accessKeyId };
  }

  /** A stand-in session (never stored) describing a call signed with a long-term access key. */
  private longTermKeySession(user: UserEntity, accessKeyId: string): SessionEntity {
    const now = new Date();
    return Object.assign(new SessionEntity(), {
      id: `access-key:${accessKeyId}`,
      tokenHash: '',
      kind: 'USER',
      scope: 'FULL',
      authMethod: 'ACCESS_KEY',
      userId: user.id,
      roleId: null,
      roleSessionName: null,
      accessKeyId,
      sessionPolicy: null,
      context: null,
      mfaAuthenticated: false,
      mfaAuthenticatedAt: null,
      temporary: false,
      createdAt: now,
      expiresAt: now,
      lastUsedAt: now,
      sourceIp: null,
      userAgent: null,
      revokedAt: null,
    } satisfies Partial<SessionEntity>);
  }
}
