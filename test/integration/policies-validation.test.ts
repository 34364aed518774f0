import { uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9, "The simulators must agree with the API, and with AWS": createPolicy accepts what AWS
 * accepts and refuses with AWS's first message (moto's documents, recorded against AWS).
 */
const CREATE = 'mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }';
const doc = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const allow = (extra: Record<string, unknown>) => doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...extra });

describe('policy documents as AWS validates them', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => {
    await s.close();
  });
  const create = (policyDocument: string) => s.gql(CREATE, { i: { policyName: uniqueName('P'), policyDocument } }, admin);

  test('accepts what AWS accepts', async () => {
    const accepted: [string, string][] = [
      ['a condition key without a service prefix', allow({ Condition: { StringEqualsIfExists: { a: 'asf' } } })],
      ['an S3 access point, which carries a region', allow({ Resource: ['arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point', 'arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point/object/*'] })],
      ['a short ARN', allow({ Resource: 'arn:aws:fdsasf' })],
      ['a date of a year and T', allow({ Condition: { DateGreaterThan: { 'aws:CurrentTime': '01T' } } })],
      ['a one-digit hour and an offset of hours', allow({ Condition: { DateLessThanEquals: { 'aws:CurrentTime': '2016-12-13t2:00:00.593194+23' } } })],
    ];
    for (const [name, d] of accepted) {
      const res = await create(d);
      expect([name, res.errors]).toEqual([name, undefined]);
    }
  });

  test('refuses with the message AWS gives first', async () => {
    const refused: [string, string, string][] = [
      ['resource format before action vendor', doc({ Effect: 'Allow', Action: 's:3:ListBucket', Resource: 'sdfsadf' }), 'Resource sdfsadf must be in ARN format or "*".'],
      ['a partition, fields shown as written', allow({ Resource: ['arn:error:s3:::example_bucket', 'arn:error:s3::example_bucket'] }), 'Partition "error" is not valid for resource "arn:error:s3:::example_bucket".'],
      ['a short ARN with an empty field', allow({ Resource: 'arn:aws:s3::example_bucket' }), 'The policy failed legacy parsing'],
      ['an S3 bucket with a region', allow({ Resource: 'arn:aws:s3:us-east-1::example_bucket' }), 'Resource arn:aws:s3:us-east-1::example_bucket can not contain region information.'],
      ['an epoch past 2^63 - 1', allow({ Condition: { DateLessThan: { 'aws:EpochTime': '9223372036854775808' } } }), 'The policy failed legacy parsing'],
    ];
    for (const [name, d, message] of refused) {
      const res = await create(d);
      expect([name, codeOf(res), res.errors?.[0]?.message]).toEqual([name, 'MALFORMED_POLICY_DOCUMENT', message]);
    }
  });

  test('the simulator evaluates an access point policy', async () => {
    const ap = 'arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point';
    const res = await s.gql(
      'query($i: SimulateCustomPolicyInput!) { simulateCustomPolicy(input: $i) { evaluationResults { evalResourceName evalDecision } } }',
      { i: { policyInputList: [allow({ Resource: `${ap}/object/*` })], actionNames: ['s3:GetObject'], resourceArns: [`${ap}/object/k`, 'arn:aws:s3:::bucket/k'] } },
      admin,
    );
    expect(res.data.simulateCustomPolicy.evaluationResults.map((r: { evalDecision: string }) => r.evalDecision)).toEqual(['ALLOWED', 'IMPLICIT_DENY']);
  });
});
