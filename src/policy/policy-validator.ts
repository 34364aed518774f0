/**
 * Write-time validation into Access Analyzer-like findings ("Grammar of the IAM JSON policy
 * language", "IAM JSON policy elements: Version/Statement/Sid/Effect", "IAM and AWS STS quotas",
 * moto's policy validator for AWS's MalformedPolicyDocument texts). Never throws.
 */
import { checkAction, checkCondition, checkPrincipal, finding, LEGACY_MESSAGE, resourceFormatError, resourceLegacyError, resourceWarnings, VERSION_MESSAGE } from './element-checks';
import { inAwsOrder } from './finding-order';
import { parsePolicy, SYNTAX_MESSAGE } from './policy-parser';
import { Finding, PolicyDocument, PolicyStatement, ValidateOptions } from './types';
import { compileGlob, matchGlob } from './wildcard';

export { VERSION_MESSAGE } from './element-checks';

/**
 * Quotas from "IAM and AWS STS quotas": sizes count non-whitespace characters. `documentLength`
 * is the API's bound on a document with its whitespace (policyDocumentType: 1 to 131,072
 * characters, in CreatePolicy, Put*Policy, CreateRole and the simulators).
 */
export const POLICY_SIZE_LIMITS = Object.freeze({
  documentLength: 131072,
  managed: 6144,
  inlineUser: 2048,
  inlineGroup: 5120,
  inlineRole: 10240,
  trust: 2048,
  trustMax: 4096,
});

/** Size of a policy document as IAM counts it: characters other than space, tab, LF and CR. */
export function policySize(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) n++;
  }
  return n;
}

/** AWS's CreatePolicy constraint on policyDocument: tab, LF, CR and U+0020–U+00FF only. */
const BAD_CHAR = /[^\u0009\u000A\u000D\u0020-\u00FF]/;

const TRUST_ACTIONS = [
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
  'sts:setcontext',
];

function checkVersion(doc: PolicyDocument, o: ValidateOptions, out: Finding[]): void {
  const v = doc.version;
  if (v && v.value !== '2012-10-17' && v.value !== '2008-10-17') {
    out.push(finding('ERROR', 'INVALID_VERSION', SYNTAX_MESSAGE, v.path, `Version must be "2012-10-17" or "2008-10-17", got "${v.value}"`));
    return;
  }
  if (o.forStorage && (!v || v.value === '2008-10-17')) {
    out.push(finding('ERROR', 'VERSION_TOO_OLD', VERSION_MESSAGE, v ? v.path : '$'));
    return;
  }
  if (!v) {
    out.push(finding('WARNING', 'MISSING_VERSION', 'Specify "Version": "2012-10-17"; without it policy variables are literal text.', '$'));
  } else if (v.value === '2008-10-17' && doc.source.includes('${')) {
    out.push(finding('WARNING', 'VARIABLES_IN_OLD_VERSION', 'Policy variables are literal text under Version 2008-10-17; use 2012-10-17.', v.path));
  }
}

