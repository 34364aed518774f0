/**
 * Properties of the decision ("Policy evaluation logic": deny wins, order is irrelevant) and
 * robustness: random documents never make parse/validate/compile/evaluate throw.
 */
import fc from 'fast-check';
import { buildContext, compilePolicy, evaluate, EvaluationResult,parsePolicy, validatePolicy } from '../../src/policy';

const actions = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'iam:CreateUser', 'iam:GetUser', 'ec2:RunInstances', 'sqs:SendMessage'];
const actionPatterns = [...actions, 's3:*', 's3:Get*', '*', 'iam:*User', 'S3:getobject', 'ec2:?unInstances', 'sqs:*'];
const resources = ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/key', 'arn:aws:s3:::other/a/b', 'arn:aws:iam::123456789012:user/alice', 'arn:aws:sqs:us-east-1:123456789012:q'];
const resourcePatterns = [...resources, '*', 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::*', 'arn:aws:iam::*:user/${aws:username}', 'arn:aws:sqs:*:*:*', 'arn:aws:s3:::${aws:PrincipalTag/team}/*'];
const conditions: (Record<string, unknown> | undefined)[] = [
  undefined,
  { StringEquals: { 'aws:username': 'alice' } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a', 'b'] } },
  { 'ForAnyValue:StringLike': { 'aws:TagKeys': 'a*' } },
  { NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } },
  { Null: { 'aws:username': 'true' } },
  { StringLike: { 's3:prefix': 'home/${aws:username}/*' } },
];

const statementArb = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  not: fc.boolean(),
  notRes: fc.boolean(),
  Action: fc.subarray(actionPatterns, { minLength: 1, maxLength: 3 }),
  Resource: fc.subarray(resourcePatterns, { minLength: 1, maxLength: 3 }),
  Condition: fc.constantFrom(...conditions),
});
type S = typeof statementArb extends fc.Arbitrary<infer T> ? T : never;

function toStatement(s: S): Record<string, unknown> {
  const st: Record<string, unknown> = { Effect: s.Effect };
  st[s.not ? 'NotAction' : 'Action'] = s.Action;
  st[s.notRes ? 'NotResource' : 'Resource'] = s.Resource;
  if (s.Condition) st.Condition = s.Condition;
  return st;
}

const policyArb = fc.array(statementArb, { minLength: 1, maxLength: 4 });
const contextArb = fc.record(
  {
    'aws:username': fc.constantFrom('alice', 'bob'),
    'aws:PrincipalTag/team': fc.constantFrom('red', 'green'),
    'aws:MultiFactorAuthPresent': fc.boolean(),
    'aws:SourceIp': fc.constantFrom('10.1.2.3', '192.0.2.1', '2001:db8::1'),
    'aws:TagKeys': fc.subarray(['a', 'b', 'c']),
    'aws:MultiFactorAuthAge': fc.integer({ min: 0, max: 10000 }),
    's3:prefix': fc.constantFrom('home/alice/x', 'home/bob/', ''),
  },
  { requiredKeys: [] },
);
const requestArb = fc.record({ action: fc.constantFrom(...actions), resource: fc.constantFrom(...resources), context: contextArb });

let seq = 0;
const compileAll = (policies: S[][]) =>
  policies.map((p) => compilePolicy(JSON.stringify({ Version: '2012-10-17', Statement: p.map(toStatement) }), { id: `p${seq++}` }));

const key = (r: EvaluationResult<{ id: string }>) =>
  r.matchedStatements.map((m) => `${m.effect}:${m.statementIndex}:${m.scope}`).sort().join(',');

describe('decision properties (Policy evaluation logic)', () => {
  it('adding a Deny statement never turns a decision into ALLOWED', () => {
    fc.assert(
      fc.property(fc.array(policyArb, { maxLength: 4 }), statementArb, requestArb, (policies, extra, req) => {
        const ctx = buildContext(req.context);
        const before = evaluate({ ...req, context: ctx }, { identity: compileAll(policies) }).decision;
        const withDeny: S[][] = [...policies, [{ ...extra, Effect: 'Deny' as const }]];
        const after = evaluate({ ...req, context: ctx }, { identity: compileAll(withDeny) }).decision;
        if (before !== 'ALLOWED') expect(after).not.toBe('ALLOWED');
        if (before === 'EXPLICIT_DENY') expect(after).toBe('EXPLICIT_DENY');
      }),
      { numRuns: 300 },
    );
  });

  it('statement order and policy order never matter', () => {
    fc.assert(
      fc.property(fc.array(policyArb, { minLength: 1, maxLength: 4 }), requestArb, fc.integer(), (policies, req, seed) => {
        const ctx = buildContext(req.context);
        const a = evaluate({ ...req, context: ctx }, { identity: compileAll(policies) });
        const rot = (xs: unknown[]) => (xs.length ? [...xs.slice(Math.abs(seed) % xs.length), ...xs.slice(0, Math.abs(seed) % xs.length)] : xs);
        const shuffled = (rot(policies.map((p) => [...p].reverse())) as S[][]);
        const b = evaluate({ ...req, context: ctx }, { identity: compileAll(shuffled) });
        expect(b.decision).toBe(a.decision);
        expect(b.matchedStatements.length).toBe(a.matchedStatements.length);
        expect([...b.missingContextValues].sort()).toEqual([...a.missingContextValues].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('evaluation is deterministic', () => {
    fc.assert(
      fc.property(fc.array(policyArb, { maxLength: 3 }), policyArb, requestArb, (policies, boundary, req) => {
        const compiled = compileAll(policies);
        const b = compileAll([boundary]);
        const ctx = buildContext(req.context);
        const r1 = evaluate({ ...req, context: ctx }, { identity: compiled, boundary: b });
        const r2 = evaluate({ ...req, context: ctx }, { identity: compiled, boundary: b });
        const r3 = evaluate({ ...req, context: buildContext(req.context) }, { identity: [...compiled], boundary: [...b] });
        expect(r2).toEqual(r1);
        expect(r3.decision).toBe(r1.decision);
        expect(key(r3)).toBe(key(r1));
      }),
      { numRuns: 200 },
    );
  });

  it('a boundary never grants: with a boundary the result is never more permissive', () => {
    fc.assert(
      fc.property(fc.array(policyArb, { maxLength: 3 }), policyArb, requestArb, (policies, boundary, req) => {
        const ctx = buildContext(req.context);
        const without = evaluate({ ...req, context: ctx }, { identity: compileAll(policies) }).decision;
        const withB = evaluate({ ...req, context: ctx }, { identity: compileAll(policies), boundary: compileAll([boundary]) }).decision;
        if (without !== 'ALLOWED') expect(withB).not.toBe('ALLOWED');
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzzed documents never throw; they give findings', () => {
  const check = (text: string) => {
    const parsed = parsePolicy(text);
    expect(Array.isArray(parsed.findings)).toBe(true);
    const f1 = validatePolicy(text, { kind: 'IDENTITY', forStorage: true });
    const f2 = validatePolicy(text, { kind: 'TRUST' });
    expect(Array.isArray(f1) && Array.isArray(f2)).toBe(true);
    for (const f of [...f1, ...f2]) {
      expect(typeof f.code).toBe('string');
      expect(typeof f.message).toBe('string');
      expect(f.path.startsWith('$')).toBe(true);
    }
    const p = compilePolicy(text, { id: 'fuzz' });
    const t = compilePolicy(text, { id: 'fuzz' }, { kind: 'TRUST' });
    evaluate({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: buildContext({ 'aws:username': 'a', 'aws:TagKeys': ['x'] }) }, { identity: [p, t], boundary: [p] });
  };

  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => check(s)), { numRuns: 500 });
  });

  it('random JSON values', () => {
    fc.assert(fc.property(fc.json({ depthSize: 'medium' }), (s) => check(s)), { numRuns: 500 });
  });

  const anyish = fc.oneof(
    fc.string(),
    fc.constantFrom('*', 's3:*', 'arn:aws:s3:::b/*', '${aws:username}', '${', '${*}', 'arn:aws:iam::1:user/x', '10.0.0.0/8', '2024-01-01'),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom('s3:GetObject', '*'))),
    fc.dictionary(fc.constantFrom('StringEquals', 'StringLikeIfExists', 'ForAllValues:StringEquals', 'Null', 'Bogus', 'DateLessThan', 'IpAddress', 'NumericEquals', 'ArnLike', 'BinaryEquals'),
      fc.oneof(fc.dictionary(fc.constantFrom('aws:username', 'aws:TagKeys', 'x', 'aws:SourceIp'), fc.oneof(fc.string(), fc.array(fc.string()), fc.integer(), fc.constant(null))), fc.string())),
  );
  const statementish = fc.dictionary(
    fc.constantFrom('Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition', 'Principal', 'NotPrincipal', 'Other'),
    anyish,
  );
  it('structured near-policies', () => {
    fc.assert(
      fc.property(
        fc.record({ Version: fc.constantFrom('2012-10-17', '2008-10-17', 'x', 1 as unknown as string), Statement: fc.oneof(statementish, fc.array(statementish, { maxLength: 4 })) }, { requiredKeys: [] }),
        (d) => check(JSON.stringify(d)),
      ),
      { numRuns: 700 },
    );
  });

  it('truncated and mutated valid documents', () => {
    const valid = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'A', Effect: 'Allow', Action: ['s3:Get*'], Resource: 'arn:aws:s3:::b/${aws:username}/*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }] });
    fc.assert(
      fc.property(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 5 }), (i, j, ins) => {
        check(valid.slice(0, i));
        check(valid.slice(0, Math.min(i, j)) + ins + valid.slice(Math.max(i, j)));
      }),
      { numRuns: 500 },
    );
  });

  it('non-string inputs', () => {
    for (const v of [undefined, null, 42, {}, []] as unknown as string[]) {
      expect(() => validatePolicy(v)).not.toThrow();
      expect(() => parsePolicy(v)).not.toThrow();
      expect(() => compilePolicy(v, {})).not.toThrow();
    }
  });
});
