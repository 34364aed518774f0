import { Errors } from '../kernel/errors';
import { type Finding, isValid, type PolicyType,validatePolicy } from '../policy';

/** Findings as the MALFORMED_POLICY_DOCUMENT extension carries them. */
export function findingsExtension(findings: readonly Finding[]) {
  return findings.map((f) => ({ message: f.detail ? `${f.message} (${f.detail})` : f.message, path: f.path, severity: f.severity, code: f.code }));
}

/**
 * A document to store (CreatePolicy, CreatePolicyVersion, Put*Policy): it must pass the validator
 * with AWS's storage rules (Version 2012-10-17, size quota), else MALFORMED_POLICY_DOCUMENT with
 * the error findings, the first one's AWS message as the error message.
 */
export function assertValidDocument(document: string, field: string, policyType: PolicyType): void {
  if (typeof document !== 'string' || document.length === 0) throw Errors.badInput(field, `Invalid ${field}: a JSON policy document is required`);
  const findings = validatePolicy(document, { kind: 'IDENTITY', policyType, forStorage: true });
  if (!isValid(findings)) {
    const errors = findings.filter((f) => f.severity === 'ERROR');
    throw Errors.malformedPolicy(errors[0]!.message, findingsExtension(errors));
  }
}

/**
 * A resource-based policy (putResourcePolicy's, and the one the simulators and isAuthorized are
 * given): it must pass the validator's resource-policy rules, else MALFORMED_POLICY_DOCUMENT with the
 * error findings located under `field`; `named`: the message names the field too, as the
 * simulators' messages about their inputs do.
 */
export function assertValidResourcePolicy(document: string, field: string, named = false): void {
  const findings = validatePolicy(document, { kind: 'RESOURCE' });
  if (isValid(findings)) return;
  const errors = findings.filter((f) => f.severity === 'ERROR').map((f) => ({ ...f, path: `${field}${f.path.slice(1)}` }));
  throw Errors.malformedPolicy(named ? `${errors[0]!.message} (${field})` : errors[0]!.message, findingsExtension(errors));
}
