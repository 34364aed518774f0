/**
 * Validator findings with AWS's MalformedPolicyDocument texts as moto reproduces them
 * (getmoto/moto tests/test_iam/test_iam_policies.py) and IAM Access Analyzer-like codes.
 */
import { buildContext, compilePolicy, evaluate, isValid,POLICY_SIZE_LIMITS, policySize, ValidateOptions, validatePolicy } from '../../src/policy';

const GRAMMAR = 'Grammar of the IAM JSON policy language';
const MOTO = 'moto tests/test_iam/test_iam_policies.py';
const QUOTAS = 'IAM and AWS STS quotas';
const PRINCIPAL = 'AWS JSON policy elements: Principal';
const OPS = 'IAM JSON policy elements: Condition operators';

interface VCase {
  page: string;
  name: string;
  doc: unknown;
  options?: ValidateOptions;
  code: string;
  message?: string;
  path?: string;
  severity?: string;
}

const st = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...extra });
const d = (statement: unknown, version: string | null = '2012-10-17'): Record<string, unknown> =>
  version === null ? { Statement: statement } : { Version: version, Statement: statement };
const SYNTAX = 'Syntax errors in policy.';
const TRUST: ValidateOptions = { kind: 'TRUST' };
const trustSt = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', ...extra });

const cases: VCase[] = [
  { page: MOTO, name: 'not JSON', doc: '{"Version": "2012-10-17", ', code: 'INVALID_JSON', message: SYNTAX, path: '$' },
  { page: MOTO, name: 'not an object', doc: '[]', code: 'DOCUMENT_NOT_OBJECT', message: SYNTAX },
  { page: MOTO, name: 'unknown top-level element', doc: { ...d(st()), Extra: 1 }, code: 'UNKNOWN_ELEMENT', message: SYNTAX, path: '$.Extra' },
  { page: MOTO, name: 'invalid version', doc: d(st(), '2012-10-18'), code: 'INVALID_VERSION', message: SYNTAX, path: '$.Version' },
  { page: MOTO, name: 'missing version for storage', doc: d(st(), null), options: { kind: 'IDENTITY', forStorage: true }, code: 'VERSION_TOO_OLD', message: 'Policy document must be version 2012-10-17 or greater.' },
  { page: MOTO, name: '2008-10-17 for storage', doc: d(st(), '2008-10-17'), options: { kind: 'IDENTITY', forStorage: true }, code: 'VERSION_TOO_OLD', message: 'Policy document must be version 2012-10-17 or greater.', path: '$.Version' },
  { page: GRAMMAR, name: 'missing version is a warning otherwise', doc: d(st(), null), code: 'MISSING_VERSION', severity: 'WARNING' },
  { page: GRAMMAR, name: 'variables under 2008-10-17 warn', doc: d(st({ Resource: 'arn:aws:s3:::b/${aws:username}' }), '2008-10-17'), code: 'VARIABLES_IN_OLD_VERSION', severity: 'WARNING' },
  { page: MOTO, name: 'missing Statement', doc: { Version: '2012-10-17' }, code: 'MISSING_STATEMENT', message: SYNTAX },
  { page: MOTO, name: 'empty Statement array', doc: d([]), code: 'EMPTY_STATEMENT', message: SYNTAX, path: '$.Statement' },
  { page: MOTO, name: 'Statement is a string', doc: d('x'), code: 'INVALID_ELEMENT_TYPE', message: SYNTAX },
  { page: MOTO, name: 'statement not an object', doc: d([st(), 'x']), code: 'STATEMENT_NOT_OBJECT', path: '$.Statement[1]' },
  { page: MOTO, name: 'unknown statement element', doc: d(st({ Foo: 'x' })), code: 'UNKNOWN_ELEMENT', message: SYNTAX, path: '$.Statement.Foo' },
  { page: MOTO, name: 'missing Effect', doc: d({ Action: 's3:GetObject', Resource: '*' }), code: 'MISSING_EFFECT', message: SYNTAX },
  { page: MOTO, name: 'Effect case is legacy-parsing error', doc: d(st({ Effect: 'denY' })), code: 'INVALID_EFFECT', message: 'The policy failed legacy parsing', path: '$.Statement.Effect' },
  { page: MOTO, name: 'Effect unknown word', doc: d(st({ Effect: 'Maybe' })), code: 'INVALID_EFFECT', message: SYNTAX },
  { page: MOTO, name: 'Action and NotAction', doc: d(st({ NotAction: 's3:PutObject' })), code: 'ACTION_AND_NOT_ACTION', message: SYNTAX },
  { page: MOTO, name: 'Resource and NotResource', doc: d(st({ NotResource: '*' })), code: 'RESOURCE_AND_NOT_RESOURCE', message: SYNTAX },
  { page: MOTO, name: 'missing action', doc: d({ Effect: 'Allow', Resource: '*' }), code: 'MISSING_ACTION', message: 'Policy statement must contain actions.' },
  { page: MOTO, name: 'empty action list', doc: d(st({ Action: [] })), code: 'EMPTY_ACTION', message: 'Policy statement must contain actions.', path: '$.Statement.Action' },
  { page: MOTO, name: 'missing resource', doc: d({ Effect: 'Allow', Action: 's3:GetObject' }), code: 'MISSING_RESOURCE', message: 'Policy statement must contain resources.' },
  { page: MOTO, name: 'empty resource list', doc: d(st({ Resource: [] })), code: 'EMPTY_RESOURCE', message: 'Policy statement must contain resources.' },
  { page: MOTO, name: 'action without vendor', doc: d(st({ Action: 'invalid' })), code: 'ACTION_MISSING_VENDOR', message: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.', path: '$.Statement.Action' },
  { page: MOTO, name: 'action with two colons', doc: d(st({ Action: 's3:List:Objects' })), code: 'ACTION_MULTIPLE_COLONS', message: 'Actions/Condition can contain only one colon.' },
  { page: MOTO, name: 'invalid vendor', doc: d(st({ Action: ['s3:GetObject', 'a a:GetObject'] })), code: 'INVALID_VENDOR', message: 'Vendor a a is not valid', path: '$.Statement.Action[1]' },
  { page: MOTO, name: 'resource not an ARN', doc: d(st({ Resource: 'invalid resource' })), code: 'INVALID_ARN', message: 'Resource invalid resource must be in ARN format or "*".' },
  { page: MOTO, name: 'invalid partition', doc: d(st({ Resource: 'arn:sdaf:s3:::bucket' })), code: 'INVALID_PARTITION', message: 'Partition "sdaf" is not valid for resource "arn:sdaf:s3:::bucket".' },
  { page: MOTO, name: 'the first ARN field is not checked', doc: d(st({ Resource: 'a:b:cadfsdf' })), code: 'INVALID_PARTITION', message: 'Partition "b" is not valid for resource "arn:b:cadfsdf:*:*:*".' },
  { page: MOTO, name: 'ARN without arn: prefix', doc: d(st({ Resource: 'aws:s3:::example_bucket' })), code: 'INVALID_PARTITION', message: 'Partition "s3" is not valid for resource "arn:s3:::example_bucket:*".' },
  { page: MOTO, name: 'short ARN with an empty field', doc: d(st({ Resource: 'arn:aws:s3::example_bucket' })), code: 'RESOURCE_LEGACY_PARSING', message: 'The policy failed legacy parsing' },
  { page: MOTO, name: 'ARN with an empty vendor', doc: d(st({ Resource: 'arn:aws::::example_bucket' })), code: 'RESOURCE_LEGACY_PARSING', message: 'The policy failed legacy parsing' },
  { page: MOTO, name: 'short ARN with an empty vendor', doc: d(st({ Resource: 'arn:aws::fdsasf' })), code: 'RESOURCE_LEGACY_PARSING', message: 'The policy failed legacy parsing' },
  { page: MOTO, name: 'resource vendor missing', doc: d(st({ Resource: 'arn:aws' })), code: 'INVALID_RESOURCE_VENDOR', message: 'Resource vendor must be fully qualified and cannot contain regexes.' },
  { page: MOTO, name: 'IAM resource with region', doc: d(st({ Resource: 'arn:aws:iam:us-east-1::user/x' })), code: 'RESOURCE_REGION_NOT_ALLOWED', message: 'IAM resource arn:aws:iam:us-east-1::user/x cannot contain region information.' },
  { page: MOTO, name: 'S3 resource with region', doc: d(st({ Resource: 'arn:aws:s3:us-east-1::bucket' })), code: 'RESOURCE_REGION_NOT_ALLOWED', message: 'Resource arn:aws:s3:us-east-1::bucket can not contain region information.' },
  { page: MOTO, name: 'IAM resource path', doc: d(st({ Resource: 'arn:aws:iam::123456789012:bob' })), code: 'INVALID_IAM_RESOURCE_PATH' },
  { page: MOTO, name: 'S3 ARN whose third field is taken for a region', doc: d(st({ Resource: 'arn:aws:s3:bucket' })), code: 'RESOURCE_REGION_NOT_ALLOWED' },
  { page: MOTO, name: 'S3 bucket with a region', doc: d(st({ Resource: 'arn:aws:s3:us-west-2:123456789012:bucket/x' })), code: 'RESOURCE_REGION_NOT_ALLOWED' },
  { page: MOTO, name: 'duplicate Sid', doc: d([st({ Sid: 'A' }), st({ Sid: 'A' })]), code: 'DUPLICATE_SID', message: 'Statement IDs (SID) in a single policy must be unique.', path: '$.Statement[1].Sid' },
  { page: GRAMMAR, name: 'Sid with bad characters', doc: d(st({ Sid: 'my-sid' })), code: 'INVALID_SID', path: '$.Statement.Sid' },
  { page: MOTO, name: 'Sid not a string', doc: d(st({ Sid: 1 })), code: 'INVALID_ELEMENT_TYPE' },
  { page: MOTO, name: 'Action not a string', doc: d(st({ Action: 1 })), code: 'INVALID_ELEMENT_TYPE', path: '$.Statement.Action' },
  { page: MOTO, name: 'Action list with a number', doc: d(st({ Action: ['s3:GetObject', 2] })), code: 'INVALID_ELEMENT_TYPE', path: '$.Statement.Action[1]' },
  { page: MOTO, name: 'Condition not an object', doc: d(st({ Condition: 'x' })), code: 'INVALID_ELEMENT_TYPE', path: '$.Statement.Condition' },
  { page: MOTO, name: 'condition operator not an object', doc: d(st({ Condition: { StringEquals: 'x' } })), code: 'INVALID_ELEMENT_TYPE', path: '$.Statement.Condition.StringEquals' },
  { page: MOTO, name: 'condition value an object', doc: d(st({ Condition: { StringEquals: { 'aws:username': { a: 1 } } } })), code: 'INVALID_CONDITION_VALUE_TYPE' },
  { page: MOTO, name: 'unknown operator', doc: d(st({ Condition: { StringEqualz: { 'aws:username': 'x' } } })), code: 'UNKNOWN_OPERATOR', message: SYNTAX, path: '$.Statement.Condition.StringEqualz' },
  { page: OPS, name: 'operator case matters', doc: d(st({ Condition: { stringequals: { 'aws:username': 'x' } } })), code: 'UNKNOWN_OPERATOR' },
  { page: OPS, name: 'Null takes no IfExists', doc: d(st({ Condition: { NullIfExists: { 'aws:username': 'true' } } })), code: 'UNKNOWN_OPERATOR' },
  { page: OPS, name: 'unknown set prefix', doc: d(st({ Condition: { 'ForSomeValues:StringEquals': { 'aws:TagKeys': 'x' } } })), code: 'UNKNOWN_OPERATOR' },
  { page: MOTO, name: 'date with month 13', doc: d(st({ Condition: { DateLessThanEquals: { 'aws:CurrentTime': '234-13' } } })), code: 'INVALID_DATE', message: 'The policy failed legacy parsing' },
  { page: MOTO, name: 'date with a one-digit offset', doc: d(st({ Condition: { DateLessThanEquals: { 'aws:CurrentTime': '2016-12-13t2:00:00.593194+1' } } })), code: 'INVALID_DATE' },
  { page: MOTO, name: 'date with ten fraction digits', doc: d(st({ Condition: { DateLessThanEquals: { 'aws:CurrentTime': '2016-12-13t2:00:00.1999999999+10:59' } } })), code: 'INVALID_DATE' },
  { page: MOTO, name: 'epoch past 2^63 - 1', doc: d(st({ Condition: { DateLessThan: { 'aws:EpochTime': '9223372036854775808' } } })), code: 'INVALID_DATE' },
  { page: MOTO, name: 'date that does not parse', doc: d(st({ Condition: { DateGreaterThan: { 'aws:CurrentTime': 'not-a-date' } } })), code: 'INVALID_DATE', message: 'The policy failed legacy parsing', path: "$.Statement.Condition.DateGreaterThan['aws:CurrentTime']" },
  { page: OPS, name: 'date month 13', doc: d(st({ Condition: { DateLessThan: { 'aws:CurrentTime': '2024-13-01' } } })), code: 'INVALID_DATE' },
  { page: OPS, name: 'number that is not one', doc: d(st({ Condition: { NumericLessThan: { 's3:max-keys': 'ten' } } })), code: 'INVALID_NUMBER' },
  { page: OPS, name: 'variable in numeric', doc: d(st({ Condition: { NumericLessThan: { 's3:max-keys': '${aws:PrincipalTag/x}' } } })), code: 'INVALID_NUMBER' },
  { page: OPS, name: 'bad IP', doc: d(st({ Condition: { IpAddress: { 'aws:SourceIp': '300.1.1.1/8' } } })), code: 'INVALID_IP' },
  { page: OPS, name: 'bad CIDR prefix', doc: d(st({ Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/33' } } })), code: 'INVALID_IP' },
  { page: OPS, name: 'bad bool', doc: d(st({ Condition: { Bool: { 'aws:SecureTransport': 'yes' } } })), code: 'INVALID_BOOL' },
  { page: OPS, name: 'bad base64', doc: d(st({ Condition: { BinaryEquals: { 'ex:b': '!!' } } })), code: 'INVALID_BINARY' },
  { page: OPS, name: 'bad Null value', doc: d(st({ Condition: { Null: { 'aws:username': 'maybe' } } })), code: 'INVALID_NULL_VALUE' },
  { page: MOTO, name: 'condition key without vendor is accepted, with a warning', doc: d(st({ Condition: { StringEquals: { username: 'x' } } })), code: 'CONDITION_KEY_WITHOUT_PREFIX', severity: 'WARNING' },
  { page: OPS, name: 'empty condition value list', doc: d(st({ Condition: { StringEquals: { 'aws:username': [] } } })), code: 'EMPTY_CONDITION_VALUES', severity: 'WARNING' },
  { page: OPS, name: 'empty Condition object suggestion', doc: d(st({ Condition: {} })), code: 'EMPTY_OBJECT_CONDITION', severity: 'SUGGESTION' },
  { page: 'IAM policy elements: Variables and tags', name: 'multivalued key as variable', doc: d(st({ Condition: { StringEquals: { 'ex:k': '${aws:TagKeys}' } } })), code: 'MULTIVALUED_VARIABLE', severity: 'WARNING' },
  { page: 'IAM policy elements: Variables and tags', name: 'variable before the fifth colon', doc: d(st({ Resource: 'arn:aws:sqs:${aws:username}:123456789012:q' })), code: 'VARIABLE_IN_ARN_PREFIX', severity: 'WARNING' },
  { page: 'IAM Access Analyzer policy check reference', name: 'Allow NotAction with Resource *', doc: d({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), code: 'ALLOW_WITH_NOT_ACTION', severity: 'SECURITY_WARNING', path: '$.Statement.NotAction' },
  { page: 'IAM Access Analyzer policy check reference', name: 'PassRole with *', doc: d(st({ Action: 'iam:PassRole' })), code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', severity: 'SECURITY_WARNING' },
  { page: GRAMMAR, name: 'duplicate JSON key', doc: '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Effect":"Deny","Action":"s3:*","Resource":"*"}}', code: 'DUPLICATE_KEY', path: '$.Statement.Effect' },
  { page: GRAMMAR, name: 'duplicate top-level key', doc: '{"Version":"2012-10-17","Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}', code: 'DUPLICATE_KEY', path: '$.Version' },
  { page: QUOTAS, name: 'character outside U+00FF', doc: JSON.stringify(d(st({ Sid: 'Caf\u00e9\u4e2d' }))), code: 'INVALID_CHARACTER' },
  { page: 'IAM identity-based policies', name: 'identity policy with Principal', doc: d(st({ Principal: '*' })), code: 'PRINCIPAL_NOT_ALLOWED', message: 'Policy document should not specify a principal.', path: '$.Statement.Principal' },
  { page: 'IAM identity-based policies', name: 'identity policy with NotPrincipal', doc: d(st({ NotPrincipal: { AWS: '123456789012' } })), code: 'PRINCIPAL_NOT_ALLOWED' },
  { page: PRINCIPAL, name: 'trust policy without Principal', doc: d({ Effect: 'Allow', Action: 'sts:AssumeRole' }), options: TRUST, code: 'MISSING_PRINCIPAL', message: 'Missing required field Principal' },
  { page: PRINCIPAL, name: 'trust policy with Resource', doc: d(trustSt({ Resource: '*' })), options: TRUST, code: 'RESOURCE_NOT_ALLOWED', message: 'Has prohibited field Resource' },
  { page: PRINCIPAL, name: 'trust policy with non-STS action', doc: d(trustSt({ Action: 's3:GetObject' })), options: TRUST, code: 'INVALID_TRUST_ACTION', message: 'AssumeRole policy may only specify STS AssumeRole actions.' },
  { page: PRINCIPAL, name: 'trust policy with sts:GetCallerIdentity', doc: d(trustSt({ Action: 'sts:GetCallerIdentity' })), options: TRUST, code: 'INVALID_TRUST_ACTION' },
  { page: PRINCIPAL, name: 'invalid AWS principal', doc: d(trustSt({ Principal: { AWS: 'bob' } })), options: TRUST, code: 'INVALID_PRINCIPAL', message: 'Invalid principal in policy: "AWS":"bob"' },
  { page: PRINCIPAL, name: 'unknown principal type', doc: d(trustSt({ Principal: { Robot: 'x' } })), options: TRUST, code: 'INVALID_PRINCIPAL' },
  { page: PRINCIPAL, name: 'Principal and NotPrincipal', doc: d(trustSt({ NotPrincipal: { AWS: '123456789012' } })), options: TRUST, code: 'PRINCIPAL_AND_NOT_PRINCIPAL' },
  { page: PRINCIPAL, name: 'Principal "*" without condition', doc: d(trustSt({ Principal: '*' })), options: TRUST, code: 'TRUST_ANYONE', severity: 'SECURITY_WARNING' },
  { page: PRINCIPAL, name: 'Principal string other than *', doc: d(trustSt({ Principal: 'bob' })), options: TRUST, code: 'INVALID_PRINCIPAL' },
  { page: QUOTAS, name: 'managed policy over 6,144 chars', doc: d([...Array(120)].map((_, i) => st({ Sid: `S${i}`, Resource: `arn:aws:s3:::bucket-${i}/*` }))), code: 'POLICY_SIZE_EXCEEDED', message: 'Cannot exceed quota for PolicySize: 6144' },
  { page: QUOTAS, name: 'trust policy over 2,048 chars', doc: d([...Array(30)].map((_, i) => trustSt({ Sid: `S${i}`, Principal: { AWS: `arn:aws:iam::123456789012:role/role-number-${i}` } }))), options: TRUST, code: 'POLICY_SIZE_EXCEEDED', message: 'Cannot exceed quota for ACLSizePerRole: 2048' },
];

describe('validator findings (moto / AWS messages)', () => {
  test.each(cases.map((c) => [`${c.page} — ${c.name}`, c] as const))('%s', (_t, c) => {
    const text = typeof c.doc === 'string' ? c.doc : JSON.stringify(c.doc);
    const findings = validatePolicy(text, c.options ?? { kind: 'IDENTITY' });
    const f = findings.find((x) => x.code === c.code);
    expect(f).toBeDefined();
    if (c.message) expect(f!.message).toBe(c.message);
    if (c.path) expect(f!.path).toBe(c.path);
    expect(f!.severity).toBe(c.severity ?? 'ERROR');
  });
});

describe('valid documents have no ERROR finding', () => {
  const valid: [string, unknown, ValidateOptions?][] = [
    ['single statement object', d(st())],
    ['statement array with Sids', d([st({ Sid: 'A1' }), st({ Sid: 'B2', Effect: 'Deny' })])],
    ['NotAction with specific resource', d({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::b/*' })],
    ['conditions of every family', d(st({ Condition: {
      StringLike: { 's3:prefix': ['', 'home/${aws:username}/*'] },
      NumericLessThanEquals: { 's3:max-keys': 10 },
      DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00+01:00' },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] },
      BoolIfExists: { 'aws:MultiFactorAuthPresent': true },
      IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] },
      BinaryEquals: { 'ex:b': 'AAE=' },
      ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' },
      Null: { 'aws:TokenIssueTime': 'false' },
    } }))],
    ['epoch date', d(st({ Condition: { DateLessThan: { 'aws:EpochTime': '1717243200' } } }))],
    ['IAM ARNs', d(st({ Resource: ['arn:aws:iam::123456789012:user/${aws:username}', 'arn:aws:iam::123456789012:root', 'arn:aws:iam::*:role/*'] }))],
    ['Id element', { Version: '2012-10-17', Id: 'x', Statement: st() }],
    ['trust policy for a service', d(trustSt()), TRUST],
    ['trust policy for an account', d(trustSt({ Principal: { AWS: ['123456789012', 'arn:aws:iam::123456789012:role/r'] } })), TRUST],
    ['trust policy for web identity', d(trustSt({ Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' }, Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'] })), TRUST],
    ['trust policy sts:*', d(trustSt({ Action: 'sts:*' })), TRUST],
    ['for storage with 2012-10-17', d(st()), { kind: 'IDENTITY', forStorage: true }],
    // AWS's answers as moto records them (tests/test_iam/test_iam_policies.py, valid documents).
    ['condition keys without a service prefix', d(st({ Condition: { StringEqualsIfExists: { a: 'asf' }, 'ForAnyValue:StringEqualsIfExists': { a: 'asf' }, DateGreaterThan: { a: [] } } })), { kind: 'IDENTITY', forStorage: true }],
    ['S3 access points carry a region', d(st({ Resource: ['arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point', 'arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point/object/*'] })), { kind: 'IDENTITY', forStorage: true }],
    ['other regional S3 resources (jobs, Storage Lens)', d(st({ Resource: ['arn:aws:s3:us-east-1:123456789012:job/*', 'arn:aws:s3:us-east-1:123456789012:storage-lens/default'] }))],
    ['a short ARN without empty fields', d(st({ Resource: 'arn:aws:fdsasf' })), { kind: 'IDENTITY', forStorage: true }],
    ['any partition', d(st({ Resource: 'arn:*:s3:::bucket/*' }))],
    ['the short dates AWS accepts', d(st({ Condition: { DateGreaterThan: { 'aws:CurrentTime': '01T' }, DateLessThan: { 'aws:CurrentTime': '-292275054' }, DateLessThanEquals: { 'aws:CurrentTime': ['2016-12-13t2:00:00.593194+23', '2016-12-13T21:20:37.593194+00:00'] }, DateNotEquals: { 'aws:EpochTime': '9223372036854775807' } } })), { kind: 'IDENTITY', forStorage: true }],
  ];
  test.each(valid.map(([n, doc, o]) => [n, { doc, o }] as const))('%s', (_n, { doc, o }) => {
    const findings = validatePolicy(JSON.stringify(doc), o ?? { kind: 'IDENTITY' });
    expect(findings.filter((f) => f.severity === 'ERROR')).toEqual([]);
    expect(isValid(findings)).toBe(true);
  });
});

describe('policy size (IAM and AWS STS quotas)', () => {
  it('counts characters other than whitespace', () => {
    expect(policySize('{ "a" :\n\t"b c" }\r')).toBe(10);
  });
  it('exports the documented limits', () => {
    expect(POLICY_SIZE_LIMITS).toMatchObject({ managed: 6144, inlineUser: 2048, inlineGroup: 5120, inlineRole: 10240, trust: 2048 });
  });
  it('an inline policy is not held to the managed limit', () => {
    const doc = JSON.stringify(d([...Array(120)].map((_, i) => st({ Sid: `S${i}`, Resource: `arn:aws:s3:::bucket-${i}/*` }))));
    expect(policySize(doc)).toBeGreaterThan(6144);
    expect(validatePolicy(doc, { kind: 'IDENTITY', policyType: 'INLINE' }).some((f) => f.code === 'POLICY_SIZE_EXCEEDED')).toBe(false);
  });
});

describe('the first ERROR is the one AWS reports (moto: the order of its checks)', () => {
  const first = (doc: unknown) => validatePolicy(JSON.stringify(doc), { kind: 'IDENTITY', forStorage: true }).find((f) => f.severity === 'ERROR')?.message;
  it.each([
    ['resource format before action vendor', d({ Effect: 'Allow', Action: 's:3:ListBucket', Resource: 'sdfsadf' }), 'Resource sdfsadf must be in ARN format or "*".'],
    ['Sid uniqueness before missing actions', d([{ Sid: 'A', Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }, { Sid: 'A', Effect: 'Allow', Resource: '*' }]), 'Statement IDs (SID) in a single policy must be unique.'],
    ['legacy parsing before missing actions', d({ Effect: 'Allow', Resource: 'arn:aws:s3::example_bucket' }), 'The policy failed legacy parsing'],
    ['legacy parsing (Effect case) before action vendor', d({ Effect: 'allow', Action: 'invalid', Resource: '*' }), 'The policy failed legacy parsing'],
    ['of two bad partitions, the last one checked', d(st({ Resource: ['arn:error:s3:::example_bucket', 'arn:error:s3::example_bucket'] })), 'Partition "error" is not valid for resource "arn:error:s3:::example_bucket".'],
    ['a format error stops the legacy parse', d([st({ Resource: 'arn:error:s3:::b' }), st({ Resource: 'arn:aws:s3::b' })]), 'Partition "error" is not valid for resource "arn:error:s3:::b".'],
    ['syntax before everything', d({ Effect: 'Allow', Action: 'invalid', Resource: 'x', Extra: 1 }), 'Syntax errors in policy.'],
  ])('%s', (_name, doc, message) => {
    expect(first(doc)).toBe(message);
  });
});

describe('dates the validator accepts are dates the evaluator compares', () => {
  it('reads the short forms as instants', () => {
    const decide = (op: string, value: string, now: string) => {
      const p = compilePolicy(JSON.stringify(d(st({ Condition: { [op]: { 'aws:CurrentTime': value } } }))), { id: 'p' });
      return evaluate({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: buildContext({ 'aws:CurrentTime': now }) }, { identity: [p] }).decision;
    };
    expect(decide('DateGreaterThan', '01T', '2026-01-01T00:00:00Z')).toBe('ALLOWED');
    expect(decide('DateLessThan', '0050-01-01', '2026-01-01T00:00:00Z')).toBe('IMPLICIT_DENY');
    // 02:00 at +23:00 is 03:00 the day before in UTC.
    expect(decide('DateEquals', '2016-12-13t2:00:00+23', '2016-12-12T03:00:00Z')).toBe('ALLOWED');
    expect(decide('DateGreaterThan', '-292275054', '1970-01-01T00:00:00Z')).toBe('ALLOWED');
    expect(decide('DateLessThan', '9223372036854775807', '2026-01-01T00:00:00Z')).toBe('ALLOWED');
  });
});
