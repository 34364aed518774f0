import type { RequestOrigin } from '../kernel/caller';
import { type ContextSource, ContextValue, dateValue, lowerKey, RequestContext as PolicyContext } from '../policy';
import type { CallerPrincipal } from './principal';

/** Extra request-context keys an operation adds (iam:PolicyARN, aws:RequestTag/…, aws:TagKeys…). */
export type RequestContextKeys = Record<string, string | string[] | number | boolean>;

/**
 * The request context of one call, as AWS builds it ("AWS global condition context keys"):
 *  - aws:username (IAM users only), aws:userid, aws:PrincipalArn (a role session's is the role's
 *    ARN), aws:PrincipalType ('User' / 'AssumedRole'), aws:PrincipalTag/KEY (the user's or role's tags);
 *  - aws:MultiFactorAuthPresent: present for temporary credentials only. Every bearer session here
 *    is a session credential, so it is always present, 'true' or 'false';
 *    aws:MultiFactorAuthAge only when MFA was used; aws:TokenIssueTime (the session's issue time);
 *  - aws:SourceIp, aws:CurrentTime, aws:EpochTime, aws:SecureTransport;
 *  - keys fixed at issue time (web identity claims), then the operation's own keys (aws:RequestTag/…,
 *    aws:TagKeys, iam:PolicyARN, iam:PermissionsBoundary, iam:ResourceTag/…), which win.
 * Key names are case-insensitive; the policy library stores them lowercased.
 * Used by authorize() and, for trust policies, by the roles domain.
 */
export function buildRequestContext(
  origin: Pick<RequestOrigin, 'sourceIp' | 'secureTransport'> | null,
  principal: CallerPrincipal,
  extra: RequestContextKeys = {},
  now: Date = new Date(),
): PolicyContext {
  // The caller's keys are resolved when a policy asks for one (CallerKeys); the ones set here win.
  const c = new PolicyContext(new CallerKeys(origin, principal, now.getTime()));
  const fixed = principal.session.context;
  if (fixed) for (const k of Object.keys(fixed)) setValue(c, k, fixed[k]);
  for (const k of Object.keys(extra)) setValue(c, k, extra[k]);
  return c;
}

/** The keys of a caller, its origin and the request's time, as buildRequestContext describes them. */
class CallerKeys implements ContextSource {
  constructor(
    /** null: the request's origin is not known here (isAuthorized: the application gives it as context entries). */
    private readonly origin: Pick<RequestOrigin, 'sourceIp' | 'secureTransport'> | null,
    private readonly principal: CallerPrincipal,
    private readonly ms: number,
  ) {}

  resolve(lower: string): ContextValue | undefined {
    const p = this.principal;
    const s = p.session;
    switch (lower) {
      case K.username:
        return p.kind === 'USER' ? one('aws:username', p.user.userName, 'STRING') : undefined;
      case K.principalType:
        return one('aws:PrincipalType', p.kind === 'USER' ? 'User' : 'AssumedRole', 'STRING');
      case K.principalArn:
        return one('aws:PrincipalArn', p.kind === 'USER' ? p.arn : p.roleArn, 'STRING');
      case K.userid:
        return one('aws:userid', p.userId, 'STRING');
      case K.mfaPresent:
        return this.temporary() ? one('aws:MultiFactorAuthPresent', s.mfaAuthenticated ? 'true' : 'false', 'BOOLEAN') : undefined;
      case K.mfaAge: {
        if (!this.temporary() || !s.mfaAuthenticated || !s.mfaAuthenticatedAt) return undefined;
        return one('aws:MultiFactorAuthAge', String(Math.max(0, Math.floor((this.ms - s.mfaAuthenticatedAt.getTime()) / 1000))), 'NUMERIC');
      }
      case K.tokenIssueTime:
        // dateValue: the same ISO text as toISOString, without V8's slow date formatting, and parsed already.
        return this.temporary() ? dateValue('aws:TokenIssueTime', s.createdAt.getTime()) : undefined;
      case K.sourceIp:
        return this.origin?.sourceIp ? one('aws:SourceIp', this.origin.sourceIp, 'IP') : undefined;
      case K.currentTime:
        return dateValue('aws:CurrentTime', this.ms);
      case K.epochTime:
        return one('aws:EpochTime', String(Math.floor(this.ms / 1000)), 'NUMERIC');
      case K.secureTransport:
        return this.origin ? one('aws:SecureTransport', this.origin.secureTransport ? 'true' : 'false', 'BOOLEAN') : undefined;
      default: {
        if (!lower.startsWith(TAG_PREFIX)) return undefined;
        // Tag keys are case-insensitive here, as every context key; of two spellings, the last wins.
        let found: ContextValue | undefined;
        for (const t of this.tags()) {
          const k = tagKey(t.key);
          if (k.lower === lower) found = one(k.name, t.value, 'STRING');
        }
        return found;
      }
    }
  }

