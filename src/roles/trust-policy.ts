import { Errors } from '../kernel/errors';
import { type Finding, isValid, type Located,validatePolicy } from '../policy';

/** CreateRole's AssumeRolePolicyDocument and UpdateAssumeRolePolicy's PolicyDocument: 1 to 131,072 characters. */
export const TRUST_POLICY_MAX_LENGTH = 131072;

/**
 * Validates a role's trust policy (AssumeRolePolicyDocument) as CreateRole and UpdateAssumeRolePolicy
 * do: a resource-based policy whose statements name a Principal (AWS, Federated or Service) and only
 * STS AssumeRole* actions, at most 2,048 non-whitespace characters. Version 2008-10-17 is still
 * accepted for trust policies (AWS's own service roles were long written with it).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
export function assertTrustPolicy(field: string, document: string): void {
  // The parameter's own bound (whitespace included); the document's 2,048 non-whitespace
  // characters are checked by the validator.
  if (document.length > TRUST_POLICY_MAX_LENGTH) {
    throw Errors.badInput(field, `Invalid ${field}: at most ${TRUST_POLICY_MAX_LENGTH} characters`);
  }
  const findings = validatePolicy(document, { kind: 'TRUST', forStorage: false });
  if (!isValid(findings)) throw malformed(findings);
}

/** AWS's MalformedPolicyDocument for a principal that does not exist (or cannot exist here). */
export function invalidPrincipal(type: string, value: Located<string>) {
  const message = `Invalid principal in policy: "${type}":"${value.value}"`;
  return Errors.malformedPolicy(message, [{ message, path: value.path, severity: 'ERROR', code: 'INVALID_PRINCIPAL' }]);
}

/** A session policy (AssumeRole's Policy): an identity policy of at most 2,048 characters. */
export const SESSION_POLICY_MAX_CHARS = 2048;

export function assertSessionPolicy(field: string, document: string): void {
  if (document.length > SESSION_POLICY_MAX_CHARS) {
    throw Errors.badInput(field, `Invalid ${field}: a session policy is at most ${SESSION_POLICY_MAX_CHARS} characters`);
  }
  const findings = validatePolicy(document, { kind: 'IDENTITY', policyType: 'INLINE', forStorage: false });
  if (!isValid(findings)) throw malformed(findings);
}

function malformed(findings: Finding[]) {
  const errors = findings.filter((f) => f.severity === 'ERROR');
  return Errors.malformedPolicy(
    errors[0]?.message ?? 'Syntax errors in policy.',
    errors.map((f) => ({ message: f.detail ? `${f.message} (${f.detail})` : f.message, path: f.path, severity: f.severity, code: f.code })),
  );
}
