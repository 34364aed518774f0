import type { EntityManager } from 'typeorm';
import type { UserCaller } from '../authz/principal';
import { Errors } from '../kernel/errors';
import { assertIntRange } from '../kernel/validation';
import type { RequestContext } from '../graphql/context';
import { UserEntity } from '../identity/user.entity';
import type { UserService } from '../identity/user.service';
import type { MfaService } from '../mfa/mfa.service';
import type { AccessKeyService } from './access-key.service';
import { SessionEntity } from './session.entity';
import type { SessionService } from './session.service';

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
export class SessionTokenService {
  constructor(
    private readonly users: UserService,
    private readonly accessKeys: AccessKeyService,
    private readonly mfa: MfaService,
    private readonly sessions: SessionService,
  ) {}

  /** The credentials, and (for the audit trail, not the API) the session's id and the key spent. */
  async getSessionToken(ctx: RequestContext, em: EntityManager, input: GetSessionTokenInput): Promise<{ sessionToken: string; expiration: Date; sessionId: string; accessKeyId: string }> {
    const duration = input.durationSeconds ?? 43_200;
    assertIntRange('durationSeconds', duration, 900, 129_600);
    const hasSerial = input.serialNumber != null && input.serialNumber !== '';
    const hasCode = input.tokenCode != null && input.tokenCode !== '';
    if (hasSerial !== hasCode) {
      throw Errors.badInput(hasSerial ? 'tokenCode' : 'serialNumber', 'serialNumber and tokenCode must be given together');
    }
    if (hasCode && !/^\d{6}$/.test(input.tokenCode!)) throw Errors.badInput('tokenCode', 'Invalid tokenCode: must be 6 digits');

    const key = await this.accessKeys.authenticateWithCredentials(ctx, em, input.accessKeyId, input.secretAccessKey);
    const user = await em.findOne(UserEntity, { where: { id: key.userId } });
    if (!user) throw Errors.invalidCredentials();
    const userArn = this.users.userArn(user);
    if (ctx.operation) {
      ctx.operation.subjectArn = userArn;
      ctx.operation.details = { accessKeyId: key.accessKeyId };
    }

    // Evaluated as the key's user, signed in with a long-term key: the request context has no
    // aws:MultiFactorAuthPresent (AWS: the key is absent for long-term credentials).
    const caller: UserCaller = { kind: 'USER', arn: userArn, userId: user.userId, user, session: this.longTermKeySession(user, key.accessKeyId) };
    const decision = await ctx.services.authz.decide(ctx, caller, 'sts:GetSessionToken', '*', {});
    if (!decision.allowed) throw Errors.accessDenied(decision.message);

    if (hasSerial) await this.mfa.verifyTokenCode(ctx, em, user, input.serialNumber!, input.tokenCode!, false);
    const { token, session } = await this.sessions.issue(em, {
      kind: 'USER',
      authMethod: 'ACCESS_KEY',
      userId: user.id,
      accessKeyId: key.accessKeyId,
      mfaAuthenticated: hasSerial,
      temporary: true,
      lifetimeSeconds: duration,
    });
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
      revokedAt: null,
    } satisfies Partial<SessionEntity>);
  }
}