function checkStatement(st: PolicyStatement, doc: PolicyDocument, o: ValidateOptions, out: Finding[]): void {
  for (const k of st.unknownKeys) {
    out.push(finding('ERROR', 'UNKNOWN_ELEMENT', SYNTAX_MESSAGE, k.path, `unknown statement element "${k.value}"`));
  }
  if (!st.effect) {
    out.push(finding('ERROR', 'MISSING_EFFECT', SYNTAX_MESSAGE, st.path, 'Effect is required'));
  } else if (st.effect.value !== 'Allow' && st.effect.value !== 'Deny') {
    // moto: a case-only difference passes the syntax check and fails "legacy parsing".
    const caseOnly = /^(allow|deny)$/i.test(st.effect.value);
    out.push(finding('ERROR', 'INVALID_EFFECT', caseOnly ? LEGACY_MESSAGE : SYNTAX_MESSAGE, st.effect.path, 'Effect must be exactly "Allow" or "Deny" (case-sensitive)'));
  }
  if (st.sid && !/^[0-9A-Za-z]*$/.test(st.sid.value)) {
    out.push(
      finding('ERROR', 'INVALID_SID', 'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*', st.sid.path),
    );
  }
  // Pairs: exactly one of each, never an empty list.
  if (st.action && st.notAction) out.push(finding('ERROR', 'ACTION_AND_NOT_ACTION', SYNTAX_MESSAGE, st.path, 'a statement cannot have both Action and NotAction'));
  if (st.resource && st.notResource) out.push(finding('ERROR', 'RESOURCE_AND_NOT_RESOURCE', SYNTAX_MESSAGE, st.path, 'a statement cannot have both Resource and NotResource'));
  if (st.principal && st.notPrincipal) out.push(finding('ERROR', 'PRINCIPAL_AND_NOT_PRINCIPAL', SYNTAX_MESSAGE, st.path, 'a statement cannot have both Principal and NotPrincipal'));
  const actions = st.action ?? st.notAction;
  if (!actions) out.push(finding('ERROR', 'MISSING_ACTION', 'Policy statement must contain actions.', st.path));
  else if (actions.isArray && actions.values.length === 0) out.push(finding('ERROR', 'EMPTY_ACTION', 'Policy statement must contain actions.', actions.path));
  for (const a of [...(st.action?.values ?? []), ...(st.notAction?.values ?? [])]) checkAction(a, out);

  const resources = st.resource ?? st.notResource;
  if (o.kind !== 'TRUST') {
    if (!resources) out.push(finding('ERROR', 'MISSING_RESOURCE', 'Policy statement must contain resources.', st.path));
    else if (resources.isArray && resources.values.length === 0) out.push(finding('ERROR', 'EMPTY_RESOURCE', 'Policy statement must contain resources.', resources.path));
  }
  if (o.kind === 'IDENTITY') {
    if (st.principal || st.notPrincipal) {
      out.push(finding('ERROR', 'PRINCIPAL_NOT_ALLOWED', 'Policy document should not specify a principal.', (st.principal ?? st.notPrincipal)!.path));
    }
  } else {
    if (o.kind === 'TRUST' && resources) out.push(finding('ERROR', 'RESOURCE_NOT_ALLOWED', `Has prohibited field ${st.resource ? 'Resource' : 'NotResource'}`, resources.path));
    // A resource-based policy names whom it applies to in every statement (trust policies too).
    const p = st.principal ?? st.notPrincipal;
    if (!p) out.push(finding('ERROR', 'MISSING_PRINCIPAL', 'Missing required field Principal', st.path));
    if (st.principal) checkPrincipal(st.principal, 'Principal', out);
    if (st.notPrincipal) checkPrincipal(st.notPrincipal, 'NotPrincipal', out);
    if (o.kind === 'TRUST') {
      for (const a of actions?.values ?? []) {
        const g = compileGlob(a.value.toLowerCase());
        const lower = a.value.toLowerCase();
        if (lower !== '*' && (!lower.startsWith('sts:') || !TRUST_ACTIONS.some((t) => matchGlob(g, t, null)))) {
          out.push(finding('ERROR', 'INVALID_TRUST_ACTION', 'AssumeRole policy may only specify STS AssumeRole actions.', a.path));
        }
      }
    }
    if (st.effect?.value === 'Allow') checkAllowPrincipals(st, o.kind === 'TRUST', out);
  }
  for (const r of [...(st.resource?.values ?? []), ...(st.notResource?.values ?? [])]) resourceWarnings(r, out);

  if (st.effect?.value === 'Allow' && st.notAction && st.resource?.values.some((r) => r.value === '*')) {
    out.push(
      finding('SECURITY_WARNING', 'ALLOW_WITH_NOT_ACTION', 'Using Allow with NotAction could be overly permissive. We recommend that you use Action instead.', st.notAction.path),
    );
  }
  if (
    st.effect?.value === 'Allow' &&
    st.action?.values.some((a) => matchGlob(compileGlob(a.value.toLowerCase()), 'iam:passrole', null)) &&
    st.resource?.values.some((r) => r.value === '*')
  ) {
    out.push(finding('SECURITY_WARNING', 'PASS_ROLE_WITH_STAR_IN_RESOURCE', 'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive.', st.resource.path));
  }
  if (st.condition) checkCondition(st.condition, doc.version?.value === '2012-10-17', out);
}

/**
 * Warnings on who an Allow of a trust or resource-based policy admits ("AWS JSON policy elements:
 * Principal", "…: NotPrincipal"): `"AWS": "*"` (or `"*"`) is every principal, "Do not leave your
 * role accessible to everyone!"; NotPrincipal with Allow grants to every principal it does not
 * list, anonymous ones included.
 */
function checkAllowPrincipals(st: PolicyStatement, trust: boolean, out: Finding[]): void {
  const p = st.principal;
  const anyAws = p?.entries.find((e) => e.type === 'AWS' && e.values.some((v) => v.value === '*'));
  if (p && (p.wildcard || anyAws)) {
    const path = anyAws?.path ?? p.path;
    if (trust) {
      out.push(
        finding('WARNING', 'TRUST_ANY_AWS_PRINCIPAL', 'This statement trusts every AWS principal; limit it with conditions (aws:PrincipalArn, aws:PrincipalOrgID) or name the principals.', path),
      );
      if (!st.condition) out.push(finding('SECURITY_WARNING', 'TRUST_ANYONE', 'This trust policy lets anyone assume the role; add conditions or name principals.', path));
    } else if (!st.condition) {
      out.push(finding('SECURITY_WARNING', 'RESOURCE_ANYONE', 'This statement allows every principal, anonymous ones included; add conditions (aws:PrincipalArn, aws:PrincipalOrgID) or name the principals.', path));
    }
  }
  if (st.notPrincipal) {
    out.push(
      finding('WARNING', 'ALLOW_WITH_NOT_PRINCIPAL', 'NotPrincipal with Allow trusts every principal except those listed, anonymous ones included; name the principals in Principal instead.', st.notPrincipal.path),
    );
  }
}

