/**
 * Checks of single policy elements, with AWS's MalformedPolicyDocument texts as moto reproduces
 * them (getmoto/moto `moto/iam/policy_validation.py`, `tests/test_iam/test_iam_policies.py`):
 * actions ("IAM JSON policy elements: Action"), resource ARNs ("…: Resource", "IAM identifiers"),
 * principals ("AWS JSON policy elements: Principal"), and typed condition values
 * ("IAM JSON policy elements: Condition operators").
 */
import { parseOperator, suggestOperator } from './condition-operators';
import { parseCidr } from './ip-cidr';
import { parseBase64, parseDate, parseNumber } from './typed-values';
import { ConditionElement, Finding, Located, PrincipalElement, Severity } from './types';

export const LEGACY_MESSAGE = 'The policy failed legacy parsing';
export const VERSION_MESSAGE = 'Policy document must be version 2012-10-17 or greater.';

export function finding(severity: Severity, code: string, message: string, path: string, detail?: string): Finding {
  return detail === undefined ? { severity, code, message, path } : { severity, code, message, path, detail };
}

const VENDOR = /^[a-zA-Z0-9\-.]+$/;

export function checkAction(a: Located<string>, out: Finding[]): void {
  const v = a.value;
  if (v === '*') return;
  const parts = v.split(':');
  if (parts.length === 1) {
    out.push(finding('ERROR', 'ACTION_MISSING_VENDOR', 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.', a.path));
  } else if (parts.length > 2) {
    out.push(finding('ERROR', 'ACTION_MULTIPLE_COLONS', 'Actions/Condition can contain only one colon.', a.path));
  } else if (parts[0] !== '*' && !VENDOR.test(parts[0])) {
    out.push(finding('ERROR', 'INVALID_VENDOR', `Vendor ${parts[0]} is not valid`, a.path));
  } else if (parts[1] === '') {
    out.push(finding('WARNING', 'EMPTY_ACTION_NAME', `Action ${v} names no action.`, a.path));
  }
}

const IAM_PATHS = [
  'user/', 'federated-user/', 'role/', 'group/', 'instance-profile/', 'mfa/', 'server-certificate/',
  'policy/', 'sms-mfa/', 'saml-provider/', 'oidc-provider/', 'report/', 'access-report/',
];
const REGIONLESS: Record<string, (r: string) => string> = {
  iam: (r) => `IAM resource ${r} cannot contain region information.`,
  s3: (r) => `Resource ${r} can not contain region information.`,
};
/**
 * S3 resource types that live in a Region ("Actions, resources, and condition keys for Amazon S3",
 * resource types: access points, Batch Operations jobs, Storage Lens, Access Grants, Multi-Region
 * Access Point requests); buckets and objects carry none. moto accepts `accesspoint/`.
 */
const S3_REGIONAL = ['accesspoint/', 'job/', 'storage-lens/', 'storage-lens-group/', 'access-grants/', 'async-request/'];
/** Partitions a policy here may name (this service is one `aws` account; `*` is any partition). */
const PARTITIONS = new Set(['aws', '*']);

/**
 * The format of a Resource/NotResource entry, in the order AWS checks it (moto's
 * `_validate_resource_format`, whose messages were recorded from AWS):
 *  - no colon at all: not an ARN;
 *  - the second field is the partition (the first is not checked): an unknown one is reported with
 *    the fields that follow, a missing field shown as `*`;
 *  - no third field: the vendor is missing;
 *  - IAM and S3 resources carry no region (except S3's regional resource types);
 *  - an IAM resource starts with one of IAM's resource types.
 * Short ARNs such as `arn:aws:fdsasf` are accepted, as AWS does; the legacy parser below refuses
 * some of the others.
 */
export function resourceFormatError(r: Located<string>): Finding | null {
  const v = r.value;
  if (v === '*') return null;
  const c1 = v.indexOf(':');
  if (c1 < 0) return finding('ERROR', 'INVALID_ARN', `Resource ${v} must be in ARN format or "*".`, r.path);
  const rest = v.slice(c1 + 1);
  const c2 = rest.indexOf(':');
  const partition = c2 < 0 ? rest : rest.slice(0, c2);
  if (!PARTITIONS.has(partition)) {
    const more = c2 < 0 ? [''] : rest.slice(c2 + 1).split(':');
    const f1 = more[0] !== '' || more.length > 1 ? more[0] : '*';
    const f2 = more.length > 1 ? more[1] : '*';
    const f3 = more.length > 2 ? more[2] : '*';
    const f4 = more.length > 3 ? more.slice(3).join(':') : '*';
    return finding('ERROR', 'INVALID_PARTITION', `Partition "${partition}" is not valid for resource "arn:${partition}:${f1}:${f2}:${f3}:${f4}".`, r.path);
  }
  if (c2 < 0) return finding('ERROR', 'INVALID_RESOURCE_VENDOR', 'Resource vendor must be fully qualified and cannot contain regexes.', r.path);
  const afterPartition = rest.slice(c2 + 1);
  const c3 = afterPartition.indexOf(':');
  const service = c3 < 0 ? afterPartition : afterPartition.slice(0, c3);
  const region = c3 < 0 ? '' : afterPartition.slice(c3 + 1);
  // The resource id: after the region and account fields.
  const c4 = region.indexOf(':');
  const c5 = c4 < 0 ? -1 : region.indexOf(':', c4 + 1);
  const resourceId = c5 < 0 ? '' : region.slice(c5 + 1);
  if (REGIONLESS[service] && !region.startsWith(':')) {
    if (!(service === 's3' && S3_REGIONAL.some((t) => resourceId.startsWith(t)))) {
      return finding('ERROR', 'RESOURCE_REGION_NOT_ALLOWED', REGIONLESS[service](v), r.path);
    }
  }
  if (service === 'iam') {
    const ok =
      resourceId === 'root' ||
      /^[*?]/.test(resourceId) ||
      IAM_PATHS.some((p) => resourceId.startsWith(p) || (resourceId.includes('*') && p.startsWith(resourceId.slice(0, resourceId.indexOf('*')))));
    if (!ok) {
      return finding('ERROR', 'INVALID_IAM_RESOURCE_PATH', `IAM resource path must either be "*" or start with ${IAM_PATHS.join(', ')}.`, r.path);
    }
  }
  return null;
}

/**
 * AWS's "legacy parsing" of a resource (moto `_legacy_parse_resource_like`): an ARN with fewer
 * than five colons may not contain `::`, and the vendor field may not be empty.
 */
export function resourceLegacyError(r: Located<string>): Finding | null {
  const v = r.value;
  if (v === '*') return null;
  let colons = 0;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) === 0x3a) colons++;
  const shortWithEmpty = colons < 5 && v.includes('::');
  const emptyVendor = v.split(':', 3)[2] === '';
  if (!shortWithEmpty && !emptyVendor) return null;
  return finding('ERROR', 'RESOURCE_LEGACY_PARSING', LEGACY_MESSAGE, r.path, shortWithEmpty ? 'an ARN with fewer than six fields cannot leave one empty' : 'the service field is empty');
}

