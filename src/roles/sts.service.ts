import type { EntityManager } from 'typeorm';
import type { AuthzService } from '../authz/authz.service';
import type { Caller, CallerPrincipal } from '../authz/principal';
import type { Admitted } from '../credentials/attempt-limiter';
import type { SessionService } from '../credentials/session.service';
import { identityLoaders } from '../identity/identity.loaders';
import { arn, parseIamArn } from '../kernel/arn';
import type { RequestOrigin } from '../kernel/caller';
import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { MfaService } from '../mfa/mfa.service';
import {
  type AssumeRoleCaller,
  decideAssumeRole,
  evaluateTrust,
  type EvaluationResult,
  type PolicySet,
  type RequestContext as PolicyContext,
} from '../policy';
import type { PolicyMeta } from '../policy-store/policy-set';
import type { PrincipalRef } from '../policy-store/principal-ref';
import { anonymousTrustContext, callerTrustContext } from './caller-context';
import type { OidcProviderService } from './oidc-provider.service';
import { RoleEntity } from './role.entity';
import type { CompiledTrust, RoleService } from './role.service';
import { rolesLoaders } from './roles.loaders';
import { assertSessionPolicy } from './trust-policy';
import { claimedIssuer, invalidIdentityToken, type VerifiedWebIdentity, type WebIdentityVerifier } from './web-identity-verifier';

/** AssumeRole's DurationSeconds: at least 15 minutes; role chaining caps it at one hour. */
export const MIN_DURATION_SECONDS = 900;
export const ROLE_CHAINING_MAX_SECONDS = 3600;
/** RoleSessionName: 2 to 64 of [\w+=,.@-]. */
const ROLE_SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export interface AssumeRoleInput {
  roleArn: string;
  roleSessionName: string;
  durationSeconds?: number | null;
  serialNumber?: string | null;
  tokenCode?: string | null;
  policy?: string | null;
}

export interface AssumeRoleWithWebIdentityInput {
  roleArn: string;
  roleSessionName: string;
  webIdentityToken: string;
  durationSeconds?: number | null;
  policy?: string | null;
}

/** What assumeRoleWithWebIdentity's admission step verified, before its transaction. */
export interface WebIdentityAdmission {
  providerId: string;
  iss: string;
  token: string;
  identity: VerifiedWebIdentity;
}

export interface AssumedRoleResult {
  credentials: { sessionToken: string; expiration: Date };
  assumedRoleUser: { arn: string; assumedRoleId: string };
}

