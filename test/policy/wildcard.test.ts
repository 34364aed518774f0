/**
 * Wildcard matching ("IAM JSON policy elements: Action/Resource": `*` any run, `?` one character,
 * whole-string match): exact against a reference, and linear in the input on adversarial patterns.
 * Work is measured with the evaluator's work meter, never with a clock.
 */
import fc from 'fast-check';
import { buildContext, compilePolicy, evaluate, withWorkLimit, WorkLimitExceeded, workSteps } from '../../src/policy';
import { compileGlob, matchGlob } from '../../src/policy/wildcard';

/** Textbook dynamic programme, O(n·m): obviously right, too slow for the engine. */
function reference(pattern: string, s: string): boolean {
  const m = pattern.length;
  let row = new Array<boolean>(s.length + 1).fill(false);
  row[0] = true;
  for (let i = 0; i < m; i++) {
    const p = pattern[i];
    const next = new Array<boolean>(s.length + 1).fill(false);
    if (p === '*') {
      let any = false;
      for (let j = 0; j <= s.length; j++) next[j] = any = any || row[j];
    } else {
      for (let j = 1; j <= s.length; j++) next[j] = row[j - 1] && (p === '?' || p === s[j - 1]);
    }
    row = next;
  }
  return row[s.length];
}

function stepsOf(pattern: string, s: string): { result: boolean; steps: number } {
  const g = compileGlob(pattern);
  const before = workSteps();
  const result = matchGlob(g, s, null);
  return { result, steps: workSteps() - before };
}

/** Length of the longest segment between two `*` with a `?` between literal characters. */
function innerWildLength(pattern: string): number {
  const parts = pattern.split('*');
  let l = 0;
  for (const seg of parts.slice(1, -1)) {
    const core = seg.replace(/^\?+|\?+$/g, '');
    if (core.includes('?')) l = Math.max(l, core.length);
  }
  return l;
}

/** The cost model of src/policy/wildcard.ts: at most 18 steps per character (16 for a short needle), ⌈L/32⌉ words. */
function bound(pattern: string, s: string): number {
  return 18 * (pattern.length + s.length) * Math.max(1, Math.ceil(innerWildLength(pattern) / 32));
}

const patternChar = fc.constantFrom('a', 'b', '*', '?');
const textChar = fc.constantFrom('a', 'b');

