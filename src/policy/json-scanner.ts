/**
 * A small JSON parser (RFC 8259) that remembers the JSON path and offset of every node and reports
 * duplicate object keys. JSON.parse keeps the last duplicate silently, but IAM rejects documents with
 * duplicate keys ("Grammar of the IAM JSON policy language"), so we need to see them.
 * It never throws: malformed input yields `{ root: null, error }`.
 */

export interface JsonBase {
  path: string;
  offset: number;
}
export interface JsonObjectNode extends JsonBase {
  type: 'object';
  /** Every entry in source order, duplicates included. */
  entries: { key: string; keyPath: string; value: JsonNode }[];
  /** Last value per key, as JSON.parse would keep. */
  map: Map<string, JsonNode>;
}
export interface JsonArrayNode extends JsonBase {
  type: 'array';
  items: JsonNode[];
}
export interface JsonStringNode extends JsonBase {
  type: 'string';
  value: string;
}
export interface JsonNumberNode extends JsonBase {
  type: 'number';
  /** Source text, kept so that `1.0` compares as "1.0" (IAM compares values by string form). */
  raw: string;
  value: number;
}
export interface JsonBoolNode extends JsonBase {
  type: 'boolean';
  value: boolean;
}
export interface JsonNullNode extends JsonBase {
  type: 'null';
}
export type JsonNode =
  | JsonObjectNode
  | JsonArrayNode
  | JsonStringNode
  | JsonNumberNode
  | JsonBoolNode
  | JsonNullNode;

export interface JsonScanResult {
  root: JsonNode | null;
  error: { message: string; offset: number } | null;
  duplicates: { key: string; path: string }[];
}

/**
 * The deepest element of the policy grammar is a condition value list, six levels down
 * (`{Statement: [{Condition: {Op: {key: [v]}}}]}`); anything much deeper is a syntax error anyway.
 * The bound keeps recursion shallow and the JSON paths (one per node) small.
 */
const MAX_DEPTH = 32;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `$.a.b`, `$.a[0]`, `$.a['aws:SourceIp']`: dotted where the key is an identifier. */
export function childPath(parent: string, key: string): string {
  if (IDENT.test(key)) return `${parent}.${key}`;
  return `${parent}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

class Scanner {
  pos = 0;
  readonly duplicates: { key: string; path: string }[] = [];
  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new ScanError(message, this.pos);
  }

  ws(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else break;
    }
  }

  value(path: string, depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('nesting too deep');
    this.ws();
    const offset = this.pos;
    const c = this.text[this.pos];
    switch (c) {
      case '{':
        return this.object(path, depth);
      case '[':
        return this.array(path, depth);
      case '"':
        return { type: 'string', value: this.string(), path, offset };
      case 't':
        this.literal('true');
        return { type: 'boolean', value: true, path, offset };
      case 'f':
        this.literal('false');
        return { type: 'boolean', value: false, path, offset };
      case 'n':
        this.literal('null');
        return { type: 'null', path, offset };
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number(path);
        return this.fail(c === undefined ? 'unexpected end of input' : `unexpected character '${c}'`);
    }
  }

  literal(word: string): void {
    if (!this.text.startsWith(word, this.pos)) this.fail(`invalid literal, expected '${word}'`);
    this.pos += word.length;
  }

  number(path: string): JsonNumberNode {
    const offset = this.pos;
    const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    m.lastIndex = this.pos;
    const r = m.exec(this.text);
    if (!r || r[0] === '-' || r[0] === '') this.fail('invalid number');
    this.pos += r[0].length;
    return { type: 'number', raw: r[0], value: Number(r[0]), path, offset };
  }

  string(): string {
    const t = this.text;
    this.pos++; // opening quote
    let out = '';
    let start = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('unterminated string');
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        out += t.slice(start, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail('control character in string');
      if (c === 0x5c) {
        out += t.slice(start, this.pos);
        const e = t[this.pos + 1];
        this.pos += 2;
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            const hex = t.slice(this.pos, this.pos + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid unicode escape');
            out += String.fromCharCode(parseInt(hex, 16));
            this.pos += 4;
            break;
          }
          default:
            this.pos -= 2;
            this.fail('invalid escape');
        }
        start = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  object(path: string, depth: number): JsonObjectNode {
    const node: JsonObjectNode = { type: 'object', entries: [], map: new Map(), path, offset: this.pos };
    this.pos++;
    this.ws();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return node;
    }
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.fail('expected a string key');
      const key = this.string();
      const keyPath = childPath(path, key);
      this.ws();
      if (this.text[this.pos] !== ':') this.fail("expected ':'");
      this.pos++;
      const value = this.value(keyPath, depth + 1);
      if (node.map.has(key)) this.duplicates.push({ key, path: keyPath });
      node.entries.push({ key, keyPath, value });
      node.map.set(key, value);
      this.ws();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return node;
      }
      this.fail("expected ',' or '}'");
    }
  }

  array(path: string, depth: number): JsonArrayNode {
    const node: JsonArrayNode = { type: 'array', items: [], path, offset: this.pos };
    this.pos++;
    this.ws();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return node;
    }
    for (;;) {
      node.items.push(this.value(`${path}[${node.items.length}]`, depth + 1));
      this.ws();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return node;
      }
      this.fail("expected ',' or ']'");
    }
  }
}

/** Parses `text` as one JSON value. Never throws. */
export function scanJson(text: string): JsonScanResult {
  if (typeof text !== 'string') {
    return { root: null, error: { message: 'input is not a string', offset: 0 }, duplicates: [] };
  }
  const s = new Scanner(text);
  try {
    const root = s.value('$', 0);
    s.ws();
    if (s.pos !== text.length) s.fail('unexpected trailing characters');
    return { root, error: null, duplicates: s.duplicates };
  } catch (e) {
    if (e instanceof ScanError) {
      return { root: null, error: { message: e.message, offset: e.offset }, duplicates: s.duplicates };
    }
    // RangeError from a pathological input; still no throw to the caller.
    return { root: null, error: { message: String(e), offset: s.pos }, duplicates: s.duplicates };
  }
}

/** Converts a node back to a plain JS value (numbers as numbers), for listings. */
export function toPlain(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const [k, v] of node.map) o[k] = toPlain(v);
      return o;
    }
    case 'array':
      return node.items.map(toPlain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