/**
 * AWS STS for roles: AssumeRole (a user or role session asks, the role's trust policy decides with
 * AWS's same-account rule) and AssumeRoleWithWebIdentity (an OpenID Connect ID token is the
 * credential). Both issue a temporary role session.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
export class StsService {
  constructor(
    private readonly roles: RoleService,
    private readonly oidc: OidcProviderService,
    private readonly verifier: WebIdentityVerifier,
    private readonly sessions: SessionService,
    private readonly mfa: MfaService,
    private readonly authz: AuthzService,
    private readonly accountId: string,
  ) {}

  /** `mfa`: the admission of the request's own MFA code (serialNumber + tokenCode), if it has one. */
  async assumeRole(uow: UnitOfWork, origin: Caller, caller: CallerPrincipal, input: AssumeRoleInput, mfa: Admitted | null): Promise<AssumedRoleResult> {
    const em = uow.em;
    assertRoleArn(input.roleArn);
    assertRoleSessionName(input.roleSessionName);
    const duration = input.durationSeconds ?? 3600;
    assertDurationShape(duration);
    if (input.policy != null) assertSessionPolicy('policy', input.policy);
    if ((input.serialNumber == null) !== (input.tokenCode == null)) {
      throw Errors.badInput(input.serialNumber == null ? 'serialNumber' : 'tokenCode', 'serialNumber and tokenCode are given together');
    }
    // AssumeRole's SerialNumber is 9 to 256 characters; TokenCode is 6 digits.
    if (input.serialNumber != null && (input.serialNumber.length < 9 || input.serialNumber.length > 256)) {
      throw Errors.badInput('serialNumber', 'Invalid serialNumber: must be 9 to 256 characters');
    }
    if (input.tokenCode != null && !/^\d{6}$/.test(input.tokenCode)) throw Errors.badInput('tokenCode', 'Invalid tokenCode: must be 6 digits');
    const denied = () =>
      Errors.accessDenied(`User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${input.roleArn}`);
    // A password-reset session may only change its password (as authorize() enforces elsewhere).
    if (caller.session.scope !== 'FULL') throw denied();

    // MFA in the request: the same limiter and single-use step as sign-in (issue 4's MFA service).
    let mfaAt: Date | null = null;
    if (input.serialNumber != null && input.tokenCode != null) {
      if (caller.kind !== 'USER') throw Errors.badInput('serialNumber', 'Only an IAM user has MFA devices; a role session cannot pass serialNumber.');
      await this.mfa.verifyTokenCode(uow, origin, mfa, caller.user, input.serialNumber, input.tokenCode);
      mfaAt = new Date();
    }

    // An unknown role is refused like a forbidden one: the caller learns nothing about what exists.
    // The row stays share-locked until commit: a trust-policy change, revocation or deletion of
    // the role waits for this session to be issued (and then applies to it), or happens first.
    const role = await this.roles.findByArn(em, input.roleArn, 'share');
    if (!role) throw denied();
    const extra = { 'sts:RoleSessionName': input.roleSessionName };
    const trustContext = callerTrustContext(origin, caller, extra, mfaAt);
    // The trust policy with the caller's own policies, under AWS's same-account rules (one rule,
    // shared with simulatePrincipalPolicy: see src/policy/assume-role-decision.ts).
    const decision = await this.authz.decideAssumeRole(uow, origin, caller, input.roleArn, this.roles.compiledTrust(role), trustContext, extra);
    if (!decision.allowed) throw denied();

    const max = caller.kind === 'ROLE' ? Math.min(ROLE_CHAINING_MAX_SECONDS, role.maxSessionDuration) : role.maxSessionDuration;
    if (duration > max) {
      throw Errors.badInput(
        'durationSeconds',
        caller.kind === 'ROLE' && duration > ROLE_CHAINING_MAX_SECONDS
          ? 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
          : 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    }
    // The caller was authenticated when the request began; a revocation may have committed since.
    if (!(await this.callerStillValid(em, caller))) throw denied();
    const sessionMfaAt = mfaAt ?? (caller.session.mfaAuthenticated ? caller.session.mfaAuthenticatedAt : null);
    const issued = await this.sessions.issue(em, {
      kind: 'ROLE',
      authMethod: 'ASSUME_ROLE',
      // The user behind the session, also through role chaining (for revokeUserSessions and audit).
      userId: caller.kind === 'USER' ? caller.user.id : caller.session.userId,
      roleId: role.id,
      roleSessionName: input.roleSessionName,
      sessionPolicy: input.policy ?? null,
      context: caller.kind === 'ROLE' ? caller.session.context : null,
      mfaAuthenticated: sessionMfaAt !== null,
      mfaAuthenticatedAt: sessionMfaAt,
      temporary: true,
      lifetimeSeconds: duration,
    });
    return this.result(role, input.roleSessionName, issued.token, issued.session.expiresAt);
  }

  /**
   * Whether the caller's own session is still good, read under locks that its revocations take
   * too: the role of a role session (revokeRoleSessions and deleteRole lock it FOR UPDATE) and the
   * user behind it (revokeUserSessions locks the user FOR UPDATE). A revocation committed after
   * this request authenticated refuses it here; one that comes later waits for this commit and
   * then ends the new session with the others.
   */
  private async callerStillValid(em: EntityManager, caller: CallerPrincipal): Promise<boolean> {
    if (caller.kind === 'ROLE') {
      const role = await em.findOne(RoleEntity, { where: { id: caller.roleInternalId }, lock: { mode: 'pessimistic_read' } });
      if (!role) return false;
      if (role.sessionsRevokedBefore && caller.session.createdAt.getTime() < role.sessionsRevokedBefore.getTime()) return false;
    }
    if (caller.session.userId !== null && !(await this.sessions.lockUserShared(em, caller.session.userId))) return false;
    return this.sessions.isLive(em, caller.session.id);
  }

  /**
   * AssumeRoleWithWebIdentity's admission step, before its transaction: the ID token is verified
   * against the provider its `iss` names, which may fetch the provider's discovery document and
   * keys. Nothing here holds a database session while it waits on the network (on embedded
   * PGlite a transaction open meanwhile would stall every other request).
   */
  async admitWebIdentity(uow: UnitOfWork, input: AssumeRoleWithWebIdentityInput): Promise<WebIdentityAdmission> {
    assertWebIdentityInput(input);
    const claimed = await claimedIssuer(input.webIdentityToken);
    const provider = await this.oidc.findByIssuer(uow.em, claimed.scheme, claimed.withoutScheme);
    if (!provider) throw invalidIdentityToken(`No OpenIDConnect provider found in your account for ${claimed.iss}`);
    uow.audit.subjectArn = provider.arn;
    const identity = await this.verifier.verify(provider, input.webIdentityToken);
    return { providerId: provider.id, iss: claimed.iss, token: input.webIdentityToken, identity };
  }

  /**
   * AssumeRoleWithWebIdentity: no bearer; the ID token, verified by the admission step, is
   * matched with its provider again (it may have been deleted meanwhile), then the trust policy is
   * evaluated with Principal.Federated = the provider's ARN and the condition keys `HOST/PATH:aud`,
   * `HOST/PATH:sub` (and `:amr`), as AWS does.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
   */
  async assumeRoleWithWebIdentity(uow: UnitOfWork, origin: RequestOrigin, input: AssumeRoleWithWebIdentityInput, admitted: WebIdentityAdmission) {
    const em = uow.em;
    const duration = assertWebIdentityInput(input);
    const denied = () => Errors.accessDenied('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    // Fail closed: a token other than the one the admission step verified was never verified.
    if (admitted.token !== input.webIdentityToken) throw new Error('assumeRoleWithWebIdentity without its admission step');
    const { identity } = admitted;
    // Share-locked until commit: a deletion of the provider waits for this session, or comes first.
    const provider = await this.oidc.findById(em, admitted.providerId, 'share');
    if (!provider || !provider.clientIdList.includes(identity.audience)) {
      throw invalidIdentityToken(`No OpenIDConnect provider found in your account for ${admitted.iss}`);
    }

    const role = await this.roles.findByArn(em, input.roleArn, 'share');
    if (!role) throw denied();
    const prefix = provider.urlWithoutScheme;
    const claimKeys: Record<string, string | string[]> = {
      [`${prefix}:aud`]: identity.audience,
      [`${prefix}:sub`]: identity.subject,
      'aws:FederatedProvider': provider.arn,
    };
    if (identity.amr) claimKeys[`${prefix}:amr`] = identity.amr;
    const context = anonymousTrustContext(origin, { ...claimKeys, 'sts:RoleSessionName': input.roleSessionName });
    const result = evaluateTrust(this.roles.compiledTrust(role), {
      principal: { type: 'Federated', arn: provider.arn },
      action: 'sts:AssumeRoleWithWebIdentity',
      context,
      resource: input.roleArn,
    });
    if (result.decision !== 'ALLOWED') throw denied();
    if (duration > role.maxSessionDuration) {
      throw Errors.badInput('durationSeconds', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
    }
    const issued = await this.sessions.issue(em, {
      kind: 'ROLE',
      authMethod: 'WEB_IDENTITY',
      userId: null,
      roleId: role.id,
      roleSessionName: input.roleSessionName,
      sessionPolicy: input.policy ?? null,
      context: claimKeys,
      mfaAuthenticated: false,
      temporary: true,
      lifetimeSeconds: duration,
    });
    return {
      ...this.result(role, input.roleSessionName, issued.token, issued.session.expiresAt),
      subjectFromWebIdentityToken: identity.subject,
      audience: identity.audience,
      provider: identity.issuer,
    };
  }

  /**
   * For simulatePrincipalPolicy: sts:AssumeRole on a role ARN of this account is decided as
   * assumeRole decides it (the role's trust policy with the principal's policies, same rule);
   * an unknown role is an implicit deny, as the API refuses it. Other requests: null.
   */
  async simulatedAssumeRole(
    uow: UnitOfWork,
    source: PrincipalRef,
    policies: PolicySet<PolicyMeta>,
    context: PolicyContext,
    actionNames: readonly string[],
    resourceArns: readonly string[],
  ): Promise<(action: string, resource: string) => EvaluationResult<PolicyMeta> | null> {
    const none = () => null;
    if (!actionNames.some((a) => a.toLowerCase() === 'sts:assumerole')) return none;
    const account = this.accountId;
    const trusts = new Map<string, CompiledTrust | null>();
    for (const resource of new Set(resourceArns)) {
      const parsed = parseIamArn(resource);
      if (!parsed || parsed.service !== 'iam' || parsed.resourceType !== 'role' || parsed.account !== account || /[*?]/.test(resource)) continue;
      const role = await this.roles.findByArn(uow.em, resource);
      trusts.set(resource, role ? this.roles.compiledTrust(role) : null);
    }
    if (trusts.size === 0) return none;
    let caller: AssumeRoleCaller = { principalId: null, roleId: null, account };
    let trustContext = context;
    if (source.type === 'USER') {
      const user = await identityLoaders(uow).userById.load(source.id);
      caller = { principalId: user?.userId ?? null, roleId: null, account };
    } else if (source.type === 'ROLE') {
      const role = await rolesLoaders(uow).roleById.load(source.id);
      caller = { principalId: null, roleId: role?.roleId ?? null, account };
      // What a session of the role shows the trust policy (aws:PrincipalArn is the role's ARN).
      trustContext = context.clone();
      if (role && !trustContext.has('aws:PrincipalArn')) trustContext.set('aws:PrincipalArn', [this.roles.roleArn(role)], false, 'STRING');
      if (!trustContext.has('aws:PrincipalType')) trustContext.set('aws:PrincipalType', ['AssumedRole'], false, 'STRING');
    }
    return (action, resource) => {
      if (action.toLowerCase() !== 'sts:assumerole' || !trusts.has(resource)) return null;
      const trust = trusts.get(resource);
      if (!trust) return { decision: 'IMPLICIT_DENY', deniedBy: 'TRUST', matchedStatements: [], missingContextValues: [], allowedByPermissionsBoundary: null };
      return decideAssumeRole({ trust, trustContext, caller, policies, request: { action, resource, context } });
    };
  }

  private result(role: RoleEntity, sessionName: string, token: string, expiration: Date): AssumedRoleResult {
    return {
      credentials: { sessionToken: token, expiration },
      assumedRoleUser: {
        arn: arn.assumedRole(this.accountId, role.roleName, sessionName),
        assumedRoleId: `${role.roleId}:${sessionName}`,
      },
    };
  }
}


function assertRoleSessionName(name: string): void {
  if (!ROLE_SESSION_NAME.test(name)) {
    throw Errors.badInput('roleSessionName', 'Invalid roleSessionName: must be 2 to 64 characters of letters, digits and +=,.@_-');
  }
}

/** AssumeRoleWithWebIdentity's input shape; returns the duration asked for. */
function assertWebIdentityInput(input: AssumeRoleWithWebIdentityInput): number {
  assertRoleArn(input.roleArn);
  assertRoleSessionName(input.roleSessionName);
  const duration = input.durationSeconds ?? 3600;
  assertDurationShape(duration);
  if (input.policy != null) assertSessionPolicy('policy', input.policy);
  return duration;
}

/** RoleArn: 20 to 2,048 characters (AssumeRole, AssumeRoleWithWebIdentity). */
export function assertRoleArn(roleArn: string): void {
  if (roleArn.length < 20 || roleArn.length > 2048) throw Errors.badInput('roleArn', 'Invalid roleArn: must be 20 to 2,048 characters');
}

function assertDurationShape(duration: number): void {
  if (!Number.isInteger(duration) || duration < MIN_DURATION_SECONDS || duration > 43200) {
    throw Errors.badInput('durationSeconds', `Invalid durationSeconds: must be an integer from ${MIN_DURATION_SECONDS} up to the role's maximum session duration`);
  }
}
