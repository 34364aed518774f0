/**
 * Properties of decisions with a resource-based policy ("Policy evaluation logic"): a resource
 * policy that names someone else changes nothing; deny wins; same account, an allow needs one side;
 * cross-account, both; order of statements is irrelevant; no resource policy is the identity
 * evaluator's decision exactly.
 */
import fc from 'fast-check';
import {
  buildContext,
  compilePolicy,
  decideWithResourcePolicy,
  evaluate,
  evaluateResourcePolicy,
  type GrantCaller,
} from '../../src/policy';

const A = '111122223333';
const B = '444455556666';
const ME = `arn:aws:iam::${A}:user/alice`;
const ROLE = `arn:aws:iam::${A}:role/app`;
const SESSION = `arn:aws:sts::${A}:assumed-role/app/s1`;
const actions = ['s3:GetObject', 's3:PutObject', 's3:ListBucket'];
const resources = ['arn:aws:s3:::docs', 'arn:aws:s3:::docs/a', 'arn:aws:s3:::other/b'];
const actionPatterns = [...actions, 's3:*', 's3:Get*', '*'];
const resourcePatterns = [...resources, '*', 'arn:aws:s3:::docs/*'];
const conditions = [undefined, { Bool: { 'aws:SecureTransport': 'true' } }, { StringEquals: { 'aws:PrincipalArn': ROLE } }];
const principals = ['*', { AWS: ME }, { AWS: ROLE }, { AWS: SESSION }, { AWS: A }, { AWS: B }, { AWS: `arn:aws:iam::${A}:user/carol` }];
const others = [{ AWS: `arn:aws:iam::${A}:user/carol` }, { AWS: `arn:aws:iam::${B}:role/x` }, { AWS: B }];

const base = {
  Effect: fc.constantFrom('Allow', 'Deny'),
  Action: fc.subarray(actionPatterns, { minLength: 1, maxLength: 2 }),
  Resource: fc.subarray(resourcePatterns, { minLength: 1, maxLength: 2 }),
  Condition: fc.constantFrom(...conditions),
};
const clean = (s: Record<string, unknown>) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
const identityArb = fc.array(fc.record(base), { maxLength: 3 });
const resourceStmt = fc
  .record({ ...base, principal: fc.constantFrom(...principals), not: fc.boolean() })
  .map(({ principal, not, ...s }) =>
    clean({ ...s, [not ? 'NotPrincipal' : 'Principal']: principal === '*' && not ? { AWS: B } : principal }),
  );
const otherStmt = fc.record({ ...base, Principal: fc.constantFrom(...others) }).map(clean);
const callerArb = fc.constantFrom<GrantCaller>(
  { principal: [ME], role: [], account: A },
  { principal: [SESSION], role: [ROLE], account: A },
  { principal: [`arn:aws:iam::${B}:user/bob`], role: [], account: B },
);
const requestArb = fc.record({
  action: fc.constantFrom(...actions),
  resource: fc.constantFrom(...resources),
  secure: fc.boolean(),
  boundary: fc.option(identityArb, { nil: undefined }),
});

let seq = 0;
const compile = (stmts: Record<string, unknown>[], kind: 'IDENTITY' | 'RESOURCE' = 'IDENTITY') =>
  compilePolicy(JSON.stringify({ Version: '2012-10-17', Statement: stmts }), { id: `p${seq++}` }, { kind });

type Req = { action: string; resource: string; secure: boolean; boundary?: Record<string, unknown>[] };

function run(identity: Record<string, unknown>[], rp: Record<string, unknown>[] | null, caller: GrantCaller, req: Req) {
  const context = buildContext({ 'aws:SecureTransport': req.secure, 'aws:PrincipalArn': caller.role[0] ?? caller.principal[0] });
  const request = { action: req.action, resource: req.resource, context };
  const policies = {
    identity: [compile(identity)],
    boundary: req.boundary && req.boundary.length > 0 ? [compile(req.boundary)] : undefined,
  };
  const resourcePolicy = rp && rp.length > 0 ? compile(rp, 'RESOURCE') : null;
  const d = decideWithResourcePolicy({ request, policies, resourcePolicy, resourceOwner: A, caller });
  const own = evaluate(request, policies);
  const who = { type: 'AWS' as const, identifiers: [...caller.principal, ...caller.role, caller.account] };
  const alone = resourcePolicy ? evaluateResourcePolicy(resourcePolicy, { principal: who, ...request }, 'RESOURCE') : null;
  return { d, own, alone, crossAccount: caller.account !== A };
}

describe('resource-based policy decisions: properties', () => {
  it('with no resource policy, same account, the decision is the identity evaluator’s', () => {
    fc.assert(
      fc.property(identityArb, requestArb, (identity, r) => {
        const { d, own } = run(identity, null, { principal: [ME], role: [], account: A }, r);
        expect(d.decision).toBe(own.decision);
        expect(d.matchedStatements).toEqual(own.matchedStatements);
      }),
      { numRuns: 300 },
    );
  });

  it('a resource policy naming only other principals changes nothing (same account)', () => {
    fc.assert(
      fc.property(identityArb, fc.array(otherStmt, { minLength: 1, maxLength: 3 }), requestArb, (identity, rp, r) => {
        const { d, own } = run(identity, rp, { principal: [SESSION], role: [ROLE], account: A }, r);
        expect(d.decision).toBe(own.decision);
      }),
      { numRuns: 300 },
    );
  });

  it('deny wins, an allow needs one side (same account) or both (cross-account), order is irrelevant', () => {
    fc.assert(
      fc.property(identityArb, fc.array(resourceStmt, { minLength: 1, maxLength: 4 }), callerArb, requestArb, (identity, rp, caller, r) => {
        const { d, own, alone, crossAccount } = run(identity, rp, caller, r);
        if (own.decision === 'EXPLICIT_DENY' || alone?.decision === 'EXPLICIT_DENY') expect(d.decision).toBe('EXPLICIT_DENY');
        if (d.decision === 'ALLOWED') {
          if (crossAccount) expect([own.decision, alone?.decision]).toEqual(['ALLOWED', 'ALLOWED']);
          else expect(own.decision === 'ALLOWED' || alone?.decision === 'ALLOWED').toBe(true);
        }
        if (!crossAccount && own.decision === 'ALLOWED' && !rp.some((s) => s.Effect === 'Deny')) expect(d.decision).toBe('ALLOWED');
        const reversed = run(identity, [...rp].reverse(), caller, r);
        expect(reversed.d.decision).toBe(d.decision);
      }),
      { numRuns: 500 },
    );
  });
});
