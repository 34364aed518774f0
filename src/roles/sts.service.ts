import type { EntityManager } from 'typeorm';
import type { CallerPrincipal } from '../authz/principal';
import { arn } from '../common/arn';
import { Errors } from '../common/errors';
import type { SessionService } from '../credentials/session.service';
import type { RequestContext } from '../graphql/context';
import { compilePolicy, evaluateTrust, type CompiledPolicy, type TrustPrincipal } from '../policy';
import { anonymousTrustContext, callerTrustContext } from './caller-context';
import type { OidcProviderService } from './oidc-provider.service';
import type { RoleEntity } from './role.entity';
import type { RoleService } from './role.service';
import { assertSessionPolicy } from './trust-policy';
import { claimedIssuer, invalidIdentityToken, type WebIdentityVerifier } from './web-identity-verifier';

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

type TrustMeta = { roleId: string };

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
  /** Compiled trust policies, reused while a role's document is unchanged. */
  private readonly trustCache = new Map<string, CompiledPolicy<TrustMeta>>();

  constructor(
    private readonly roles: RoleService,
    private readonly oidc: OidcProviderService,
    private readonly verifier: WebIdentityVerifier,
    private readonly sessions: SessionService,
  ) {}

  async assumeRole(ctx: RequestContext, em: EntityManager, caller: CallerPrincipal, input: AssumeRoleInput): Promise<AssumedRoleResult> {
    assertRoleSessionName(input.roleSessionName);
    const duration = input.durationSeconds ?? 3600;
    assertDurationShape(duration);
    if (input.policy != null) assertSessionPolicy('policy', input.policy);
    if ((input.serialNumber == null) !== (input.tokenCode == null)) {
      throw Errors.badInput(input.serialNumber == null ? 'serialNumber' : 'tokenCode', 'serialNumber and tokenCode are given together');
    }
    const denied = () =>
      Errors.accessDenied(`User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${input.roleArn}`);
    // A password-reset session may only change its password (as authorize() enforces elsewhere).
    if (caller.session.scope !== 'FULL') throw denied();

    // MFA in the request: the same limiter and single-use step as sign-in (issue 4's MFA service).
    let mfaAt: Date | null = null;
    if (input.serialNumber != null && input.tokenCode != null) {
      if (caller.kind !== 'USER') throw Errors.badInput('serialNumber', 'Only an IAM user has MFA devices; a role session cannot pass serialNumber.');
      await ctx.services.mfa.verifyTokenCode(ctx, em, caller.user, input.serialNumber, input.tokenCode);
      mfaAt = new Date();
    }

    // An unknown role is refused like a forbidden one: the caller learns nothing about what exists.
    const role = await this.roles.findByArn(em, input.roleArn);
    if (!role) throw denied();
    const context = callerTrustContext(ctx, caller, { 'sts:RoleSessionName': input.roleSessionName }, mfaAt);
    const who: TrustPrincipal =
      caller.kind === 'USER'
        ? { type: 'AWS', arn: caller.arn }
        : { type: 'AWS', arn: caller.arn, identifiers: [caller.roleArn] };
    const trust = this.compileTrust(role);
    const result = evaluateTrust(trust, { principal: who, action: 'sts:AssumeRole', context, resource: input.roleArn });
    if (result.decision !== 'ALLOWED') throw denied();

    // AWS's same-account rule: a trust policy naming the caller is enough; one naming only the
    // account also needs the caller's identity policies to allow sts:AssumeRole on the role.
    // An explicit deny in the caller's identity policies refuses either way.
    const namedDirectly = result.matchedStatements.some((m) => m.effect === 'Allow' && namesCaller(trust, m.statementIndex, who));
    const identity = await ctx.services.authz.decide(ctx, caller, 'sts:AssumeRole', input.roleArn, { 'sts:RoleSessionName': input.roleSessionName });
    if (!identity.allowed && (!namedDirectly || identity.result.decision === 'EXPLICIT_DENY')) throw denied();

    const max = caller.kind === 'ROLE' ? Math.min(ROLE_CHAINING_MAX_SECONDS, role.maxSessionDuration) : role.maxSessionDuration;
    if (duration > max) {
      throw Errors.badInput(
        'durationSeconds',
        caller.kind === 'ROLE' && duration > ROLE_CHAINING_MAX_SECONDS
          ? 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
          : 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    }
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
    return this.result(ctx, role, input.roleSessionName, issued.token, issued.session.expiresAt);
  }

  /**
   * AssumeRoleWithWebIdentity: no bearer; the ID token is verified against the provider its `iss`
   * names, then the trust policy is evaluated with Principal.Federated = the provider's ARN and the
   * condition keys `HOST/PATH:aud`, `HOST/PATH:sub` (and `:amr`), as AWS does.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
   */
  async assumeRoleWithWebIdentity(ctx: RequestContext, em: EntityManager, input: AssumeRoleWithWebIdentityInput) {
    assertRoleSessionName(input.roleSessionName);
    const duration = input.durationSeconds ?? 3600;
    assertDurationShape(duration);
    if (input.policy != null) assertSessionPolicy('policy', input.policy);
    const denied = () => Errors.accessDenied('Not authorized to perform sts:AssumeRoleWithWebIdentity');

    const claimed = await claimedIssuer(input.webIdentityToken);
    const provider = await this.oidc.findByIssuer(em, claimed.scheme, claimed.withoutScheme);
    if (!provider) throw invalidIdentityToken(`No OpenIDConnect provider found in your account for ${claimed.iss}`);
    if (ctx.operation) ctx.operation.subjectArn = provider.arn;
    const identity = await this.verifier.verify(provider, input.webIdentityToken);

    const role = await this.roles.findByArn(em, input.roleArn);
    if (!role) throw denied();
    const prefix = provider.urlWithoutScheme;
    const claimKeys: Record<string, string | string[]> = {
      [`${prefix}:aud`]: identity.audience,
      [`${prefix}:sub`]: identity.subject,
      'aws:FederatedProvider': provider.arn,
    };
    if (identity.amr) claimKeys[`${prefix}:amr`] = identity.amr;
    const context = anonymousTrustContext(ctx, { ...claimKeys, 'sts:RoleSessionName': input.roleSessionName });
    const result = evaluateTrust(this.compileTrust(role), {
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
      ...this.result(ctx, role, input.roleSessionName, issued.token, issued.session.expiresAt),
      subjectFromWebIdentityToken: identity.subject,
      audience: identity.audience,
      provider: identity.issuer,
    };
  }

  private compileTrust(role: RoleEntity): CompiledPolicy<TrustMeta> {
    const key = `${role.id}\n${role.assumeRolePolicyDocument}`;
    let compiled = this.trustCache.get(key);
    if (!compiled) {
      compiled = compilePolicy(role.assumeRolePolicyDocument, { roleId: role.id }, { kind: 'TRUST' });
      if (this.trustCache.size >= 1000) this.trustCache.delete(this.trustCache.keys().next().value!);
      this.trustCache.set(key, compiled);
    }
    return compiled;
  }

  private result(ctx: RequestContext, role: RoleEntity, sessionName: string, token: string, expiration: Date): AssumedRoleResult {
    return {
      credentials: { sessionToken: token, expiration },
      assumedRoleUser: {
        arn: arn.assumedRole(ctx.config.accountId, role.roleName, sessionName),
        assumedRoleId: `${role.roleId}:${sessionName}`,
      },
    };
  }
}


/** Whether a trust statement names the caller itself (its ARN, its role, or everyone) rather than only its account. */
function namesCaller(trust: CompiledPolicy<TrustMeta>, statementIndex: number, who: TrustPrincipal): boolean {
  const st = trust.statements.find((s) => s.index === statementIndex);
  if (!st || !st.principal || st.notPrincipal) return false;
  if (st.principal.everyone) return true;
  const ids = [who.arn, ...(who.identifiers ?? [])].filter((x): x is string => !!x);
  return ids.some((id) => st.principal!.aws.has(id));
}

function assertRoleSessionName(name: string): void {
  if (!ROLE_SESSION_NAME.test(name)) {
    throw Errors.badInput('roleSessionName', 'Invalid roleSessionName: must be 2 to 64 characters of letters, digits and +=,.@_-');
  }
}

function assertDurationShape(duration: number): void {
  if (!Number.isInteger(duration) || duration < MIN_DURATION_SECONDS || duration > 43200) {
    throw Errors.badInput('durationSeconds', `Invalid durationSeconds: must be an integer from ${MIN_DURATION_SECONDS} up to the role's maximum session duration`);
  }
}
