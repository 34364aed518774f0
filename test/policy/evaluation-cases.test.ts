/**
 * Table of decisions, each following an AWS IAM User Guide page (POLICY-SEMANTICS.md §1–§10).
 */
import { allow, deny, EvalCase, run } from './policy-fixtures';

const EVAL = 'Policy evaluation logic';
const DENIES = 'The difference between explicit and implicit denies';
const BOUNDARY = 'Permissions boundaries for IAM entities';
const SESSION = 'Policies and permissions in IAM: Session policies';
const ACTION = 'IAM JSON policy elements: Action';
const NOTACTION = 'IAM JSON policy elements: NotAction';
const RESOURCE = 'IAM JSON policy elements: Resource';
const NOTRESOURCE = 'IAM JSON policy elements: NotResource';
const CONDITION = 'IAM JSON policy elements: Condition';
const OPS = 'IAM JSON policy elements: Condition operators';
const MULTI = 'Conditions with multiple context keys or values';
const SETS = 'Single-valued vs. multivalued context keys';
const VARS = 'IAM policy elements: Variables and tags';
const VERSION = 'IAM JSON policy elements: Version';
const GLOBAL = 'AWS global condition context keys';
const MFA = 'Configuring MFA-protected API access';

const S3 = 'arn:aws:s3:::bucket/key';
const USER = 'arn:aws:iam::123456789012:user/alice';
const A = 'ALLOWED' as const;
const E = 'EXPLICIT_DENY' as const;
const I = 'IMPLICIT_DENY' as const;