  names(): string[] {
    const p = this.principal;
    const s = p.session;
    const names = p.kind === 'USER' ? ['aws:username', 'aws:PrincipalType', 'aws:PrincipalArn'] : ['aws:PrincipalType', 'aws:PrincipalArn'];
    // One name per tag key in any case: the first one's place, the last one's spelling (as `set` does).
    const at = new Map<string, number>();
    for (const t of this.tags()) {
      const k = tagKey(t.key);
      const i = at.get(k.lower);
      if (i === undefined) at.set(k.lower, names.push(k.name) - 1);
      else names[i] = k.name;
    }
    names.push('aws:userid');
    if (this.temporary()) {
      names.push('aws:MultiFactorAuthPresent');
      if (s.mfaAuthenticated && s.mfaAuthenticatedAt) names.push('aws:MultiFactorAuthAge');
      names.push('aws:TokenIssueTime');
    }
    if (this.origin?.sourceIp) names.push('aws:SourceIp');
    names.push('aws:CurrentTime', 'aws:EpochTime');
    if (this.origin) names.push('aws:SecureTransport');
    return names;
  }

  /**
   * AWS global condition keys: MultiFactorAuthPresent and TokenIssueTime exist only for session
   * (temporary) credentials; a call signed with a long-term access key has neither.
   */
  private temporary(): boolean {
    const s = this.principal.session;
    return !(s.authMethod === 'ACCESS_KEY' && !s.temporary);
  }

  private tags(): ReadonlyArray<{ key: string; value: string }> {
    const p = this.principal;
    return p.kind === 'USER' ? p.user.tags : (p.tags ?? []);
  }
}

function one(name: string, value: string, type: 'STRING' | 'BOOLEAN' | 'NUMERIC' | 'IP'): ContextValue {
  return new ContextValue(name, [value], false, type);
}

/** The lowercase forms of the keys set on every call, worked out once (RequestContext.setLowered). */
const K = {
  username: lowerKey('aws:username'),
  principalType: lowerKey('aws:PrincipalType'),
  principalArn: lowerKey('aws:PrincipalArn'),
  userid: lowerKey('aws:userid'),
  mfaPresent: lowerKey('aws:MultiFactorAuthPresent'),
  mfaAge: lowerKey('aws:MultiFactorAuthAge'),
  tokenIssueTime: lowerKey('aws:TokenIssueTime'),
  sourceIp: lowerKey('aws:SourceIp'),
  currentTime: lowerKey('aws:CurrentTime'),
  epochTime: lowerKey('aws:EpochTime'),
  secureTransport: lowerKey('aws:SecureTransport'),
};

const TAG_PREFIX = 'aws:principaltag/';

/** aws:PrincipalTag/KEY names per tag key, as written and lowercased: bounded, like lowerKey's cache. */
const TAG_KEYS = new Map<string, { name: string; lower: string }>();
const TAG_KEYS_MAX = 4096;

function tagKey(key: string): { name: string; lower: string } {
  let k = TAG_KEYS.get(key);
  if (k === undefined) {
    const name = `aws:PrincipalTag/${key}`;
    k = { name, lower: lowerKey(name) };
    if (TAG_KEYS.size >= TAG_KEYS_MAX) TAG_KEYS.clear();
    TAG_KEYS.set(key, k);
  }
  return k;
}

function setValue(c: PolicyContext, key: string, v: string | string[] | number | boolean): void {
  if (Array.isArray(v)) c.set(key, v.map(String), true, 'STRING_LIST');
  else c.set(key, [String(v)], false, typeof v === 'number' ? 'NUMERIC' : typeof v === 'boolean' ? 'BOOLEAN' : 'STRING');
}

/** iam:ResourceTag/KEY and aws:ResourceTag/KEY of a target user or role (tag-based access control). */
export function resourceTagContext(tags: ReadonlyArray<{ key: string; value: string }>): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const t of tags) {
    keys[`iam:ResourceTag/${t.key}`] = t.value;
    keys[`aws:ResourceTag/${t.key}`] = t.value;
  }
  return keys;
}

/**
 * iam:PermissionsBoundary of an operation on a user's or role's policies (Attach/Detach/Put/Delete
 * User|Role Policy, DeleteUser|RolePermissionsBoundary): the target's current boundary, absent
 * when it has none, as AWS sets it, so that the documented delegation policy ("Permissions
 * boundaries for IAM entities", statement CreateOrChangeOnlyWithBoundary) works verbatim.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
export function currentBoundaryContext(boundaryArn: string | null): Record<string, string> {
  return boundaryArn ? { 'iam:PermissionsBoundary': boundaryArn } : {};
}
