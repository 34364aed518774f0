import type { RequestOrigin } from '../kernel/caller';
import { lowerKey, RequestContext as PolicyContext } from '../policy';
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
  origin: Pick<RequestOrigin, 'sourceIp' | 'secureTransport'>,
  principal: CallerPrincipal,
  extra: RequestContextKeys = {},
  now: Date = new Date(),
): PolicyContext {
  const c = new PolicyContext();
  const s = principal.session;
  if (principal.kind === 'USER') {
    c.setLowered(K.username, 'aws:username', [principal.user.userName], false, 'STRING');
    c.setLowered(K.principalType, 'aws:PrincipalType', ['User'], false, 'STRING');
    c.setLowered(K.principalArn, 'aws:PrincipalArn', [principal.arn], false, 'STRING');
    for (const t of principal.user.tags) setTag(c, t);
  } else {
    c.setLowered(K.principalType, 'aws:PrincipalType', ['AssumedRole'], false, 'STRING');
    c.setLowered(K.principalArn, 'aws:PrincipalArn', [principal.roleArn], false, 'STRING');
    for (const t of principal.tags ?? []) setTag(c, t);
  }
  c.setLowered(K.userid, 'aws:userid', [principal.userId], false, 'STRING');
  // AWS global condition keys: MultiFactorAuthPresent and TokenIssueTime exist only for session
  // (temporary) credentials; a call signed with a long-term access key has neither.
  const longTermKey = s.authMethod === 'ACCESS_KEY' && !s.temporary;
  const ms = now.getTime();
  if (!longTermKey) {
    c.setLowered(K.mfaPresent, 'aws:MultiFactorAuthPresent', [s.mfaAuthenticated ? 'true' : 'false'], false, 'BOOLEAN');
    if (s.mfaAuthenticated && s.mfaAuthenticatedAt) {
      const age = Math.max(0, Math.floor((ms - s.mfaAuthenticatedAt.getTime()) / 1000));
      c.setLowered(K.mfaAge, 'aws:MultiFactorAuthAge', [String(age)], false, 'NUMERIC');
    }
    // setDate: the same ISO text as toISOString, without V8's slow date formatting, and parsed already.
    c.setDate('aws:TokenIssueTime', s.createdAt.getTime(), K.tokenIssueTime);
  }
  if (origin.sourceIp) c.setLowered(K.sourceIp, 'aws:SourceIp', [origin.sourceIp], false, 'IP');
  c.setDate('aws:CurrentTime', ms, K.currentTime);
  c.setLowered(K.epochTime, 'aws:EpochTime', [String(Math.floor(ms / 1000))], false, 'NUMERIC');
  c.setLowered(K.secureTransport, 'aws:SecureTransport', [origin.secureTransport ? 'true' : 'false'], false, 'BOOLEAN');
  if (s.context) for (const k of Object.keys(s.context)) setValue(c, k, s.context[k]);
  for (const k of Object.keys(extra)) setValue(c, k, extra[k]);
  return c;
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

/** aws:PrincipalTag/KEY names per tag key, as written and lowercased: bounded, like lowerKey's cache. */
const TAG_KEYS = new Map<string, { name: string; lower: string }>();
const TAG_KEYS_MAX = 4096;

function setTag(c: PolicyContext, t: { key: string; value: string }): void {
  let k = TAG_KEYS.get(t.key);
  if (k === undefined) {
    const name = `aws:PrincipalTag/${t.key}`;
    k = { name, lower: lowerKey(name) };
    if (TAG_KEYS.size >= TAG_KEYS_MAX) TAG_KEYS.clear();
    TAG_KEYS.set(t.key, k);
  }
  c.setLowered(k.lower, k.name, [t.value], false, 'STRING');
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
