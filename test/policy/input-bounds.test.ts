/**
 * Every input of the policy library is bounded and costs work linear in its size (issue 9, item 3):
 * the variable splitter, the JSON scanner's nesting, document lengths, variable expansion.
 * Work is measured with the work meter, never with a clock.
 */
import {
  buildContext,
  compilePolicy,
  evaluate,
  parsePolicy,
  validatePolicy,
  withWorkLimit,
  WorkLimitExceeded,
  workSteps,
} from '../../src/policy';
import { parseTemplate } from '../../src/policy/policy-variables';

function stepsOf<T>(fn: () => T): { result: T; steps: number } {
  const before = workSteps();
  const result = fn();
  return { result, steps: workSteps() - before };
}

describe('policy variables are split in linear time', () => {
  it('`${ ${ ${ … }` stays literal text and costs work linear in its length', () => {
    for (const n of [1000, 4000, 16000]) {
      const text = `${'${ '.repeat(n)}}`;
      const { result, steps } = stepsOf(() => parseTemplate(text, true));
      expect(result.hasVars).toBe(false);
      expect(result.text).toBe(text);
      // Each `${` examines at most MAX_VARIABLE_BODY (1024) characters.
      expect(steps).toBeLessThanOrEqual(1100 * n);
    }
    // Shared far `}`: without the bound each `${` would read to the end (n²/6 for 16,000).
    const text = `${'${a:b:c '.repeat(16000)}x}`;
    expect(stepsOf(() => parseTemplate(text, true)).steps).toBeLessThanOrEqual(1100 * 16000);
  });

  it('keeps every variable a real policy can hold', () => {
    const t = parseTemplate("home/${aws:username}/${aws:PrincipalTag/team, 'company-wide'}/${*}", true);
    expect(t.parts).toEqual([
      { t: 0, s: 'home/' },
      { t: 2, key: 'aws:username', lower: 'aws:username' },
      { t: 0, s: '/' },
      { t: 2, key: 'aws:PrincipalTag/team', lower: 'aws:principaltag/team', fallback: 'company-wide' },
      { t: 0, s: '/' },
      { t: 1, s: '*' },
    ]);
    const key = `aws:PrincipalTag/${'k'.repeat(128)}`;
    const fallback = 'v'.repeat(256);
    expect(parseTemplate(`\${${key}, '${fallback}'}`, true).parts).toEqual([{ t: 2, key, lower: key.toLowerCase(), fallback }]);
  });

  it('text between ${ and } longer than any key and default is not a variable', () => {
    const t = parseTemplate(`\${aws:username, '${'x'.repeat(1100)}'}`, true);
    expect(t.hasVars).toBe(false);
  });
});

describe('variable expansion is metered', () => {
  it('a pattern that repeats a long variable value costs work for every character it expands to', () => {
    const resource = `arn:aws:s3:::${'${aws:username}'.repeat(200)}`;
    const p = compilePolicy(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: [`${resource}x`] }] }),
      { id: 'p' },
    );
    const context = buildContext({ 'aws:username': 'u'.repeat(2048) });
    // Ends like the pattern, so that no cheap prefilter (last character) can skip the expansion.
    const req = { action: 's3:GetObject', resource: `arn:aws:s3:::${'u'.repeat(2048 * 200 - 1)}vx`, context };
    const { steps } = withWorkLimit(Number.MAX_SAFE_INTEGER, () => evaluate(req, { identity: [p] }));
    expect(steps).toBeGreaterThanOrEqual(200 * 2048);
    expect(() => withWorkLimit(100_000, () => evaluate(req, { identity: [p] }))).toThrow(WorkLimitExceeded);
  });
});

describe('the JSON scanner bounds nesting', () => {
  it('accepts the grammar’s deepest element and refuses much deeper nesting', () => {
    const ok = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:username': ['a'] } } }],
    };
    expect(parsePolicy(JSON.stringify(ok)).findings).toEqual([]);
    const deep = `{"Version":"2012-10-17","Statement":[],"Id":${'['.repeat(40)}${']'.repeat(40)}}`;
    const r = parsePolicy(deep);
    expect(r.document).toBeNull();
    expect(r.findings[0]).toMatchObject({ code: 'INVALID_JSON', detail: expect.stringContaining('nesting too deep') });
  });
});

describe('document length (policyDocumentType: at most 131,072 characters)', () => {
  it('a longer document is one finding, without being parsed', () => {
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}${' '.repeat(131072)}`;
    const findings = validatePolicy(text, { kind: 'IDENTITY' });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'ERROR', code: 'DOCUMENT_TOO_LONG', message: expect.stringContaining('131072'), path: '$' }),
    ]);
    expect(validatePolicy(text.slice(0, 131072), { kind: 'IDENTITY' }).some((f) => f.severity === 'ERROR')).toBe(false);
  });
});

describe('a document over its quota is not parsed', () => {
  it('returns the size finding alone, whatever else the document holds', () => {
    const statements = Array.from({ length: 400 }, (_, i) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    }));
    const text = `${JSON.stringify({ Version: '2012-10-17', Statement: statements }).slice(0, -2)}, "Broken": `;
    const findings = validatePolicy(text, { kind: 'IDENTITY', policyType: 'MANAGED', forStorage: true });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'POLICY_SIZE_EXCEEDED', message: 'Cannot exceed quota for PolicySize: 6144' }),
    ]);
    const trust = validatePolicy(text, { kind: 'TRUST' });
    expect(trust).toEqual([
      expect.objectContaining({ code: 'POLICY_SIZE_EXCEEDED', message: 'Cannot exceed quota for ACLSizePerRole: 2048' }),
    ]);
  });
});