/** Warnings on a resource that AWS stores as is. */
export function resourceWarnings(r: Located<string>, out: Finding[]): void {
  const v = r.value;
  const fifth = v.split(':').slice(0, 5).join(':');
  if (fifth.includes('${')) {
    out.push(
      finding('WARNING', 'VARIABLE_IN_ARN_PREFIX', 'Policy variables are only substituted after the fifth colon of a resource ARN; this one stays literal text.', r.path),
    );
  }
}

const AWS_PRINCIPAL = /^arn:aws:(iam::\d{12}:(root|user\/.+|role\/.+|federated-user\/.+|assumed-role\/.+)|sts::\d{12}:(assumed-role|federated-user)\/.+)$/;
const FEDERATED_ARN = /^arn:aws:iam::\d{12}:(saml-provider|oidc-provider)\/.+$/;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

export function checkPrincipal(el: PrincipalElement, name: string, out: Finding[]): void {
  if (el.wildcard) return;
  if (el.entries.length === 0) {
    out.push(finding('ERROR', 'INVALID_PRINCIPAL', `Invalid principal in policy: ${name} is empty`, el.path));
  }
  for (const e of el.entries) {
    if (e.values.length === 0) {
      out.push(finding('ERROR', 'INVALID_PRINCIPAL', `Invalid principal in policy: "${e.type}":[]`, e.path));
    }
    for (const v of e.values) {
      let ok: boolean;
      // "You cannot use a wildcard to match part of a principal name or ARN": only a lone "*".
      if (v.value !== '*' && /[*?]/.test(v.value)) {
        out.push(finding('ERROR', 'INVALID_PRINCIPAL', `Invalid principal in policy: "${e.type}":"${v.value}"`, v.path, 'a principal ARN takes no wildcard; name the principal, or use "*" with an aws:PrincipalArn condition'));
        continue;
      }
      switch (e.type) {
        case 'AWS':
          ok = v.value === '*' || /^\d{12}$/.test(v.value) || AWS_PRINCIPAL.test(v.value);
          break;
        case 'Federated':
          ok = FEDERATED_ARN.test(v.value) || DOMAIN.test(v.value);
          break;
        case 'Service':
          ok = DOMAIN.test(v.value) || v.value === '*';
          break;
        case 'CanonicalUser':
          ok = /^[0-9a-f]{64}$/.test(v.value);
          break;
        default:
          ok = false;
      }
      if (!ok) out.push(finding('ERROR', 'INVALID_PRINCIPAL', `Invalid principal in policy: "${e.type}":"${v.value}"`, v.path));
    }
  }
}

