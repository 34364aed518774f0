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

export function checkResource(r: Located<string>, out: Finding[]): void {
  const v = r.value;
  if (v === '*') return;
  const parts = v.split(':');
  if (parts.length < 2) {
    out.push(finding('ERROR', 'INVALID_ARN', `Resource ${v} must be in ARN format or "*".`, r.path));
    return;
  }
  if (parts[0] !== 'arn') {
    out.push(finding('ERROR', 'INVALID_ARN', `Resource ${v} must be in ARN format or "*".`, r.path, 'an ARN starts with "arn:"'));
    return;
  }
  if (parts[1] !== 'aws') {
    const p = (i: number): string => (parts[i] !== undefined && parts[i] !== '' ? parts[i] : '*');
    out.push(
      finding(
        'ERROR',
        'INVALID_PARTITION',
        `Partition "${parts[1]}" is not valid for resource "arn:${parts[1]}:${p(2)}:${p(3)}:${p(4)}:${parts.length > 5 ? parts.slice(5).join(':') : '*'}".`,
        r.path,
      ),
    );
    return;
  }
  if (parts.length < 3) {
    out.push(finding('ERROR', 'INVALID_RESOURCE_VENDOR', 'Resource vendor must be fully qualified and cannot contain regexes.', r.path));
    return;
  }
  if (parts.length < 6) {
    out.push(finding('ERROR', 'INVALID_ARN', `Resource ${v} must be in ARN format or "*".`, r.path, 'an ARN has six colon-separated parts'));
    return;
  }
  const service = parts[2];
  if (service === '') {
    out.push(finding('ERROR', 'INVALID_RESOURCE_VENDOR', 'Resource vendor must be fully qualified and cannot contain regexes.', r.path));
    return;
  }
  if (REGIONLESS[service] && parts[3] !== '') {
    out.push(finding('ERROR', 'RESOURCE_REGION_NOT_ALLOWED', REGIONLESS[service](v), r.path));
    return;
  }
  if (service === 'iam') {
    const res = parts.slice(5).join(':');
    const ok = res === 'root' || /^[*?]/.test(res) || IAM_PATHS.some((p) => res.startsWith(p) || (res.includes('*') && p.startsWith(res.slice(0, res.indexOf('*')))));
    if (!ok) {
      out.push(finding('ERROR', 'INVALID_IAM_RESOURCE_PATH', `IAM resource path must either be "*" or start with ${IAM_PATHS.join(', ')}.`, r.path));
    }
  }
  const fifth = parts.slice(0, 5).join(':');
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
      if (!k.key.includes(':')) {
        out.push(finding('ERROR', 'CONDITION_KEY_MISSING_VENDOR', 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.', k.path));
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
