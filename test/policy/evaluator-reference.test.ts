/**
 * The evaluator's statement finding (action memo per index, resource prefilters, small contexts)
 * against a naive reference: random Action/NotAction and Resource/NotResource patterns with `*`,
 * `?` and policy variables, many requests per compiled set so that memoised actions are reused.
 * The reference follows the documented rules only ("IAM JSON policy elements: Action/Resource",
 * "Variables and tags"): actions case-insensitive, ARNs per colon segment (the sixth keeps its
 * colons), variables substituted after the fifth colon, a variable without value matches nothing.
 */
import fc from 'fast-check';
import { buildContext, compilePolicy, evaluate, RequestContext } from '../../src/policy';
import { isoString, parseDate } from '../../src/policy/typed-values';

/** Whole-string `*`/`?` match by dynamic programming. */
function glob(p: string, s: string): boolean {
  let row = new Array<boolean>(s.length + 1).fill(false);
  row[0] = true;
  for (const c of p) {
    const next = new Array<boolean>(s.length + 1).fill(false);
    if (c === '*') {
      let any = false;
      for (let j = 0; j <= s.length; j++) next[j] = any = any || row[j];
    } else for (let j = 1; j <= s.length; j++) next[j] = row[j - 1] && (c === '?' || c === s[j - 1]);
    row = next;
  }
  return row[s.length];
}

function split5(s: string): string[] {
  const out: string[] = [];
  let rest = s;
  for (let i = 0; i < 5; i++) {
    const c = rest.indexOf(':');
    if (c < 0) break;
    out.push(rest.slice(0, c));
    rest = rest.slice(c + 1);
  }
  out.push(rest);
  return out;
}

type Ctx = { username?: string; team?: string };

function refResource(p: string, v: string, ctx: Ctx): boolean {
  if (p === '*') return true;
  const ps = split5(p);
  if (ps.length === 6) {
    let missing = false;
    ps[5] = ps[5].replace(/\$\{aws:(username|PrincipalTag\/team)\}/g, (_, k: string) => {
      const val = k === 'username' ? ctx.username : ctx.team;
      if (val === undefined) missing = true;
      return val ?? '';
    });
    if (missing) return false;
  }
  const vs = split5(v);
  if (ps.length === vs.length) return ps.every((x, i) => glob(x, vs[i]));
  const n = ps.length;
  if (n < vs.length && ps[n - 1].endsWith('*')) {
    return ps.slice(0, n - 1).every((x, i) => glob(x, vs[i])) && glob(ps[n - 1], vs.slice(n - 1).join(':'));
  }
  return false;
}

const chars = (xs: string[], max: number) => fc.array(fc.constantFrom(...xs), { maxLength: max }).map((a) => a.join(''));
const actionPat = fc
  .tuple(fc.constantFrom('s1', 's2', 'S1', 's*', '*'), chars(['a', 'B', '*', '?'], 5))
  .map(([s, n]) => (s === '*' && n === '' ? '*' : `${s}:${n}`));
const seg = chars(['a', 'b', '*', '?'], 3);
const tail = chars(['a', 'b', '/', ':', '*', '?', '${aws:username}', '${aws:PrincipalTag/team}'], 5);
const resourcePat = fc.oneof(
  fc.tuple(fc.constantFrom('s1', 's2', 's*'), seg, seg, tail).map(([s, r, a, t]) => `arn:aws:${s}:${r}:${a}:${t}`),
  fc.tuple(fc.constantFrom('s1', 's2'), seg).map(([s, r]) => `arn:aws:${s}:${r}*`),
  fc.constant('*'),
);
const statementArb = fc.record({
  deny: fc.boolean(),
  notAction: fc.boolean(),
  notResource: fc.boolean(),
  actions: fc.array(actionPat, { minLength: 1, maxLength: 3 }),
  resources: fc.array(resourcePat, { minLength: 1, maxLength: 3 }),
});
const requestArb = fc.record({
  action: fc.tuple(fc.constantFrom('s1', 's2', 's3'), chars(['a', 'b', 'A'], 4)).map(([s, n]) => `${s}:${n}`),
  resource: fc
    .tuple(fc.constantFrom('s1', 's2'), chars(['a', 'b'], 2), chars(['a', 'b'], 2), chars(['a', 'b', '/', ':'], 6))
    .map(([s, r, a, t]) => `arn:aws:${s}:${r}:${a}:${t}`),
  username: fc.constantFrom(undefined, 'a', 'ab'),
  team: fc.constantFrom(undefined, 'b'),
});

describe('the evaluator finds exactly the statements a naive reference finds', () => {
  it('agrees on random patterns with wildcards and variables, requests reusing one compiled set', () => {
    fc.assert(
      fc.property(
        fc.array(statementArb, { minLength: 1, maxLength: 8 }),
        fc.array(requestArb, { minLength: 1, maxLength: 12 }),
        (sts, reqs) => {
          const doc = {
            Version: '2012-10-17',
            Statement: sts.map((s) => ({
              Effect: s.deny ? 'Deny' : 'Allow',
              [s.notAction ? 'NotAction' : 'Action']: s.actions,
              [s.notResource ? 'NotResource' : 'Resource']: s.resources,
            })),
          };
          const policy = compilePolicy(JSON.stringify(doc), { id: 'p' });
          expect(policy.statements).toHaveLength(sts.length);
          // Twice over the requests: the second pass runs on memoised actions.
          for (const r of [...reqs, ...reqs]) {
            const context = buildContext({ 'aws:username': r.username, 'aws:PrincipalTag/team': r.team });
            const got = evaluate({ action: r.action, resource: r.resource, context }, { identity: [policy] }).matchedStatements.map(
              (m) => m.statementIndex,
            );
            const want = sts.flatMap((s, i) => {
              const a = s.actions.some((p) => glob(p.toLowerCase(), r.action.toLowerCase())) !== s.notAction;
              const res = s.resources.some((p) => refResource(p, r.resource, r)) !== s.notResource;
              return a && res ? [i] : [];
            });
            expect([r.action, r.resource, got.sort()]).toEqual([r.action, r.resource, want]);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('request contexts', () => {
  it('isoString is toISOString, and parses back to the same instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 3e14 }), (ms) => {
        expect(isoString(ms)).toBe(new Date(ms).toISOString());
        if (ms >= 0 && ms < 253402300800000) expect(parseDate(isoString(ms))).toBe(ms);
      }),
      { numRuns: 3000 },
    );
  });

  it('a small context and a large one keep Map semantics (case-insensitive keys, last set wins, order kept)', () => {
    for (const n of [3, 24, 25, 60]) {
      const c = new RequestContext();
      for (let i = 0; i < n; i++) c.set(`aws:Key${i}`, [`v${i}`], false, 'STRING');
      c.set('AWS:KEY1', ['again'], false, 'STRING');
      c.delete('aws:key0');
      expect(c.size).toBe(n - 1);
      expect(c.keys()[0]).toBe('AWS:KEY1');
      expect(c.lookup('aws:key1')?.values).toEqual(['again']);
      expect(c.get('aws:key0')).toBeUndefined();
      expect(c.clone().lookup(`aws:KEY${n - 1}`)?.values).toEqual([`v${n - 1}`]);
      c.setDate('aws:CurrentTime', 1_700_000_000_123);
      expect(c.lookup('aws:currenttime')?.dates()).toEqual([1_700_000_000_123]);
      expect(c.lookup('aws:currenttime')?.values).toEqual(['2023-11-14T22:13:20.123Z']);
    }
  });
});
