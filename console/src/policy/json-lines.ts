/**
 * Where a JSON path of the API's findings (`$.Statement[0].Action[1]`, `$['odd key']`, the paths
 * validatePolicy and MALFORMED_POLICY_DOCUMENT return) is in the text a person typed: its 1-based
 * line. A small scanner of its own (the server's is not bundled); it never throws: text that does
 * not parse gives the lines of what came before the error.
 */
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function childPath(parent: string, key: string): string {
  if (IDENT.test(key)) return `${parent}.${key}`;
  return `${parent}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** Every path in the document with the line it starts on (a member: the line of its key). */
export function lineIndex(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;
  const ws = () => {
    while (pos < text.length && /\s/.test(text[pos])) {
      if (text[pos] === '\n') line++;
      pos++;
    }
  };
  const string = (): string => {
    const start = ++pos;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    const raw = text.slice(start, pos);
    pos++;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  };
  const value = (path: string, depth: number): void => {
    ws();
    if (!lines.has(path)) lines.set(path, line);
    if (depth > 32) throw new Error('too deep');
    const c = text[pos];
    if (c === '{') {
      pos++;
      for (;;) {
        ws();
        if (text[pos] === '}') return void pos++;
        if (text[pos] !== '"') throw new Error('key');
        const keyLine = line;
        const key = childPath(path, string());
        lines.set(key, keyLine);
        ws();
        if (text[pos++] !== ':') throw new Error(':');
        value(key, depth + 1);
        lines.set(key, Math.min(lines.get(key) ?? keyLine, keyLine));
        ws();
        if (text[pos] === ',') pos++;
      }
    } else if (c === '[') {
      pos++;
      for (let i = 0; ; i++) {
        ws();
        if (text[pos] === ']') return void pos++;
        value(`${path}[${i}]`, depth + 1);
        ws();
        if (text[pos] === ',') pos++;
      }
    } else if (c === '"') {
      string();
    } else {
      const m = /^[^\s,\]}]+/.exec(text.slice(pos));
      if (!m) throw new Error('value');
      pos += m[0].length;
    }
  };
  try {
    value('$', 0);
  } catch {
    // What parsed so far is indexed; the finding of the syntax error carries its offset.
  }
  return lines;
}

/** The line of a path, or of its nearest indexed parent (a finding about a missing element). */
export function lineOfPath(index: Map<string, number>, path: string): number | undefined {
  for (let p = path; p !== ''; p = parentPath(p)) {
    const line = index.get(p);
    if (line !== undefined) return line;
    if (p === '$') return undefined;
  }
  return undefined;
}

function parentPath(path: string): string {
  const m = /(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\['(?:[^'\\]|\\.)*'\])$/.exec(path);
  return m ? path.slice(0, m.index) : '';
}

/** INVALID_JSON's finding says `invalid JSON at offset N`: the line of that offset. */
export function lineOfOffset(text: string, details: string): number | undefined {
  const m = /at offset (\d+)/.exec(details);
  if (!m) return undefined;
  const offset = Math.min(Number(m[1]), text.length);
  return text.slice(0, offset).split('\n').length;
}
