import { lineIndex, lineOfOffset, lineOfPath } from '../../console/src/policy/json-lines';
import { lineDiff } from '../../console/src/policy/line-diff';

/** The console's policy editor: findings' JSON paths as lines of the typed text, and the diff of two versions. */
describe('policy text in the console', () => {
  const doc = [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": [',
    '    {',
    '      "Effect": "Allow",',
    '      "Action": [',
    '        "iam:GetUser",',
    '        "s3:Get*"',
    '      ],',
    '      "Resource": "*",',
    '      "Condition": { "odd key": {} }',
    '    }',
    '  ]',
    '}',
  ].join('\n');

  test('a path is the line of its key or item', () => {
    const index = lineIndex(doc);
    expect(lineOfPath(index, '$')).toBe(1);
    expect(lineOfPath(index, '$.Version')).toBe(2);
    expect(lineOfPath(index, '$.Statement[0]')).toBe(4);
    expect(lineOfPath(index, '$.Statement[0].Action[1]')).toBe(8);
    expect(lineOfPath(index, '$.Statement[0].Resource')).toBe(10);
    expect(lineOfPath(index, "$.Statement[0].Condition['odd key']")).toBe(11);
  });

  test('a missing element points at its parent; text that does not parse keeps what came before', () => {
    const index = lineIndex(doc);
    expect(lineOfPath(index, '$.Statement[0].Principal')).toBe(4);
    expect(lineOfPath(lineIndex('{\n  "Version": "2012-10-17",\n  "Statement": [ oops'), '$.Version')).toBe(2);
    expect(lineOfOffset('{\n  "a": 1,\n  oops', 'Syntax errors in policy. invalid JSON at offset 14: expected a string key')).toBe(3);
    expect(lineOfOffset(doc, 'no offset here')).toBeUndefined();
  });

  test('the diff keeps common lines and marks removed and added ones', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
    expect(lineDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });
});
