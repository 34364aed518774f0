/**
 * The "hard principal" of bench/policy.bench.ts: 100 policies, 500 statements over 25 services whose
 * action patterns defeat a plain action index (`svc:*Secret`, `svc:Get*Item`, `svc:*`, NotAction),
 * resource ARNs with inner wildcards and policy variables, a third of the statements with
 * conditions, some Deny, and 1,000 mixed requests of which about half are implicit denies.
 * Deterministic: everything comes from one seeded PRNG (mulberry32).
 */
import type { UserCaller } from '../src/authz/principal';
import type { RequestContextKeys } from '../src/authz/request-context';
import { mulberry32 } from './prng';

export const ACCOUNT = '123456789012';


const SERVICES = [
  's3', 'iam', 'sqs', 'sns', 'dynamodb', 'ec2', 'kms', 'lambda', 'secretsmanager', 'ssm', 'logs', 'cloudwatch', 'rds',
  'ecr', 'ecs', 'eks', 'glue', 'athena', 'kinesis', 'firehose', 'sts', 'route53', 'acm', 'backup', 'batch',
];
const VERBS = ['Get', 'Put', 'List', 'Delete', 'Describe', 'Create', 'Update', 'Tag'];
const NOUNS = ['Item', 'Secret', 'Thing', 'Part', 'Object', 'Policy', 'ConfigItem', 'ApiSecret'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function actionPattern(r: () => number, svc: string): string {
  const x = r();
  if (x < 0.3) return `${svc}:${pick(r, VERBS)}${pick(r, NOUNS)}`;
  if (x < 0.4) return `${svc}:*`;
  if (x < 0.6) return `${svc}:*${pick(r, ['Secret', 'Item', 'Policy'])}`;
  if (x < 0.8) return `${svc}:${pick(r, VERBS)}*${pick(r, ['Item', 'Secret', 'Part'])}`;
  if (x < 0.9) return `${svc}:${pick(r, VERBS)}*`;
  return `${svc}:?et${pick(r, NOUNS)}`;
}

function resourceArn(r: () => number, svc: string, narrow: boolean): string {
  const x = narrow ? r() * 0.96 : r();
  if (svc === 's3' || x < 0.15) return pick(r, [`arn:aws:s3:::bucket-*/logs/*`, `arn:aws:s3:::bucket-${Math.floor(r() * 9)}/*`, 'arn:aws:s3:::home/${aws:username}/*']);
  if (x < 0.4) return `arn:aws:${svc}:*:${ACCOUNT}:thing/*/part`;
  if (x < 0.55) return `arn:aws:${svc}:us-east-1:${ACCOUNT}:user/\${aws:username}/*`;
  if (x < 0.7) return `arn:aws:${svc}:*:${ACCOUNT}:team/\${aws:PrincipalTag/team}/*`;
  if (x < 0.8) return `arn:aws:${svc}:us-?ast-1:${ACCOUNT}:item/i-${Math.floor(r() * 20)}*`;
  if (x < 0.96) return `arn:aws:${svc}:eu-west-1:${ACCOUNT}:thing/t-${Math.floor(r() * 20)}/part`;
  if (x < 0.985) return `arn:aws:${svc}:*:*:*`;
  return '*';
}

function condition(r: () => number): Record<string, unknown> {
  switch (Math.floor(r() * 7)) {
    case 0:
      return { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } };
    case 1:
      return { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24'] } };
    case 2:
      return { DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2099-01-01T00:00:00Z' } };
    case 3:
      return { StringEqualsIfExists: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } };
    case 4:
      return { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['env*', 'cost-*'] } };
    case 5:
      return { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
    default:
      return { StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] }, DateLessThan: { 'aws:CurrentTime': '2001-01-01T00:00:00Z' } };
  }
}

export function hardPolicies(seed = 12): string[] {
  const r = mulberry32(seed);
  const docs: string[] = [];
  for (let p = 0; p < 100; p++) {
    const statements: Record<string, unknown>[] = [];
    for (let s = 0; s < 5; s++) {
      const svc = pick(r, SERVICES);
      const n = 1 + Math.floor(r() * 3);
      const acts = Array.from({ length: n }, () => actionPattern(r, r() < 0.8 ? svc : pick(r, SERVICES)));
      const deny = r() < 0.06;
      const notAction = !deny && r() < 0.04;
      const st: Record<string, unknown> = { Sid: `H${p}x${s}`, Effect: deny ? 'Deny' : 'Allow' };
      if (notAction) st.NotAction = [`${svc}:Delete*`, `${svc}:*Policy`];
      else st.Action = acts;
      // A Deny or a NotAction on "*" would decide most requests alone: theirs name resources.
      st.Resource = Array.from({ length: 1 + Math.floor(r() * 2) }, () => resourceArn(r, svc, deny || notAction));
      if (r() < 1 / 3) st.Condition = condition(r);
      statements.push(st);
    }
    docs.push(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
  }
  return docs;
}

export interface HardRequest {
  action: string;
  resource: string;
  extra: RequestContextKeys;
}

export function hardRequests(seed = 34): HardRequest[] {
  const r = mulberry32(seed);
  const out: HardRequest[] = [];
  for (let i = 0; i < 1000; i++) {
    const svc = pick(r, SERVICES);
    // Some actions no pattern names (Publish, Rotate...), some resources no pattern covers.
    const verb = r() < 0.25 ? pick(r, ['Publish', 'Rotate', 'Invoke']) : pick(r, VERBS);
    const action = `${svc}:${verb}${pick(r, NOUNS)}`;
    const x = r();
    let resource: string;
    if (x < 0.15) resource = `arn:aws:s3:::bucket-${Math.floor(r() * 12)}/${r() < 0.5 ? 'logs' : 'data'}/2026/12/02/x.gz`;
    else if (x < 0.32) resource = `arn:aws:${svc}:${pick(r, ['us-east-1', 'eu-west-1'])}:${ACCOUNT}:thing/t-${Math.floor(r() * 30)}/part`;
    else if (x < 0.44) resource = `arn:aws:${svc}:us-east-1:${ACCOUNT}:user/${r() < 0.7 ? 'alice' : 'bob'}/k`;
    else if (x < 0.56) resource = `arn:aws:${svc}:eu-west-1:${ACCOUNT}:team/${r() < 0.7 ? 'red' : 'green'}/doc`;
    else if (x < 0.68) resource = `arn:aws:${svc}:us-east-1:${ACCOUNT}:item/i-${Math.floor(r() * 40)}`;
    else resource = `arn:aws:${svc}:ap-south-1:999999999999:other/${Math.floor(r() * 100)}`;
    const extra: RequestContextKeys = {};
    if (r() < 0.5) extra['aws:RequestedRegion'] = pick(r, ['us-east-1', 'eu-west-1', 'ap-south-1']);
    if (r() < 0.4) extra['aws:TagKeys'] = r() < 0.5 ? ['env', 'owner'] : ['owner'];
    out.push({ action, resource, extra });
  }
  return out;
}

/** The caller as src/authz sees it: an IAM user signed in with MFA, with two tags. */
export function hardCaller(): UserCaller {
  const now = new Date();
  return {
    kind: 'USER',
    arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
    userId: 'AIDAEXAMPLEALICE00001',
    user: { userName: 'alice', tags: [{ key: 'team', value: 'red' }, { key: 'cost', value: 'c-1' }] },
    session: { authMethod: 'PASSWORD', temporary: true, mfaAuthenticated: true, mfaAuthenticatedAt: now, createdAt: now, context: null, sessionPolicy: null },
  } as unknown as UserCaller;
}
