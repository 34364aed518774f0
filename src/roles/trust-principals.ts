import { parseIamArn } from '../kernel/arn';
import { type Located,parsePolicy } from '../policy';

/**
 * A trust policy names principals by ARN, but trusts identities: when the policy is saved, each
 * ARN of an IAM user, role or role session is transformed to the principal's unique id, and the
 * evaluation compares unique ids ("AWS JSON policy elements: Principal", IAM user and IAM role
 * principals: "that ARN transforms to the role unique principal ID when you save the policy").
 * A principal renamed keeps its trust; one deleted and re-created under the same name does not
 * inherit it. Shown to readers, the ids are transformed back to the principals' current ARNs, or
 * left as ids once the principal is gone, as AWS shows them.
 *
 * `TrustPrincipalIds` maps each ARN as written in the document to the unique id it named then:
 * `AIDA…` (user), `AROA…` (role), `AROA…:SESSION` (an assumed-role session of that role).
 */
export type TrustPrincipalIds = Record<string, string>;

/** What a principal ARN in a trust policy refers to, for resolution. */
export type PrincipalReference =
  | { kind: 'USER' | 'ROLE'; account: string; path: string; name: string }
  | { kind: 'ROLE_SESSION'; account: string; roleName: string; sessionName: string }
  | { kind: 'FEDERATED_USER'; account: string }
  | { kind: 'PROVIDER'; account: string; arn: string };

const ACCOUNT_ONLY = /^(\d{12}|arn:aws:iam::\d{12}:root)$/;

/**
 * The IAM identity an `AWS` or `Federated` principal value names, or null for values that name no
 * IAM identity (`*`, an account, a service or a provider's domain name).
 */
export function principalReference(type: string, value: string): PrincipalReference | null {
  if (value === '*' || ACCOUNT_ONLY.test(value)) return null;
  const parsed = parseIamArn(value);
  if (!parsed) return null;
  if (type === 'Federated') {
    if (parsed.service === 'iam' && (parsed.resourceType === 'oidc-provider' || parsed.resourceType === 'saml-provider')) {
      return { kind: 'PROVIDER', account: parsed.account, arn: value };
    }
    return null;
  }
  if (type !== 'AWS') return null;
  if (parsed.resourceType === 'assumed-role') {
    // arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION: the "path" is /ROLE/.
    const roleName = parsed.path.slice(1, -1);
    if (!roleName || roleName.includes('/')) return null;
    return { kind: 'ROLE_SESSION', account: parsed.account, roleName, sessionName: parsed.name };
  }
  if (parsed.resourceType === 'federated-user') return { kind: 'FEDERATED_USER', account: parsed.account };
  if (parsed.service === 'iam' && (parsed.resourceType === 'user' || parsed.resourceType === 'role')) {
    return { kind: parsed.resourceType === 'user' ? 'USER' : 'ROLE', account: parsed.account, path: parsed.path, name: parsed.name };
  }
  return null;
}

/** Every value of the Principal and NotPrincipal elements, with its type (`AWS`, `Federated`…) and JSON path. */
export function principalValues(document: string): Array<{ type: string; value: Located<string> }> {
  const doc = parsePolicy(document).document;
  const out: Array<{ type: string; value: Located<string> }> = [];
  for (const st of doc?.statements ?? []) {
    for (const el of [st.principal, st.notPrincipal]) {
      for (const entry of el?.entries ?? []) for (const v of entry.values) out.push({ type: entry.type, value: v });
    }
  }
  return out;
}

/**
 * The document with each `AWS` value of Principal and NotPrincipal replaced by `replace(value)`
 * (unchanged where it returns null), as compact JSON; the input text itself when nothing changes.
 * Only principal positions are touched: AWS does not transform ARNs in conditions.
 */
export function replacePrincipals(document: string, replace: (value: string) => string | null): string {
  let json: unknown;
  try {
    json = JSON.parse(document);
  } catch {
    return document;
  }
  let changed = false;
  const swap = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    const r = replace(v);
    if (r === null || r === v) return v;
    changed = true;
    return r;
  };
  const statements = (json as { Statement?: unknown })?.Statement;
  for (const st of Array.isArray(statements) ? statements : [statements]) {
    if (!st || typeof st !== 'object') continue;
    for (const key of ['Principal', 'NotPrincipal']) {
      const el = (st as Record<string, unknown>)[key];
      if (!el || typeof el !== 'object') continue;
      const aws = (el as Record<string, unknown>).AWS;
      if (aws === undefined) continue;
      (el as Record<string, unknown>).AWS = Array.isArray(aws) ? aws.map(swap) : swap(aws);
    }
  }
  return changed ? JSON.stringify(json) : document;
}