function validateDocument(text: string, o: ValidateOptions): Finding[] {
  const out: Finding[] = [];
  if (text.length > POLICY_SIZE_LIMITS.documentLength) {
    // Not even parsed: AWS refuses such a request before looking at it.
    return [
      finding(
        'ERROR',
        'DOCUMENT_TOO_LONG',
        `1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must have length less than or equal to ${POLICY_SIZE_LIMITS.documentLength}`,
        '$',
        `${text.length} characters`,
      ),
    ];
  }
  if (BAD_CHAR.test(text)) {
    out.push(
      finding(
        'ERROR',
        'INVALID_CHARACTER',
        "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
        '$',
        `character U+${text.codePointAt(text.search(BAD_CHAR))!.toString(16).toUpperCase().padStart(4, '0')} at offset ${text.search(BAD_CHAR)}`,
      ),
    );
  }
  const size = policySize(text);
  if (o.kind === 'TRUST' && size > POLICY_SIZE_LIMITS.trust) {
    out.push(finding('ERROR', 'POLICY_SIZE_EXCEEDED', `Cannot exceed quota for ACLSizePerRole: ${POLICY_SIZE_LIMITS.trust}`, '$', `${size} non-whitespace characters`));
  } else if (o.kind === 'IDENTITY' && (o.policyType ?? 'MANAGED') === 'MANAGED' && size > POLICY_SIZE_LIMITS.managed) {
    out.push(finding('ERROR', 'POLICY_SIZE_EXCEEDED', `Cannot exceed quota for PolicySize: ${POLICY_SIZE_LIMITS.managed}`, '$', `${size} non-whitespace characters`));
  }
  // Over its quota a document is refused whatever it says: not parsed, so the work stays bounded
  // by the quota and not by the request size.
  if (out.length > 0 && out[out.length - 1].code === 'POLICY_SIZE_EXCEEDED') return out;
  const { document: doc, findings } = parsePolicy(text);
  out.push(...findings);
  if (!doc) return out;
  for (const k of doc.unknownKeys) out.push(finding('ERROR', 'UNKNOWN_ELEMENT', SYNTAX_MESSAGE, k.path, `unknown top-level element "${k.value}"`));
  if (o.kind === 'IDENTITY' && doc.id && o.forStorage) {
    out.push(finding('WARNING', 'ID_IGNORED', 'The Id element is not used by identity-based policies.', doc.id.path));
  }
  checkVersion(doc, o, out);
  if (doc.statementPath === undefined) {
    out.push(finding('ERROR', 'MISSING_STATEMENT', SYNTAX_MESSAGE, '$', 'Statement is required'));
    return out;
  }
  if (doc.statements.length === 0 && !findings.some((f) => f.path.startsWith(doc.statementPath!))) {
    out.push(finding('ERROR', 'EMPTY_STATEMENT', SYNTAX_MESSAGE, doc.statementPath, 'Statement must not be empty'));
  }
  const sids = new Map<string, string>();
  for (const st of doc.statements) {
    checkStatement(st, doc, o, out);
    const sid = st.sid?.value;
    if (sid) {
      if (sids.has(sid)) out.push(finding('ERROR', 'DUPLICATE_SID', 'Statement IDs (SID) in a single policy must be unique.', st.sid!.path));
      else sids.set(sid, st.sid!.path);
    }
  }
  checkResources(doc, out);
  return inAwsOrder(out);
}

/**
 * Resource formats and legacy parsing as AWS runs them (moto `_validate_resources_for_formats`):
 * every Resource, then every NotResource, statement by statement, each statement's entries in
 * descending order; the legacy parse of a statement runs only while no format error was met, and
 * AWS reports the last format error it met, so the findings go out last first.
 */
function checkResources(doc: PolicyDocument, out: Finding[]): void {
  const formatErrors: Finding[] = [];
  for (const key of ['resource', 'notResource'] as const) {
    for (const st of doc.statements) {
      const el = st[key];
      if (!el) continue;
      const sorted = [...el.values].sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
      for (const r of sorted) {
        const f = resourceFormatError(r);
        if (f) formatErrors.push(f);
      }
      if (formatErrors.length > 0) continue;
      for (const r of el.values) {
        const f = resourceLegacyError(r);
        if (f) out.push(f);
      }
    }
  }
  out.push(...formatErrors.reverse());
}

/** Validates a policy document. Never throws, whatever `text` is. */
export function validatePolicy(text: string, options: ValidateOptions = { kind: 'IDENTITY' }): Finding[] {
  try {
    if (typeof text !== 'string') return [finding('ERROR', 'INVALID_JSON', SYNTAX_MESSAGE, '$', 'the policy document must be a string')];
    const o = options ?? { kind: 'IDENTITY' };
    // Anything but an explicit TRUST or RESOURCE is checked as an identity policy.
    return validateDocument(text, { ...o, kind: o.kind === 'TRUST' || o.kind === 'RESOURCE' ? o.kind : 'IDENTITY' });
  } catch (e) {
    return [finding('ERROR', 'INTERNAL_VALIDATION_FAILURE', SYNTAX_MESSAGE, '$', String(e))];
  }
}

/** True when no finding is an ERROR. */
export function isValid(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === 'ERROR');
}
