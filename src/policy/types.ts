/**
 * Public types of the policy library: findings, the parsed document (AST with JSON paths), compiled
 * policies and evaluation results. Everything else in src/policy builds on these.
 */

/** Same severities as IAM Access Analyzer's ValidatePolicy findings. */
export type Severity = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. 'MISSING_EFFECT'. */
  code: string;
  /** AWS's (moto's) message text where one exists. */
  message: string;
  /** JSON path of the offending node, e.g. `$.Statement[1].Condition.StringEquals`. */
  path: string;
  /** Extra human detail when `message` is AWS's terse text. */
  detail?: string;
}

/** RESOURCE: a resource-based policy (an S3 bucket policy, an SQS queue policy…): a Principal per statement. */
export type PolicyKind = 'IDENTITY' | 'TRUST' | 'RESOURCE';
export type PolicyType = 'MANAGED' | 'INLINE';

export interface ValidateOptions {
  kind: PolicyKind;
  policyType?: PolicyType;
  /** CreatePolicy/PutUserPolicy semantics: Version 2012-10-17 is required. */
  forStorage?: boolean;
}

export interface Located<T> {
  value: T;
  path: string;
}

export interface StringListElement {
  path: string;
  isArray: boolean;
  values: Located<string>[];
}

export interface PrincipalEntry {
  /** 'AWS' | 'Federated' | 'Service' | 'CanonicalUser' or whatever the document says. */
  type: string;
  path: string;
  values: Located<string>[];
}

export interface PrincipalElement {
  path: string;
  /** `"Principal": "*"` */
  wildcard: boolean;
  entries: PrincipalEntry[];
}

export interface ConditionKeyEntry {
  key: string;
  path: string;
  isArray: boolean;
  /** String form of each JSON string/number/boolean value. */
  values: Located<string>[];
}

export interface ConditionOperatorEntry {
  operator: string;
  path: string;
  keys: ConditionKeyEntry[];
}

export interface ConditionElement {
  path: string;
  operators: ConditionOperatorEntry[];
}

export interface PolicyStatement {
  index: number;
  path: string;
  sid?: Located<string>;
  effect?: Located<string>;
  principal?: PrincipalElement;
  notPrincipal?: PrincipalElement;
  action?: StringListElement;
  notAction?: StringListElement;
  resource?: StringListElement;
  notResource?: StringListElement;
  condition?: ConditionElement;
  /** Keys that are not statement elements (reported by the validator). */
  unknownKeys: Located<string>[];
  /** The raw JSON value of the Condition element, for listings. */
  conditionJson?: unknown;
}

export interface PolicyDocument {
  source: string;
  version?: Located<string>;
  id?: Located<string>;
  statements: PolicyStatement[];
  /** Path of the Statement element, absent when the document has none. */
  statementPath?: string;
  unknownKeys: Located<string>[];
}

export interface ParseResult {
  /** null only when the text is not a JSON object. */
  document: PolicyDocument | null;
  /** Syntax-level findings: JSON errors, duplicate keys, wrong element types. */
  findings: Finding[];
}

/** A statement as shown in "effective permissions" listings. */
export interface NormalizedStatement {
  sid: string | null;
  effect: string | null;
  actions: string[];
  notActions: string[];
  resources: string[];
  notResources: string[];
  condition: unknown | null;
}

export type ContextKeyType =
  | 'STRING'
  | 'STRING_LIST'
  | 'NUMERIC'
  | 'NUMERIC_LIST'
  | 'BOOLEAN'
  | 'BOOLEAN_LIST'
  | 'DATE'
  | 'DATE_LIST'
  | 'IP'
  | 'IP_LIST'
  | 'BINARY'
  | 'BINARY_LIST';

export interface ContextEntry {
  contextKeyName: string;
  contextKeyValues: string[];
  contextKeyType: ContextKeyType;
}

export type Decision = 'ALLOWED' | 'EXPLICIT_DENY' | 'IMPLICIT_DENY';
export type Scope = 'IDENTITY' | 'BOUNDARY' | 'SESSION' | 'TRUST' | 'RESOURCE';

export interface MatchedStatement<M = unknown> {
  policy: M;
  statementIndex: number;
  sid: string | null;
  effect: 'Allow' | 'Deny';
  scope: Scope;
}

export interface EvaluationResult<M = unknown> {
  decision: Decision;
  matchedStatements: MatchedStatement<M>[];
  missingContextValues: string[];
  /** null when no permissions boundary applies. */
  allowedByPermissionsBoundary: boolean | null;
  /** Which layer caused a deny; absent when ALLOWED. */
  deniedBy?: Scope;
}

export type PrincipalType = 'AWS' | 'Federated' | 'Service' | 'CanonicalUser';

export interface TrustPrincipal {
  type: PrincipalType;
  /** The caller's ARN (or provider ARN / service name). */
  arn?: string;
  /** Every identifier the caller can be matched by (role ARN, session ARN, account id...). */
  identifiers?: readonly string[];
  /** An AWS caller's identity providers, matched by `Federated` principals (a web-identity or SAML session's provider). */
  federated?: readonly string[];
}