const cases: EvalCase[] = [
  // §1 decision
  { page: EVAL, name: 'no policy: implicit deny', identity: [], action: 's3:GetObject', resource: S3, expect: I },
  { page: EVAL, name: 'matching allow', identity: [allow('s3:GetObject')], action: 's3:GetObject', resource: S3, expect: A },
  { page: EVAL, name: 'allow of another action', identity: [allow('s3:PutObject')], action: 's3:GetObject', resource: S3, expect: I },
  { page: EVAL, name: 'deny wins over allow', identity: [allow('s3:*'), deny('s3:GetObject')], action: 's3:GetObject', resource: S3, expect: E },
  { page: DENIES, name: 'deny with no allow is explicit', identity: [deny('s3:GetObject')], action: 's3:GetObject', resource: S3, expect: E },
  { page: DENIES, name: 'deny of other action leaves allow', identity: [allow('s3:*'), deny('s3:DeleteObject')], action: 's3:GetObject', resource: S3, expect: A },
  { page: EVAL, name: 'deny in a second policy wins', identity: [allow('*'), deny('*', S3)], action: 's3:GetObject', resource: S3, expect: E },
  { page: EVAL, name: 'deny-only policy allows nothing', identity: [deny('s3:DeleteObject')], action: 's3:GetObject', resource: S3, expect: I },
  { page: EVAL, name: 'allow in group policy counts', identity: [allow('iam:ListUsers'), allow('s3:GetObject')], action: 's3:GetObject', resource: S3, expect: A },
  { page: EVAL, name: 'statement with all three must match', identity: [allow('s3:GetObject', 'arn:aws:s3:::other/*')], action: 's3:GetObject', resource: S3, expect: I },
  { page: BOUNDARY, name: 'boundary allows and identity allows', identity: [allow('s3:*')], boundary: [allow('s3:GetObject')], action: 's3:GetObject', resource: S3, expect: A },
  { page: BOUNDARY, name: 'boundary does not cover the action', identity: [allow('s3:*')], boundary: [allow('s3:PutObject')], action: 's3:GetObject', resource: S3, expect: I },
  { page: BOUNDARY, name: 'boundary never grants', identity: [], boundary: [allow('*')], action: 's3:GetObject', resource: S3, expect: I },
  { page: BOUNDARY, name: 'deny in boundary is explicit', identity: [allow('*')], boundary: [allow('*'), deny('s3:GetObject')], action: 's3:GetObject', resource: S3, expect: E },
  { page: BOUNDARY, name: 'deny-only boundary allows nothing', identity: [allow('*')], boundary: [deny('s3:DeleteObject')], action: 's3:GetObject', resource: S3, expect: I },
  { page: BOUNDARY, name: 'boundary deny without identity allow is explicit', identity: [], boundary: [deny('*')], action: 's3:GetObject', resource: S3, expect: E },
  { page: BOUNDARY, name: 'boundary resource mismatch', identity: [allow('s3:GetObject')], boundary: [allow('s3:GetObject', 'arn:aws:s3:::other/*')], action: 's3:GetObject', resource: S3, expect: I },
  { page: BOUNDARY, name: 'boundary condition must hold', identity: [allow('s3:GetObject')], boundary: [allow('s3:GetObject', '*', { StringEquals: { 'aws:username': 'bob' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: I },
  { page: SESSION, name: 'session intersects', identity: [allow('s3:*')], session: [allow('s3:GetObject')], action: 's3:GetObject', resource: S3, expect: A },
  { page: SESSION, name: 'session without the action', identity: [allow('s3:*')], session: [allow('s3:ListBucket')], action: 's3:GetObject', resource: S3, expect: I },
  { page: SESSION, name: 'session deny is explicit', identity: [allow('*')], session: [allow('*'), deny('s3:*')], action: 's3:GetObject', resource: S3, expect: E },
  { page: SESSION, name: 'session never grants', identity: [], session: [allow('*')], action: 's3:GetObject', resource: S3, expect: I },
  { page: SESSION, name: 'boundary and session both allow', identity: [allow('*')], boundary: [allow('s3:*')], session: [allow('s3:Get*')], action: 's3:GetObject', resource: S3, expect: A },
  { page: SESSION, name: 'boundary allows but session not', identity: [allow('*')], boundary: [allow('s3:*')], session: [allow('ec2:*')], action: 's3:GetObject', resource: S3, expect: I },

  // §2 Action
  { page: ACTION, name: 'action is case-insensitive (name)', identity: [allow('s3:getobject')], action: 's3:GetObject', resource: S3, expect: A },
  { page: ACTION, name: 'action is case-insensitive (prefix)', identity: [allow('S3:GetObject')], action: 's3:GetObject', resource: S3, expect: A },
  { page: ACTION, name: 'request action in odd case', identity: [allow('s3:GetObject')], action: 'S3:GETOBJECT', resource: S3, expect: A },
  { page: ACTION, name: '* is every action', identity: [allow('*')], action: 'ec2:RunInstances', resource: '*', expect: A },
  { page: ACTION, name: 'service wildcard', identity: [allow('s3:*')], action: 's3:PutObject', resource: S3, expect: A },
  { page: ACTION, name: 'service wildcard does not cross services', identity: [allow('s3:*')], action: 'sqs:SendMessage', resource: '*', expect: I },
  { page: ACTION, name: 'prefix wildcard', identity: [allow('s3:Get*')], action: 's3:GetObjectAcl', resource: S3, expect: A },
  { page: ACTION, name: 'prefix wildcard mismatch', identity: [allow('s3:Get*')], action: 's3:PutObject', resource: S3, expect: I },
  { page: ACTION, name: 'infix wildcard', identity: [allow('iam:*AccessKey*')], action: 'iam:CreateAccessKey', resource: '*', expect: A },
  { page: ACTION, name: 'infix wildcard matches empty run', identity: [allow('iam:*AccessKey*')], action: 'iam:AccessKey', resource: '*', expect: A },
  { page: ACTION, name: '? is exactly one char', identity: [allow('s3:GetObjec?')], action: 's3:GetObject', resource: S3, expect: A },
  { page: ACTION, name: '? is not zero chars', identity: [allow('s3:GetObject?')], action: 's3:GetObject', resource: S3, expect: I },
  { page: ACTION, name: 'anchored: no partial match', identity: [allow('s3:Get')], action: 's3:GetObject', resource: S3, expect: I },
  { page: ACTION, name: 'list of actions is OR', identity: [allow(['s3:PutObject', 's3:GetObject'])], action: 's3:GetObject', resource: S3, expect: A },
  { page: ACTION, name: 'wildcard in service part', identity: [allow('s*:GetObject')], action: 's3:GetObject', resource: S3, expect: A },
  { page: ACTION, name: 'wildcard in service part mismatch', identity: [allow('e*:GetObject')], action: 's3:GetObject', resource: S3, expect: I },
  { page: ACTION, name: 'deny with wildcard action', identity: [allow('*'), deny('iam:*')], action: 'iam:CreateUser', resource: '*', expect: E },
  { page: ACTION, name: 'exact and wildcard of same statement', identity: [allow(['s3:GetObject', 's3:Get*'])], action: 's3:GetObject', resource: S3, expect: A },

  // NotAction
  { page: NOTACTION, name: 'allow NotAction covers other actions', identity: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }], action: 's3:GetObject', resource: S3, expect: A },
  { page: NOTACTION, name: 'allow NotAction excludes listed', identity: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }], action: 'iam:CreateUser', resource: '*', expect: I },
  { page: NOTACTION, name: 'NotAction is still limited by Resource', identity: [{ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' }], action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:q', expect: I },
  { page: NOTACTION, name: 'NotAction on s3 resources allows s3 get', identity: [{ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' }], action: 's3:GetObject', resource: S3, expect: A },
  { page: NOTACTION, name: 'NotAction case-insensitive', identity: [{ Effect: 'Allow', NotAction: 'IAM:*', Resource: '*' }], action: 'iam:CreateUser', resource: '*', expect: I },
  { page: NOTACTION, name: 'deny NotAction denies unlisted', identity: [allow('*'), { Effect: 'Deny', NotAction: ['iam:ChangePassword'], Resource: '*' }], action: 's3:GetObject', resource: S3, expect: E },
  { page: NOTACTION, name: 'deny NotAction spares listed', identity: [allow('*'), { Effect: 'Deny', NotAction: ['iam:ChangePassword'], Resource: '*' }], action: 'iam:ChangePassword', resource: USER, expect: A },
  { page: NOTACTION, name: 'MFA deny NotAction without MFA key (access keys)', identity: [allow('*'), { Effect: 'Deny', NotAction: ['iam:*MFA*'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }], action: 's3:GetObject', resource: S3, expect: E },
  { page: NOTACTION, name: 'MFA deny NotAction with MFA', identity: [allow('*'), { Effect: 'Deny', NotAction: ['iam:*MFA*'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }], action: 's3:GetObject', resource: S3, context: { 'aws:MultiFactorAuthPresent': true }, expect: A },
  { page: NOTACTION, name: 'MFA deny NotAction spares MFA setup', identity: [allow('*'), { Effect: 'Deny', NotAction: ['iam:*MFA*'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }], action: 'iam:EnableMFADevice', resource: USER, expect: A },
  { page: NOTACTION, name: 'MFA deny NotAction grants nothing', identity: [{ Effect: 'Deny', NotAction: ['iam:*MFA*'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }], action: 'iam:EnableMFADevice', resource: USER, expect: I },

  // §3 Resource
  { page: RESOURCE, name: 'exact ARN', identity: [allow('s3:GetObject', S3)], action: 's3:GetObject', resource: S3, expect: A },
  { page: RESOURCE, name: 'resource is case-sensitive', identity: [allow('s3:GetObject', 'arn:aws:s3:::bucket/KEY')], action: 's3:GetObject', resource: S3, expect: I },
  { page: RESOURCE, name: 'IAM user name is case-sensitive', identity: [allow('iam:GetUser', 'arn:aws:iam::123456789012:user/Alice')], action: 'iam:GetUser', resource: USER, expect: I },
  { page: RESOURCE, name: 'bucket ARN does not cover objects', identity: [allow('s3:GetObject', 'arn:aws:s3:::bucket')], action: 's3:GetObject', resource: S3, expect: I },
  { page: RESOURCE, name: 'bucket/* covers objects', identity: [allow('s3:GetObject', 'arn:aws:s3:::bucket/*')], action: 's3:GetObject', resource: S3, expect: A },
  { page: RESOURCE, name: '* spans slashes', identity: [allow('s3:GetObject', 'arn:aws:s3:::bucket/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/a/b/c.txt', expect: A },
  { page: RESOURCE, name: 'bucket/* does not cover the bucket', identity: [allow('s3:ListBucket', 'arn:aws:s3:::bucket/*')], action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket', expect: I },
  { page: RESOURCE, name: '? in resource', identity: [allow('s3:GetObject', 'arn:aws:s3:::bucket/ke?')], action: 's3:GetObject', resource: S3, expect: A },
  { page: RESOURCE, name: 'wildcard region and account', identity: [allow('sqs:SendMessage', 'arn:aws:sqs:*:*:queue1')], action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:queue1', expect: A },
  { page: RESOURCE, name: 'wildcard segment does not cross colon', identity: [allow('sqs:SendMessage', 'arn:aws:sqs:*:queue1')], action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:queue1', expect: I },
  { page: RESOURCE, name: 'segment-final * runs past colons', identity: [allow('iam:*', 'arn:aws:iam::*')], action: 'iam:GetUser', resource: USER, expect: A },
  { page: RESOURCE, name: 'resource id with colons', identity: [allow('logs:PutLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:g:*')], action: 'logs:PutLogEvents', resource: 'arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:s', expect: A },
  { page: RESOURCE, name: 'list of resources is OR', identity: [allow('s3:GetObject', ['arn:aws:s3:::a/*', 'arn:aws:s3:::bucket/*'])], action: 's3:GetObject', resource: S3, expect: A },
  { page: RESOURCE, name: 'account mismatch', identity: [allow('iam:GetUser', 'arn:aws:iam::111111111111:user/*')], action: 'iam:GetUser', resource: USER, expect: I },
  { page: RESOURCE, name: 'path wildcard in user ARN', identity: [allow('iam:GetUser', 'arn:aws:iam::123456789012:user/*')], action: 'iam:GetUser', resource: 'arn:aws:iam::123456789012:user/division/alice', expect: A },
  { page: RESOURCE, name: 'deny on one bucket only', identity: [allow('s3:*'), deny('s3:*', 'arn:aws:s3:::secret/*')], action: 's3:GetObject', resource: S3, expect: A },
  { page: RESOURCE, name: 'deny on one bucket applies', identity: [allow('s3:*'), deny('s3:*', 'arn:aws:s3:::secret/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::secret/x', expect: E },
  { page: RESOURCE, name: 'region wildcard with ?', identity: [allow('ec2:*', 'arn:aws:ec2:us-east-?:123456789012:instance/*')], action: 'ec2:StartInstances', resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i-1', expect: A },
  { page: NOTRESOURCE, name: 'allow NotResource covers others', identity: [{ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret/*' }], action: 's3:GetObject', resource: S3, expect: A },
  { page: NOTRESOURCE, name: 'allow NotResource excludes listed', identity: [{ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret/*' }], action: 's3:GetObject', resource: 'arn:aws:s3:::secret/a', expect: I },
  { page: NOTRESOURCE, name: 'deny s3:* NotResource touches only s3', identity: [allow('*'), { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'] }], action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:q', expect: A },
  { page: NOTRESOURCE, name: 'deny s3:* NotResource denies other buckets', identity: [allow('*'), { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'] }], action: 's3:GetObject', resource: 'arn:aws:s3:::other/x', expect: E },
  { page: NOTRESOURCE, name: 'deny s3:* NotResource spares the bucket', identity: [allow('*'), { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'] }], action: 's3:GetObject', resource: S3, expect: A },
  { page: NOTRESOURCE, name: 'NotResource is case-sensitive', identity: [{ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::Bucket/*' }], action: 's3:GetObject', resource: S3, expect: A },

  // §4 Condition block
  { page: CONDITION, name: 'empty Condition imposes nothing', identity: [allow('s3:GetObject', '*', {})], action: 's3:GetObject', resource: S3, expect: A },
  { page: CONDITION, name: 'AND across operators: both hold', identity: [allow('s3:GetObject', '*', { StringEquals: { 'aws:username': 'alice' }, Bool: { 'aws:SecureTransport': 'true' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice', 'aws:SecureTransport': true }, expect: A },
  { page: CONDITION, name: 'AND across operators: one fails', identity: [allow('s3:GetObject', '*', { StringEquals: { 'aws:username': 'alice' }, Bool: { 'aws:SecureTransport': 'true' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice', 'aws:SecureTransport': false }, expect: I },
  { page: MULTI, name: 'AND across keys of one operator: both', identity: [allow('s3:GetObject', '*', { StringEquals: { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'red' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'red' }, expect: A },
  { page: MULTI, name: 'AND across keys of one operator: one fails', identity: [allow('s3:GetObject', '*', { StringEquals: { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'red' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'blue' }, expect: I },
  { page: MULTI, name: 'OR across values of a key', identity: [allow('s3:GetObject', '*', { StringEquals: { 'aws:username': ['bob', 'alice'] } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: A },
  { page: MULTI, name: 'negated operator is NOR: equal to one value', identity: [allow('*'), deny('*', '*', { StringNotEquals: { 'aws:username': ['bob', 'alice'] } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: A },
  { page: MULTI, name: 'negated operator is NOR: equal to none', identity: [allow('*'), deny('*', '*', { StringNotEquals: { 'aws:username': ['bob', 'alice'] } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'carol' }, expect: E },
  { page: CONDITION, name: 'condition key name case-insensitive', identity: [allow('*', '*', { StringEquals: { 'AWS:UserName': 'alice' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: A },
  { page: CONDITION, name: 'context key name case-insensitive', identity: [allow('*', '*', { StringEquals: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, context: { 'AWS:USERNAME': 'alice' }, expect: A },
  { page: CONDITION, name: 'tag key part case-insensitive', identity: [allow('*', '*', { StringEquals: { 'aws:PrincipalTag/Team': 'red' } })], action: 's3:GetObject', resource: S3, context: { 'aws:principaltag/team': 'red' }, expect: A },
  { page: CONDITION, name: 'SourceIp key case', identity: [allow('*', '*', { IpAddress: { 'AWS:SourceIP': '10.0.0.0/8' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '10.1.2.3' }, expect: A },
  { page: CONDITION, name: 'boolean JSON value compared by string form', identity: [allow('*', '*', { Bool: { 'aws:MultiFactorAuthPresent': true } })], action: 's3:GetObject', resource: S3, context: { 'aws:MultiFactorAuthPresent': true }, expect: A },
  { page: CONDITION, name: 'number JSON value compared by string form', identity: [allow('*', '*', { NumericLessThan: { 's3:max-keys': 10 } })], action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket', context: { 's3:max-keys': 9 }, expect: A },
  { page: CONDITION, name: 'number JSON in StringEquals', identity: [allow('*', '*', { StringEquals: { 'aws:PrincipalTag/level': 3 } })], action: 's3:GetObject', resource: S3, context: { 'aws:PrincipalTag/level': '3' }, expect: A },

  // Missing keys
  { page: OPS, name: 'positive operator on missing key is false', identity: [allow('*', '*', { StringEquals: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, expect: I },
  { page: OPS, name: 'negated operator on missing key is true', identity: [allow('*', '*', { StringNotEquals: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, expect: A },
  { page: OPS, name: 'IfExists on missing key is true', identity: [allow('*', '*', { StringEqualsIfExists: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, expect: A },
  { page: OPS, name: 'IfExists on present key compares', identity: [allow('*', '*', { StringEqualsIfExists: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'bob' }, expect: I },
  { page: OPS, name: 'IfExists does not make other conditions true', identity: [allow('*', '*', { StringEqualsIfExists: { 'aws:username': 'alice' }, Bool: { 'aws:SecureTransport': 'true' } })], action: 's3:GetObject', resource: S3, expect: I },
  { page: OPS, name: 'Deny StringNotEqualsIfExists denies when missing', identity: [allow('*'), deny('*', '*', { StringNotEqualsIfExists: { 'aws:RequestedRegion': 'us-east-1' } })], action: 's3:GetObject', resource: S3, expect: E },
  { page: OPS, name: 'Null true: key absent', identity: [allow('*', '*', { Null: { 'aws:TokenIssueTime': 'true' } })], action: 's3:GetObject', resource: S3, expect: A },
  { page: OPS, name: 'Null true: key present', identity: [allow('*', '*', { Null: { 'aws:TokenIssueTime': 'true' } })], action: 's3:GetObject', resource: S3, context: { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' }, expect: I },
  { page: OPS, name: 'Null false: key present, value not checked', identity: [allow('*', '*', { Null: { 'aws:username': 'false' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': '' }, expect: A },
  { page: OPS, name: 'Null false: key absent', identity: [allow('*', '*', { Null: { 'aws:username': 'false' } })], action: 's3:GetObject', resource: S3, expect: I },
  { page: OPS, name: 'Null with boolean JSON value', identity: [allow('*', '*', { Null: { 'aws:username': false } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'x' }, expect: A },
  { page: OPS, name: 'NullIfExists is not an operator', identity: [allow('*', '*', { NullIfExists: { 'aws:username': 'true' } })], action: 's3:GetObject', resource: S3, expect: I },
  { page: OPS, name: 'unknown operator never matches an allow', identity: [allow('*', '*', { StringEqualz: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: I },

  // §9 MFA
  { page: MFA, name: 'Deny Bool MFA=false does not deny access keys', identity: [allow('*'), deny('*', '*', { Bool: { 'aws:MultiFactorAuthPresent': 'false' } })], action: 'ec2:StopInstances', resource: '*', expect: A },
  { page: MFA, name: 'Deny Bool MFA=false denies session without MFA', identity: [allow('*'), deny('*', '*', { Bool: { 'aws:MultiFactorAuthPresent': 'false' } })], action: 'ec2:StopInstances', resource: '*', context: { 'aws:MultiFactorAuthPresent': false }, expect: E },
  { page: MFA, name: 'Deny BoolIfExists MFA=false denies access keys', identity: [allow('*'), deny('*', '*', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } })], action: 'ec2:StopInstances', resource: '*', expect: E },
  { page: MFA, name: 'Deny BoolIfExists MFA=false spares MFA sessions', identity: [allow('*'), deny('*', '*', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } })], action: 'ec2:StopInstances', resource: '*', context: { 'aws:MultiFactorAuthPresent': 'true' }, expect: A },
  { page: MFA, name: 'Allow BoolIfExists true allows access keys', identity: [allow('*', '*', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } })], action: 'ec2:StopInstances', resource: '*', expect: A },
  { page: MFA, name: 'Allow BoolIfExists true refuses non-MFA sessions', identity: [allow('*', '*', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } })], action: 'ec2:StopInstances', resource: '*', context: { 'aws:MultiFactorAuthPresent': false }, expect: I },
  { page: MFA, name: 'Allow Bool true refuses access keys', identity: [allow('*', '*', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } })], action: 'ec2:StopInstances', resource: '*', expect: I },
  { page: MFA, name: 'Allow Bool true allows MFA session', identity: [allow('*', '*', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } })], action: 'ec2:StopInstances', resource: '*', context: { 'aws:MultiFactorAuthPresent': true }, expect: A },
  { page: MFA, name: 'Deny MFA age > 3600 does not stop non-MFA callers', identity: [allow('*'), deny('*', '*', { NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } })], action: 'ec2:StopInstances', resource: '*', expect: A },
  { page: MFA, name: 'Deny MFA age > 3600 stops old MFA', identity: [allow('*'), deny('*', '*', { NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } })], action: 'ec2:StopInstances', resource: '*', context: { 'aws:MultiFactorAuthAge': 7200 }, expect: E },
  { page: MFA, name: 'Allow MFA age < 3600', identity: [allow('*', '*', { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } })], action: 'ec2:StopInstances', resource: '*', context: { 'aws:MultiFactorAuthAge': 60 }, expect: A },
  { page: GLOBAL, name: 'Null false proves temporary credentials', identity: [allow('*', '*', { Null: { 'aws:MultiFactorAuthPresent': 'false' } })], action: 'ec2:StopInstances', resource: '*', context: { 'aws:MultiFactorAuthPresent': false }, expect: A },
  { page: GLOBAL, name: 'Bool value case-insensitive', identity: [allow('*', '*', { Bool: { 'aws:SecureTransport': 'True' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SecureTransport': 'true' }, expect: A },

  // §5 String
  { page: OPS, name: 'StringEquals exact', identity: [allow('*', '*', { StringEquals: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: A },
  { page: OPS, name: 'StringEquals case-sensitive', identity: [allow('*', '*', { StringEquals: { 'aws:username': 'Alice' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: I },
  { page: OPS, name: 'StringEquals takes no wildcards', identity: [allow('*', '*', { StringEquals: { 'aws:username': 'al*' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: I },
  { page: OPS, name: 'StringEquals * is literal', identity: [allow('*', '*', { StringEquals: { 'aws:username': 'al*' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'al*' }, expect: A },
  { page: OPS, name: 'StringNotEquals true for different', identity: [allow('*', '*', { StringNotEquals: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'bob' }, expect: A },
  { page: OPS, name: 'StringNotEquals false for same', identity: [allow('*', '*', { StringNotEquals: { 'aws:username': 'alice' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: I },
  { page: OPS, name: 'StringEqualsIgnoreCase folds case', identity: [allow('*', '*', { StringEqualsIgnoreCase: { 'aws:username': 'ALICE' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: A },
  { page: OPS, name: 'StringNotEqualsIgnoreCase folds case', identity: [allow('*', '*', { StringNotEqualsIgnoreCase: { 'aws:username': 'ALICE' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: I },
  { page: OPS, name: 'StringLike with *', identity: [allow('*', '*', { StringLike: { 's3:prefix': 'home/*' } })], action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket', context: { 's3:prefix': 'home/alice/' }, expect: A },
  { page: OPS, name: 'StringLike with ?', identity: [allow('*', '*', { StringLike: { 'aws:username': 'al?ce' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: A },
  { page: OPS, name: 'StringLike case-sensitive', identity: [allow('*', '*', { StringLike: { 'aws:username': 'A*' } })], action: 's3:GetObject', resource: S3, context: { 'aws:username': 'alice' }, expect: I },
  { page: OPS, name: 'StringLike "" matches empty prefix', identity: [allow('*', '*', { StringLike: { 's3:prefix': ['', 'home/'] } })], action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket', context: { 's3:prefix': '' }, expect: A },
  { page: OPS, name: 'StringLike "" does not match non-empty', identity: [allow('*', '*', { StringLike: { 's3:prefix': '' } })], action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket', context: { 's3:prefix': 'x' }, expect: I },
  { page: OPS, name: 'StringEquals "" matches empty', identity: [allow('*', '*', { StringEquals: { 's3:prefix': '' } })], action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket', context: { 's3:prefix': '' }, expect: A },
  { page: OPS, name: 'StringNotLike NOR', identity: [allow('*'), deny('*', '*', { StringNotLike: { 'aws:userid': ['AIDA*', '*:alice'] } })], action: 's3:GetObject', resource: S3, context: { 'aws:userid': 'AROA123:alice' }, expect: A },
  { page: OPS, name: 'StringNotLike NOR none match', identity: [allow('*'), deny('*', '*', { StringNotLike: { 'aws:userid': ['AIDA*', '*:alice'] } })], action: 's3:GetObject', resource: S3, context: { 'aws:userid': 'AROA123:bob' }, expect: E },
  { page: OPS, name: 'StringLike * spans colons', identity: [allow('*', '*', { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*' } })], action: 's3:GetObject', resource: S3, context: { 'aws:PrincipalArn': USER }, expect: A },

  // Numeric
  { page: OPS, name: 'NumericEquals', identity: [allow('*', '*', { NumericEquals: { 's3:max-keys': '10' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '10' }, expect: A },
  { page: OPS, name: 'NumericEquals decimals 10 = 10.0', identity: [allow('*', '*', { NumericEquals: { 's3:max-keys': '10.0' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '10' }, expect: A },
  { page: OPS, name: 'NumericNotEquals', identity: [allow('*', '*', { NumericNotEquals: { 's3:max-keys': ['10', '20'] } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '20' }, expect: I },
  { page: OPS, name: 'NumericLessThan is numeric: 9 < 10', identity: [allow('*', '*', { NumericLessThan: { 's3:max-keys': '10' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '9' }, expect: A },
  { page: OPS, name: 'NumericLessThan not text: 100 > 20', identity: [allow('*', '*', { NumericLessThan: { 's3:max-keys': '20' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '100' }, expect: I },
  { page: OPS, name: 'NumericLessThanEquals boundary', identity: [allow('*', '*', { NumericLessThanEquals: { 's3:max-keys': '10' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '10' }, expect: A },
  { page: OPS, name: 'NumericGreaterThan', identity: [allow('*', '*', { NumericGreaterThan: { 's3:max-keys': '10' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '10.5' }, expect: A },
  { page: OPS, name: 'NumericGreaterThanEquals below', identity: [allow('*', '*', { NumericGreaterThanEquals: { 's3:max-keys': '10' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '9.99' }, expect: I },
  { page: OPS, name: 'Numeric with negative', identity: [allow('*', '*', { NumericLessThan: { 'ec2:x': '0' } })], action: 'ec2:X', resource: '*', context: { 'ec2:x': '-1' }, expect: A },
  { page: OPS, name: 'Numeric takes no variables', identity: [allow('*', '*', { NumericEquals: { 's3:max-keys': '${aws:PrincipalTag/max}' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': '5', 'aws:PrincipalTag/max': '5' }, expect: I },
  { page: OPS, name: 'Numeric on non-numeric request value', identity: [allow('*', '*', { NumericEquals: { 's3:max-keys': '5' } })], action: 's3:ListBucket', resource: '*', context: { 's3:max-keys': 'five' }, expect: I },

  // Date
  { page: OPS, name: 'DateLessThan ISO', identity: [allow('*', '*', { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } })], action: 's3:GetObject', resource: S3, context: { 'aws:CurrentTime': '2024-06-01T12:00:00Z' }, expect: A },
  { page: OPS, name: 'DateGreaterThan ISO false', identity: [allow('*', '*', { DateGreaterThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } })], action: 's3:GetObject', resource: S3, context: { 'aws:CurrentTime': '2024-06-01T12:00:00Z' }, expect: I },
  { page: OPS, name: 'Date compares instants across offsets', identity: [allow('*', '*', { DateEquals: { 'aws:CurrentTime': '2024-06-01T14:00:00+02:00' } })], action: 's3:GetObject', resource: S3, context: { 'aws:CurrentTime': '2024-06-01T12:00:00Z' }, expect: A },
  { page: OPS, name: 'Date not compared as text', identity: [allow('*', '*', { DateLessThan: { 'aws:CurrentTime': '2024-06-01T13:00:00+02:00' } })], action: 's3:GetObject', resource: S3, context: { 'aws:CurrentTime': '2024-06-01T12:00:00Z' }, expect: I },
  { page: OPS, name: 'Date-only value is midnight UTC', identity: [allow('*', '*', { DateGreaterThanEquals: { 'aws:CurrentTime': '2024-06-01' } })], action: 's3:GetObject', resource: S3, context: { 'aws:CurrentTime': '2024-06-01T00:00:00Z' }, expect: A },
  { page: OPS, name: 'Epoch seconds policy vs ISO request', identity: [allow('*', '*', { DateLessThan: { 'aws:CurrentTime': '1717243200' } })], action: 's3:GetObject', resource: S3, context: { 'aws:CurrentTime': '2024-06-01T11:59:59Z' }, expect: A },
  { page: OPS, name: 'Epoch seconds are not milliseconds', identity: [allow('*', '*', { DateGreaterThan: { 'aws:EpochTime': '1717243200' } })], action: 's3:GetObject', resource: S3, context: { 'aws:EpochTime': 1717243199 }, expect: I },
  { page: OPS, name: 'Epoch seconds request vs ISO policy', identity: [allow('*', '*', { DateGreaterThan: { 'aws:EpochTime': '2024-06-01T00:00:00Z' } })], action: 's3:GetObject', resource: S3, context: { 'aws:EpochTime': 1717243200 }, expect: A },
  { page: OPS, name: 'DateNotEquals', identity: [allow('*', '*', { DateNotEquals: { 'aws:CurrentTime': '2024-06-01T12:00:00Z' } })], action: 's3:GetObject', resource: S3, context: { 'aws:CurrentTime': '2024-06-01T12:00:00Z' }, expect: I },
  { page: OPS, name: 'DateLessThanEquals equal instant', identity: [allow('*', '*', { DateLessThanEquals: { 'aws:CurrentTime': '2024-06-01T12:00:00Z' } })], action: 's3:GetObject', resource: S3, context: { 'aws:CurrentTime': new Date('2024-06-01T12:00:00Z') }, expect: A },
  { page: OPS, name: 'TokenIssueTime absent for long-term keys', identity: [allow('*'), deny('*', '*', { DateLessThan: { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' } })], action: 's3:GetObject', resource: S3, expect: A },
  { page: OPS, name: 'TokenIssueTime revocation', identity: [allow('*'), deny('*', '*', { DateLessThan: { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' } })], action: 's3:GetObject', resource: S3, context: { 'aws:TokenIssueTime': '2023-12-31T23:00:00Z' }, expect: E },

  // Binary
  { page: OPS, name: 'BinaryEquals base64', identity: [allow('*', '*', { BinaryEquals: { 'ex:bin': 'QmluYXJ5VmFsdWU=' } })], action: 'ex:Do', resource: '*', context: { 'ex:bin': 'QmluYXJ5VmFsdWU=' }, expect: A },
  { page: OPS, name: 'BinaryEquals differs', identity: [allow('*', '*', { BinaryEquals: { 'ex:bin': 'QmluYXJ5VmFsdWU=' } })], action: 'ex:Do', resource: '*', context: { 'ex:bin': 'b3RoZXI=' }, expect: I },

  // IP
  { page: OPS, name: 'IpAddress in /24', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '203.0.113.7' }, expect: A },
  { page: OPS, name: 'IpAddress outside /24', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '203.0.114.7' }, expect: I },
  { page: OPS, name: 'IpAddress /22 by bit mask', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '10.0.4.0/22' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '10.0.7.255' }, expect: A },
  { page: OPS, name: 'IpAddress /22 edge outside', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '10.0.4.0/22' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '10.0.8.0' }, expect: I },
  { page: OPS, name: 'IpAddress without prefix is /32', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '10.0.0.1' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '10.0.0.1' }, expect: A },
  { page: OPS, name: 'IpAddress without prefix is not /24', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '10.0.0.1' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '10.0.0.2' }, expect: I },
  { page: OPS, name: 'IpAddress IPv6 with :: and case', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '2001:db8:1234:5678:abcd::1' }, expect: A },
  { page: OPS, name: 'IpAddress IPv6 outside', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '2001:db8:1234:5678::/64' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '2001:db8:1234:5679::1' }, expect: I },
  { page: OPS, name: 'IPv4 never matches IPv6 range', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '::/0' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '10.0.0.1' }, expect: I },
  { page: OPS, name: 'IPv6 never matches IPv4 range', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '::1' }, expect: I },
  { page: OPS, name: 'IpAddress list is OR across v4 and v6', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '2001:db8::/32'] } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '2001:db8::5' }, expect: A },
  { page: OPS, name: 'NotIpAddress denies outside', identity: [allow('*'), deny('*', '*', { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '198.51.100.1' }, expect: E },
  { page: OPS, name: 'NotIpAddress spares inside', identity: [allow('*'), deny('*', '*', { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '203.0.113.9' }, expect: A },
  { page: OPS, name: 'NotIpAddress with key absent (VPC endpoint) denies', identity: [allow('*'), deny('*', '*', { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } })], action: 's3:GetObject', resource: S3, expect: E },
  { page: OPS, name: 'IpAddress /0 matches every v4', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '255.255.255.255' }, expect: A },
  { page: OPS, name: 'IpAddress /128 v6', identity: [allow('*', '*', { IpAddress: { 'aws:SourceIp': '2001:db8::1/128' } })], action: 's3:GetObject', resource: S3, context: { 'aws:SourceIp': '2001:0db8:0000:0000:0000:0000:0000:0001' }, expect: A },

  // ARN
  { page: OPS, name: 'ArnEquals accepts wildcards', identity: [allow('*', '*', { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:topic' } })], action: 'sqs:SendMessage', resource: '*', context: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:topic' }, expect: A },
  { page: OPS, name: 'ArnLike per segment', identity: [allow('*', '*', { ArnLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } })], action: 'x:Y', resource: '*', context: { 'aws:SourceArn': 'arn:aws:someservice:us-west-2:111122223333:finance/a/b' }, expect: A },
  { page: OPS, name: 'ArnLike * does not cross colon', identity: [allow('*', '*', { ArnLike: { 'aws:SourceArn': 'arn:aws:someservice:*:finance/*' } })], action: 'x:Y', resource: '*', context: { 'aws:SourceArn': 'arn:aws:someservice:us-west-2:111122223333:finance/a' }, expect: I },
  { page: OPS, name: 'StringLike * does cross colon', identity: [allow('*', '*', { StringLike: { 'aws:SourceArn': 'arn:aws:someservice:*:finance/*' } })], action: 'x:Y', resource: '*', context: { 'aws:SourceArn': 'arn:aws:someservice:us-west-2:111122223333:finance/a' }, expect: A },
  { page: OPS, name: 'ArnLike is case-sensitive', identity: [allow('*', '*', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/Alice' } })], action: 'x:Y', resource: '*', context: { 'aws:PrincipalArn': USER }, expect: I },
  { page: OPS, name: 'ArnNotEquals NOR', identity: [allow('*'), deny('*', '*', { ArnNotEquals: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/admin', 'arn:aws:iam::123456789012:user/*'] } })], action: 'x:Y', resource: '*', context: { 'aws:PrincipalArn': USER }, expect: A },
  { page: OPS, name: 'ArnNotLike denies others', identity: [allow('*'), deny('*', '*', { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/admin' } })], action: 'x:Y', resource: '*', context: { 'aws:PrincipalArn': USER }, expect: E },
  { page: OPS, name: 'ArnEquals and ArnLike identical', identity: [allow('*', '*', { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/ali?e' } })], action: 'x:Y', resource: '*', context: { 'aws:PrincipalArn': USER }, expect: A },
  { page: OPS, name: 'ArnLike missing key is false', identity: [allow('*', '*', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } })], action: 'x:Y', resource: '*', expect: I },
  { page: OPS, name: 'ArnNotLike missing key is true', identity: [allow('*', '*', { ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } })], action: 'x:Y', resource: '*', expect: A },
  { page: OPS, name: 'ArnLike with variable', identity: [allow('*', '*', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/${aws:username}' } })], action: 'x:Y', resource: '*', context: { 'aws:PrincipalArn': USER, 'aws:username': 'alice' }, expect: A },

  // §6 set operators
  { page: MULTI, name: 'ForAllValues all in list', identity: [allow('*', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['env'] }, expect: A },
  { page: MULTI, name: 'ForAllValues one not in list', identity: [allow('*', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['env', 'cost'] }, expect: I },
  { page: MULTI, name: 'ForAllValues true when key missing', identity: [allow('*', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } })], action: 'ec2:CreateTags', resource: '*', expect: A },
  { page: MULTI, name: 'ForAllValues true when list empty', identity: [allow('*', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': [] }, expect: A },
  { page: MULTI, name: 'ForAllValues plus Null false requires key', identity: [allow('*', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] }, Null: { 'aws:TagKeys': 'false' } })], action: 'ec2:CreateTags', resource: '*', expect: I },
  { page: MULTI, name: 'ForAnyValue one matches', identity: [allow('*', '*', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['cost', 'env'] }, expect: A },
  { page: MULTI, name: 'ForAnyValue none matches', identity: [allow('*', '*', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['cost'] }, expect: I },
  { page: MULTI, name: 'ForAnyValue false when key missing', identity: [allow('*', '*', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } })], action: 'ec2:CreateTags', resource: '*', expect: I },
  { page: MULTI, name: 'ForAnyValue false when list empty', identity: [allow('*', '*', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': [] }, expect: I },
  { page: MULTI, name: 'ForAnyValue negated false when key missing', identity: [allow('*', '*', { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['env'] } })], action: 'ec2:CreateTags', resource: '*', expect: I },
  { page: MULTI, name: 'ForAnyValue negated: one value outside list', identity: [allow('*', '*', { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['env', 'team'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['env', 'cost'] }, expect: A },
  { page: MULTI, name: 'ForAnyValue negated: all inside list', identity: [allow('*', '*', { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['env', 'team'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['env', 'team'] }, expect: I },
  { page: MULTI, name: 'ForAllValues negated is NOR per value', identity: [allow('*'), deny('*', '*', { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['secret', 'admin'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['env', 'team'] }, expect: E },
  { page: MULTI, name: 'ForAllValues negated: one forbidden value', identity: [allow('*'), deny('*', '*', { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['secret', 'admin'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['env', 'admin'] }, expect: A },
  { page: MULTI, name: 'ForAllValues StringLike', identity: [allow('*', '*', { 'ForAllValues:StringLike': { 'aws:TagKeys': ['team-*'] } })], action: 'ec2:CreateTags', resource: '*', context: { 'aws:TagKeys': ['team-a', 'team-b'] }, expect: A },
  { page: MULTI, name: 'ForAnyValue StringLike', identity: [allow('*', '*', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a/r-b/ou-c/*' } })], action: 'x:Y', resource: '*', context: { 'aws:PrincipalOrgPaths': ['o-a/r-b/ou-z/', 'o-a/r-b/ou-c/ou-d/'] }, expect: A },
  { page: SETS, name: 'single-valued key under ForAnyValue is a one-element set', identity: [allow('*', '*', { 'ForAnyValue:StringEquals': { 'aws:username': ['alice', 'bob'] } })], action: 'x:Y', resource: '*', context: { 'aws:username': 'alice' }, expect: A },
  { page: SETS, name: 'ForAllValues on single-valued missing key is overly permissive', identity: [allow('*', '*', { 'ForAllValues:StringEquals': { 'aws:username': ['alice'] } })], action: 'x:Y', resource: '*', expect: A },
  { page: SETS, name: 'plain operator on multivalued key: any value', identity: [allow('*', '*', { StringEquals: { 'aws:TagKeys': 'env' } })], action: 'x:Y', resource: '*', context: { 'aws:TagKeys': ['cost', 'env'] }, expect: A },
  { page: SETS, name: 'plain negated operator on multivalued key: no value may match', identity: [allow('*', '*', { StringNotEquals: { 'aws:TagKeys': 'env' } })], action: 'x:Y', resource: '*', context: { 'aws:TagKeys': ['cost', 'env'] }, expect: I },
  { page: MULTI, name: 'ForAnyValue IfExists on missing key', identity: [allow('*', '*', { 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': ['env'] } })], action: 'x:Y', resource: '*', expect: A },
  { page: MULTI, name: 'ForAllValues NumericLessThan', identity: [allow('*', '*', { 'ForAllValues:NumericLessThan': { 'ex:sizes': '10' } })], action: 'x:Y', resource: '*', context: { 'ex:sizes': [1, 9] }, expect: A },
  { page: MULTI, name: 'ForAllValues NumericLessThan one too big', identity: [allow('*', '*', { 'ForAllValues:NumericLessThan': { 'ex:sizes': '10' } })], action: 'x:Y', resource: '*', context: { 'ex:sizes': [1, 10] }, expect: I },
  { page: MULTI, name: 'tag keys are compared case-sensitively under StringEquals', identity: [allow('*', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['Env'] } })], action: 'x:Y', resource: '*', context: { 'aws:TagKeys': ['env'] }, expect: I },
  { page: MULTI, name: 'ForAllValues IgnoreCase', identity: [allow('*', '*', { 'ForAllValues:StringEqualsIgnoreCase': { 'aws:TagKeys': ['Env'] } })], action: 'x:Y', resource: '*', context: { 'aws:TagKeys': ['env', 'ENV'] }, expect: A },

  // §7 variables
  { page: VARS, name: 'username in resource', identity: [allow('s3:*', 'arn:aws:s3:::bucket/home/${aws:username}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/home/alice/file', context: { 'aws:username': 'alice' }, expect: A },
  { page: VARS, name: 'username in resource, other user', identity: [allow('s3:*', 'arn:aws:s3:::bucket/home/${aws:username}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/home/bob/file', context: { 'aws:username': 'alice' }, expect: I },
  { page: VARS, name: 'variable with no value matches nothing in Resource', identity: [allow('s3:*', 'arn:aws:s3:::bucket/home/${aws:username}*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/home/', expect: I },
  { page: VARS, name: 'no-value variable is not an empty string', identity: [allow('s3:*', 'arn:aws:s3:::bucket/${aws:username}')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/', expect: I },
  { page: VARS, name: 'variable at start of segment', identity: [allow('sqs:*', 'arn:aws:sqs:us-east-1:123456789012:${aws:username}-queue')], action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:alice-queue', context: { 'aws:username': 'alice' }, expect: A },
  { page: VARS, name: 'IAM user resource with variable', identity: [allow('iam:*AccessKey*', 'arn:aws:iam::123456789012:user/${aws:username}')], action: 'iam:CreateAccessKey', resource: USER, context: { 'aws:username': 'alice' }, expect: A },
  { page: VARS, name: 'variable name case-insensitive', identity: [allow('s3:*', 'arn:aws:s3:::bucket/${AWS:UserName}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/alice/x', context: { 'aws:username': 'alice' }, expect: A },
  { page: VARS, name: 'value of variable is case-sensitive', identity: [allow('s3:*', 'arn:aws:s3:::bucket/${aws:username}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/Alice/x', context: { 'aws:username': 'alice' }, expect: I },
  { page: VARS, name: 'principal tag variable', identity: [allow('s3:*', 'arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/red/x', context: { 'aws:PrincipalTag/Team': 'red' }, expect: A },
  { page: VARS, name: 'default value used when key missing', identity: [allow('s3:*', "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'company-wide'}/*")], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/company-wide/x', expect: A },
  { page: VARS, name: 'default value ignored when key present', identity: [allow('s3:*', "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'company-wide'}/*")], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/company-wide/x', context: { 'aws:PrincipalTag/team': 'red' }, expect: I },
  { page: VARS, name: 'variable in StringEquals', identity: [allow('*', '*', { StringEquals: { 's3:ExistingObjectTag/owner': '${aws:username}' } })], action: 's3:GetObject', resource: S3, context: { 's3:ExistingObjectTag/owner': 'alice', 'aws:username': 'alice' }, expect: A },
  { page: VARS, name: 'variable in StringLike', identity: [allow('*', '*', { StringLike: { 's3:prefix': 'home/${aws:username}/*' } })], action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket', context: { 's3:prefix': 'home/alice/docs/', 'aws:username': 'alice' }, expect: A },
  { page: VARS, name: 'no-value variable: positive operator never matches', identity: [allow('*', '*', { StringEquals: { 's3:ExistingObjectTag/team': '${aws:PrincipalTag/team}' } })], action: 's3:GetObject', resource: S3, context: { 's3:ExistingObjectTag/team': '' }, expect: I },
  { page: VARS, name: 'no-value variable: StringLike never matches', identity: [allow('*', '*', { StringLike: { 's3:prefix': '${aws:username}*' } })], action: 's3:ListBucket', resource: '*', context: { 's3:prefix': 'x' }, expect: I },
  { page: VARS, name: 'no-value variable: negated operator matches (deny applies)', identity: [allow('*'), deny('*', '*', { StringNotEquals: { 's3:ExistingObjectTag/Team': '${aws:PrincipalTag/Team}' } })], action: 's3:GetObject', resource: S3, context: { 's3:ExistingObjectTag/Team': 'red' }, expect: E },
  { page: VARS, name: 'tag matches: negated deny does not apply', identity: [allow('*'), deny('*', '*', { StringNotEquals: { 's3:ExistingObjectTag/Team': '${aws:PrincipalTag/Team}' } })], action: 's3:GetObject', resource: S3, context: { 's3:ExistingObjectTag/Team': 'red', 'aws:PrincipalTag/Team': 'red' }, expect: A },
  { page: VARS, name: 'tag differs: negated deny applies', identity: [allow('*'), deny('*', '*', { StringNotEquals: { 's3:ExistingObjectTag/Team': '${aws:PrincipalTag/Team}' } })], action: 's3:GetObject', resource: S3, context: { 's3:ExistingObjectTag/Team': 'red', 'aws:PrincipalTag/Team': 'blue' }, expect: E },
  { page: VARS, name: 'multivalued key cannot be a variable', identity: [allow('*', '*', { StringEquals: { 'ex:k': '${aws:TagKeys}' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'a', 'aws:TagKeys': ['a'] }, expect: I },
  { page: VARS, name: '${*} is a literal star in StringEquals', identity: [allow('*', '*', { StringEquals: { 'ex:k': 'a${*}b' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'a*b' }, expect: A },
  { page: VARS, name: '${*} is not a wildcard in StringLike', identity: [allow('*', '*', { StringLike: { 'ex:k': 'a${*}b' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'axxb' }, expect: I },
  { page: VARS, name: '${*} is a literal star in StringLike', identity: [allow('*', '*', { StringLike: { 'ex:k': 'a${*}*' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'a*zz' }, expect: A },
  { page: VARS, name: '${?} literal question mark in Resource', identity: [allow('s3:*', 'arn:aws:s3:::bucket/what${?}')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/what?', expect: A },
  { page: VARS, name: '${?} is not a wildcard in Resource', identity: [allow('s3:*', 'arn:aws:s3:::bucket/what${?}')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/whatX', expect: I },
  { page: VARS, name: '${$} in StringEquals', identity: [allow('*', '*', { StringEquals: { 'ex:k': 'cost${$}' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'cost$' }, expect: A },
  { page: VARS, name: '${$} in StringNotEquals', identity: [allow('*'), deny('*', '*', { StringNotEquals: { 'ex:k': 'cost${$}' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'cost$' }, expect: A },
  { page: VARS, name: '${$} in ArnLike', identity: [allow('*', '*', { ArnLike: { 'ex:arn': 'arn:aws:s3:::b/${$}x' } })], action: 'x:Y', resource: '*', context: { 'ex:arn': 'arn:aws:s3:::b/$x' }, expect: A },
  { page: VARS, name: 'variable value is literal, not a wildcard', identity: [allow('s3:*', 'arn:aws:s3:::bucket/${aws:username}')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/alice', context: { 'aws:username': '*' }, expect: I },
  { page: VARS, name: 'variable before 5th colon is literal', identity: [allow('sqs:*', 'arn:aws:sqs:${aws:username}:123456789012:q')], action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:q', context: { 'aws:username': 'us-east-1' }, expect: I },
  { page: VARS, name: 'variable in Bool', identity: [allow('*', '*', { Bool: { 'ex:flag': '${aws:PrincipalTag/flag}' } })], action: 'x:Y', resource: '*', context: { 'ex:flag': true, 'aws:PrincipalTag/flag': 'true' }, expect: A },
  { page: VARS, name: 'variable with any single-valued key', identity: [allow('ec2:*', 'arn:aws:ec2:${aws:RequestedRegion}:*:*')], action: 'ec2:RunInstances', resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i', context: { 'aws:RequestedRegion': 'us-east-1' }, expect: I },
  { page: VARS, name: 'userid variable in resource', identity: [allow('s3:*', 'arn:aws:s3:::bucket/${aws:userid}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/AIDAEXAMPLE/x', context: { 'aws:userid': 'AIDAEXAMPLE' }, expect: A },
  { page: VARS, name: 'two variables in one resource', identity: [allow('s3:*', 'arn:aws:s3:::${aws:PrincipalTag/team}-bucket/${aws:username}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::red-bucket/alice/x', context: { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'red' }, expect: A },
  { page: VARS, name: 'NotResource entry with no-value variable excludes nothing', identity: [{ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::bucket/${aws:username}/*' }], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/alice/x', expect: A },

  // Version
  { page: VERSION, name: '2008-10-17 keeps variables literal in Resource', version: '2008-10-17', identity: [allow('s3:*', 'arn:aws:s3:::bucket/${aws:username}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/alice/x', context: { 'aws:username': 'alice' }, expect: I },
  { page: VERSION, name: '2008-10-17 literal text matches', version: '2008-10-17', identity: [allow('s3:*', 'arn:aws:s3:::bucket/${aws:username}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/${aws:username}/x', context: { 'aws:username': 'alice' }, expect: A },
  { page: VERSION, name: 'no Version keeps variables literal', version: null, identity: [allow('s3:*', 'arn:aws:s3:::bucket/${aws:username}/*')], action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/alice/x', context: { 'aws:username': 'alice' }, expect: I },
  { page: VERSION, name: '2008-10-17 literal in Condition', version: '2008-10-17', identity: [allow('*', '*', { StringEquals: { 'ex:k': '${aws:username}' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'alice', 'aws:username': 'alice' }, expect: I },
  { page: VERSION, name: 'no Version literal in Condition matches text', version: null, identity: [allow('*', '*', { StringEquals: { 'ex:k': '${aws:username}' } })], action: 'x:Y', resource: '*', context: { 'ex:k': '${aws:username}' }, expect: A },
  { page: VERSION, name: '2008-10-17 escapes are literal', version: '2008-10-17', identity: [allow('*', '*', { StringEquals: { 'ex:k': 'a${*}' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'a*' }, expect: I },
  { page: VERSION, name: '2008-10-17 negated with variable text', version: '2008-10-17', identity: [allow('*'), deny('*', '*', { StringNotEquals: { 'ex:k': '${aws:username}' } })], action: 'x:Y', resource: '*', context: { 'ex:k': 'alice', 'aws:username': 'alice' }, expect: E },
  { page: VERSION, name: 'no Version evaluates otherwise normally', version: null, identity: [allow('s3:GetObject', S3)], action: 's3:GetObject', resource: S3, expect: A },
];

// Operator matrix: each operator family against a present value, an absent key, and IfExists.
const matrix: [string, string, string, string, boolean, boolean][] = [
  // operator, key, policy value, request value, result when present, negated
  ['StringEquals', 'ex:s', 'abc', 'abc', true, false],
  ['StringNotEquals', 'ex:s', 'abc', 'abc', false, true],
  ['StringEqualsIgnoreCase', 'ex:s', 'ABC', 'abc', true, false],
  ['StringNotEqualsIgnoreCase', 'ex:s', 'ABC', 'abc', false, true],
  ['StringLike', 'ex:s', 'a*', 'abc', true, false],
  ['StringNotLike', 'ex:s', 'a*', 'abc', false, true],
  ['NumericEquals', 'ex:n', '5', '5', true, false],
  ['NumericNotEquals', 'ex:n', '5', '5', false, true],
  ['NumericLessThan', 'ex:n', '5', '4', true, false],
  ['NumericLessThanEquals', 'ex:n', '5', '5', true, false],
  ['NumericGreaterThan', 'ex:n', '5', '6', true, false],
  ['NumericGreaterThanEquals', 'ex:n', '5', '5', true, false],
  ['DateEquals', 'ex:d', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', true, false],
  ['DateNotEquals', 'ex:d', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', false, true],
  ['DateLessThan', 'ex:d', '2024-01-01T00:00:00Z', '2023-12-31T23:59:59Z', true, false],
  ['DateLessThanEquals', 'ex:d', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', true, false],
  ['DateGreaterThan', 'ex:d', '2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z', true, false],
  ['DateGreaterThanEquals', 'ex:d', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', true, false],
  ['Bool', 'ex:b', 'true', 'true', true, false],
  ['BinaryEquals', 'ex:x', 'AAE=', 'AAE=', true, false],
  ['IpAddress', 'ex:ip', '10.0.0.0/8', '10.9.9.9', true, false],
  ['NotIpAddress', 'ex:ip', '10.0.0.0/8', '10.9.9.9', false, true],
  ['ArnEquals', 'ex:arn', 'arn:aws:s3:::b', 'arn:aws:s3:::b', true, false],
  ['ArnLike', 'ex:arn', 'arn:aws:s3:::*', 'arn:aws:s3:::b', true, false],
  ['ArnNotEquals', 'ex:arn', 'arn:aws:s3:::b', 'arn:aws:s3:::b', false, true],
  ['ArnNotLike', 'ex:arn', 'arn:aws:s3:::*', 'arn:aws:s3:::b', false, true],
];
for (const [op, key, pv, rv, present, negated] of matrix) {
  const base = { page: OPS, identity: [] as EvalCase['identity'], action: 'x:Y', resource: '*' };
  cases.push({ ...base, name: `${op}: present value`, identity: [allow('*', '*', { [op]: { [key]: pv } })], context: { [key]: rv }, expect: present ? A : I });
  cases.push({ ...base, name: `${op}: missing key (${negated ? 'negated → true' : 'positive → false'})`, identity: [allow('*', '*', { [op]: { [key]: pv } })], expect: negated ? A : I });
  cases.push({ ...base, name: `${op}IfExists: missing key → true`, identity: [allow('*', '*', { [`${op}IfExists`]: { [key]: pv } })], expect: A });
  cases.push({ ...base, name: `${op}IfExists: present value compares`, identity: [allow('*', '*', { [`${op}IfExists`]: { [key]: pv } })], context: { [key]: rv }, expect: present ? A : I });
}

describe('evaluation follows the AWS IAM User Guide', () => {
  it('has at least 200 cases, each naming its page', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    for (const c of cases) expect(c.page).toMatch(/\S/);
  });
  test.each(cases.map((c) => [`${c.page} — ${c.name}`, c] as const))('%s', (_title, c) => {
    expect(run(c)).toBe(c.expect);
  });
});