describe('wildcard matching is exact', () => {
  it('agrees with the reference on random patterns and texts', () => {
    fc.assert(
      fc.property(fc.array(patternChar, { maxLength: 14 }), fc.array(textChar, { maxLength: 16 }), (p, t) => {
        expect(matchGlob(compileGlob(p.join('')), t.join(''), null)).toBe(reference(p.join(''), t.join('')));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the reference on long segments (KMP and multi-word Shift-And paths)', () => {
    const seg = fc.array(fc.constantFrom('a', 'a', 'a', 'b', '?'), { minLength: 9, maxLength: 80 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(seg, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(textChar, { maxLength: 300 }),
        (segs, lead, trail, t) => {
          const p = `${lead ? '' : '*'}${segs.join('*')}${trail ? '' : '*'}`;
          const text = t.join('');
          expect(matchGlob(compileGlob(p), text, null)).toBe(reference(p, text));
          // The text made to contain the pattern must match.
          const filled = segs.map((x) => x.replace(/\?/g, 'b')).join('ab');
          expect(matchGlob(compileGlob(p), `${lead ? '' : 'ba'}${filled}${trail ? '' : 'ab'}`, null)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the documented edge cases', () => {
    const cases: [string, string, boolean][] = [
      ['*', '', true],
      ['', '', true],
      ['', 'a', false],
      ['?', '', false],
      ['?', 'x', true],
      ['a*', 'a', true],
      ['*a', 'ba', true],
      ['*a', 'ab', false],
      ['a*a', 'a', false],
      ['a*a', 'aa', true],
      ['*??*', 'x', false],
      ['*??*', 'xy', true],
      ['iam:*user', 'iam:getuser', true],
      ['iam:*user', 'iam:getusers', false],
      ['s3:*object*', 's3:getobjectacl', true],
      ['*a?c*', 'xxabcxx', true],
      ['*a?c*', 'xxacxx', false],
      ['ab*ba', 'aba', false],
    ];
    for (const [p, s, want] of cases) expect([p, s, matchGlob(compileGlob(p), s, null)]).toEqual([p, s, want]);
  });
});

describe('wildcard matching is linear in the input (work meter, no clock)', () => {
  const families: [string, (k: number) => [string, string]][] = [
    // The classic: two-pointer matching restarts after every `*` and goes quadratic.
    ['a*a*a*…c*b against aaaa…b', (k) => [`${'a*'.repeat(k)}c*b`, `${'a'.repeat(4 * k)}b`]],
    ['*a*a*…*b* against aaaa…', (k) => [`*${'a*'.repeat(k)}b*`, 'a'.repeat(4 * k)]],
    ['long literal middle (KMP) against aaaa…', (k) => [`*${'a'.repeat(k)}b*`, 'a'.repeat(4 * k)]],
    ['short literal middles (indexOf) against aaaa…', (k) => [`*${'aaaaaab*'.repeat(k / 8)}`, 'a'.repeat(4 * k)]],
    ['? inside a middle (Shift-And, one word)', (k) => [`*${'a?'.repeat(15)}b*`, 'a'.repeat(4 * k)]],
    ['? inside a long middle (Shift-And, many words)', (k) => [`*${'a?'.repeat(k / 4)}b*`, 'a'.repeat(4 * k)]],
    ['many ?s at the edges of middles', (k) => [`*${'??a??*'.repeat(k / 4)}b`, 'a'.repeat(4 * k)]],
  ];

  for (const [name, make] of families) {
    it(name, () => {
      for (const k of [64, 256, 1024, 4096]) {
        const [p, s] = make(k);
        const { result, steps } = stepsOf(p, s);
        if (k <= 256) expect(result).toBe(reference(p, s));
        expect(steps).toBeLessThanOrEqual(bound(p, s));
      }
    });
  }

  it('doubling the input at most doubles the work, on the classic adversary', () => {
    const work = (k: number) => stepsOf(`*${'a*'.repeat(k)}b*`, 'a'.repeat(8 * k)).steps;
    const small = work(2000);
    const large = work(4000);
    expect(large).toBeLessThanOrEqual(2.2 * small);
  });

  it('stays within the bound on random adversarial patterns', () => {
    const unit = fc.array(fc.constantFrom('a', 'a', 'b', '?', '*'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(unit, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom('a', 'b'), (u, reps, n, c) => {
        const p = u.repeat(reps);
        const s = 'a'.repeat(n) + c;
        const { steps } = stepsOf(p, s);
        expect(steps).toBeLessThanOrEqual(bound(p, s));
      }),
      { numRuns: 400 },
    );
  });
});

describe('the work limit (simulators run under one)', () => {
  const doc = (resources: string[]) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: resources }] });

  it('an evaluation within the limit returns its result and the steps it used', () => {
    const p = compilePolicy(doc(['arn:aws:s3:::b/*']), { id: 'p' });
    const { result, steps } = withWorkLimit(1000, () =>
      evaluate({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }, { identity: [p] }),
    );
    expect(result.decision).toBe('ALLOWED');
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThanOrEqual(1000);
  });

  it('an evaluation over the limit throws WorkLimitExceeded, and the limit ends with it', () => {
    const p = compilePolicy(doc(Array.from({ length: 200 }, (_, i) => `*x-${i}*`)), { id: 'p' });
    const req = { action: 's3:GetObject', resource: `arn:aws:s3:::${'x'.repeat(2000)}`, context: buildContext({}) };
    expect(() => withWorkLimit(10_000, () => evaluate(req, { identity: [p] }))).toThrow(WorkLimitExceeded);
    expect(evaluate(req, { identity: [p] }).decision).toBe('IMPLICIT_DENY');
  });
});
