/**
 * The door of the policy library: parse, validate, compile and evaluate AWS IAM policy documents.
 * Pure: no I/O, no database, no GraphQL. See README.md beside this file.
 */
export * from './types';
export { parsePolicy } from './policy-parser';
export { validatePolicy, isValid, policySize, POLICY_SIZE_LIMITS, VERSION_MESSAGE } from './policy-validator';
export { compilePolicy, matchesAction } from './policy-compiler';
export type { CompiledPolicy, CompiledStatement, CompileOptions } from './policy-compiler';
export { evaluate, layerIndex } from './policy-evaluator';
export type { PolicySet, AuthzRequest } from './policy-evaluator';
export { evaluateResourcePolicy, evaluateTrust } from './trust-evaluator';
export { decideWithResourcePolicy } from './resource-decision';
export type { ResourceDecisionRequest, ResourceDecisionResult } from './resource-decision';
export type { GrantCaller } from './principal-grants';
export type { TrustRequest } from './trust-evaluator';
export { decideAssumeRole } from './assume-role-decision';
export type { AssumeRoleCaller, AssumeRoleRequest, AssumeRoleResult, TrustGrant } from './assume-role-decision';
export { ContextValue, dateValue, lowerKey, RequestContext } from './context';
export type { ContextSource } from './context';
export { buildContext, contextFromEntries } from './context-entries';
export type { ContextInput, ContextScalar } from './context-entries';
export { explain } from './explain';
export type { ExplainOptions } from './explain';
export { normalizeStatements } from './normalized-statements';
export { scanJson } from './json-scanner';
export { parseOperator, OPERATORS } from './condition-operators';
export { withWorkLimit, workSteps, WorkLimitExceeded } from './work-meter';