const SINGLE_VALUED_VARIABLE = /\$\{\s*(aws:TagKeys|aws:PrincipalOrgPaths|aws:CalledVia|aws:PrincipalServiceNamesList)\b/i;

export function checkCondition(el: ConditionElement, variables: boolean, out: Finding[]): void {
  if (el.operators.length === 0) {
    out.push(finding('SUGGESTION', 'EMPTY_OBJECT_CONDITION', 'The Condition element is empty and can be removed.', el.path));
  }
  for (const op of el.operators) {
    const parsed = parseOperator(op.operator);
    if (!parsed) {
      if (op.keys.length === 0) {
        out.push(finding('SUGGESTION', 'EMPTY_OBJECT_CONDITION', `Condition operator ${op.operator} has no keys and can be removed.`, op.path));
        continue;
      }
      const hint = suggestOperator(op.operator);
      const detail = /^Null.*IfExists$/.test(op.operator.replace(/^For(Any|All)Values:/, ''))
        ? 'Null takes no IfExists suffix'
        : hint && hint !== op.operator
          ? `unknown condition operator ${op.operator}; operators are case-sensitive: did you mean ${hint}?`
          : `unknown condition operator ${op.operator}`;
      out.push(finding('ERROR', 'UNKNOWN_OPERATOR', 'Syntax errors in policy.', op.path, detail));
      continue;
    }
    if (op.keys.length === 0) {
      out.push(finding('SUGGESTION', 'EMPTY_OBJECT_CONDITION', `Condition operator ${op.operator} has no keys and can be removed.`, op.path));
    }
    const family = parsed.spec.family;
    for (const k of op.keys) {
      // AWS accepts a key without a service prefix (moto's valid documents: {"StringEqualsIfExists": {"a": "asf"}}),
      // unlike an action; no request context AWS builds has one, hence a warning only.
      if (!k.key.includes(':')) {
        out.push(finding('WARNING', 'CONDITION_KEY_WITHOUT_PREFIX', `Condition key ${k.key} has no service prefix (such as aws: or s3:); no AWS request carries such a key.`, k.path));
      }
      if (k.isArray && k.values.length === 0) {
        out.push(finding('WARNING', 'EMPTY_CONDITION_VALUES', `Condition key ${k.key} has an empty list of values and can never match.`, k.path));
      }
      for (const v of k.values) checkConditionValue(family, op.operator, v, variables, out);
    }
  }
}

function checkConditionValue(family: string, operator: string, v: Located<string>, variables: boolean, out: Finding[]): void {
  const hasVar = v.value.includes('${');
  const why = hasVar ? ' (policy variables are not allowed in this operator)' : '';
  switch (family) {
    case 'Date':
      if (parseDate(v.value) === undefined) out.push(finding('ERROR', 'INVALID_DATE', LEGACY_MESSAGE, v.path, `${operator} needs an ISO-8601 date or epoch seconds, got "${v.value}"${why}`));
      return;
    case 'Numeric':
      if (parseNumber(v.value) === undefined) out.push(finding('ERROR', 'INVALID_NUMBER', `Type mismatch: ${operator} needs a number, got "${v.value}"${why}.`, v.path));
      return;
    case 'Ip':
      if (parseCidr(v.value) === undefined) out.push(finding('ERROR', 'INVALID_IP', `Type mismatch: ${operator} needs an IP address or CIDR, got "${v.value}"${why}.`, v.path));
      return;
    case 'Binary':
      if (parseBase64(v.value) === undefined) out.push(finding('ERROR', 'INVALID_BINARY', `Type mismatch: ${operator} needs base64, got "${v.value}"${why}.`, v.path));
      return;
    case 'Null':
      if (!/^(true|false)$/i.test(v.value)) out.push(finding('ERROR', 'INVALID_NULL_VALUE', `Type mismatch: Null needs "true" or "false", got "${v.value}".`, v.path));
      return;
    case 'Bool':
      if (!hasVar && !/^(true|false)$/i.test(v.value)) out.push(finding('ERROR', 'INVALID_BOOL', `Type mismatch: ${operator} needs "true" or "false", got "${v.value}".`, v.path));
      break;
  }
  if (hasVar && variables && SINGLE_VALUED_VARIABLE.test(v.value)) {
    out.push(finding('WARNING', 'MULTIVALUED_VARIABLE', 'Multivalued context keys cannot be used as policy variables; this variable never has a value.', v.path));
  }
}
