/**
 * JSON text → PolicyDocument AST, with the JSON path of every node.
 * Follows "Grammar of the IAM JSON policy language": Statement is one object or an array of
 * objects; Action/Resource are a string or an array of strings; Condition is
 * `{ Operator: { key: value | [values] } }` where values may be JSON strings, numbers or booleans
 * ("IAM JSON policy elements: Condition": compared by their string form).
 * Wrong shapes become findings with moto's/AWS's text "Syntax errors in policy."; the parser keeps
 * what it can so that the validator can report every problem at once.
 */
import { JsonNode, JsonObjectNode, scanJson, toPlain } from './json-scanner';
import {
  ConditionElement,
  Finding,
  Located,
  ParseResult,
  PolicyDocument,
  PolicyStatement,
  PrincipalElement,
  StringListElement,
} from './types';

export const SYNTAX_MESSAGE = 'Syntax errors in policy.';
const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

function syntax(code: string, path: string, detail: string): Finding {
  return { severity: 'ERROR', code, message: SYNTAX_MESSAGE, path, detail };
}

function stringOf(node: JsonNode, findings: Finding[], what: string): Located<string> | undefined {
  if (node.type === 'string') return { value: node.value, path: node.path };
  findings.push(syntax('INVALID_ELEMENT_TYPE', node.path, `${what} must be a string`));
  return undefined;
}

function stringList(node: JsonNode, findings: Finding[], what: string): StringListElement {
  const el: StringListElement = { path: node.path, isArray: node.type === 'array', values: [] };
  if (node.type === 'string') {
    el.values.push({ value: node.value, path: node.path });
  } else if (node.type === 'array') {
    for (const item of node.items) {
      if (item.type === 'string') el.values.push({ value: item.value, path: item.path });
      else findings.push(syntax('INVALID_ELEMENT_TYPE', item.path, `${what} entries must be strings`));
    }
  } else {
    findings.push(syntax('INVALID_ELEMENT_TYPE', node.path, `${what} must be a string or an array of strings`));
  }
  return el;
}

function principal(node: JsonNode, findings: Finding[], what: string): PrincipalElement {
  const el: PrincipalElement = { path: node.path, wildcard: false, entries: [] };
  if (node.type === 'string') {
    if (node.value === '*') el.wildcard = true;
    else findings.push(syntax('INVALID_PRINCIPAL', node.path, `${what} must be "*" or an object`));
    return el;
  }
  if (node.type !== 'object') {
    findings.push(syntax('INVALID_ELEMENT_TYPE', node.path, `${what} must be "*" or an object`));
    return el;
  }
  for (const [type, value] of node.map) {
    const list = stringList(value, findings, `${what}.${type}`);
    el.entries.push({ type, path: value.path, values: list.values });
  }
  return el;
}

/** IAM compares condition values by their string form: `true` → "true", `10` → "10". */
function conditionValue(node: JsonNode): string | undefined {
  if (node.type === 'string') return node.value;
  if (node.type === 'number') return node.raw;
  if (node.type === 'boolean') return node.value ? 'true' : 'false';
  return undefined;
}

function condition(node: JsonNode, findings: Finding[]): ConditionElement {
  const el: ConditionElement = { path: node.path, operators: [] };
  if (node.type !== 'object') {
    findings.push(syntax('INVALID_ELEMENT_TYPE', node.path, 'Condition must be an object'));
    return el;
  }
  for (const [operator, block] of node.map) {
    const op = { operator, path: block.path, keys: [] as ConditionElement['operators'][number]['keys'] };
    el.operators.push(op);
    if (block.type !== 'object') {
      findings.push(syntax('INVALID_ELEMENT_TYPE', block.path, `condition operator ${operator} must map to an object`));
      continue;
    }
    for (const [key, valueNode] of block.map) {
      const entry = { key, path: valueNode.path, isArray: valueNode.type === 'array', values: [] as Located<string>[] };
      op.keys.push(entry);
      const items = valueNode.type === 'array' ? valueNode.items : [valueNode];
      for (const item of items) {
        const v = conditionValue(item);
        if (v === undefined) {
          findings.push(
            syntax('INVALID_CONDITION_VALUE_TYPE', item.path, 'condition values must be strings, numbers or booleans'),
          );
        } else {
          entry.values.push({ value: v, path: item.path });
        }
      }
    }
  }
  return el;
}

function statement(node: JsonNode, index: number, findings: Finding[]): PolicyStatement | undefined {
  if (node.type !== 'object') {
    findings.push(syntax('STATEMENT_NOT_OBJECT', node.path, 'each statement must be an object'));
    return undefined;
  }
  const st: PolicyStatement = { index, path: node.path, unknownKeys: [] };
  for (const { key, keyPath, value } of node.entries) {
    if (!STATEMENT_KEYS.has(key)) {
      st.unknownKeys.push({ value: key, path: keyPath });
      continue;
    }
    switch (key) {
      case 'Sid':
        st.sid = stringOf(value, findings, 'Sid');
        break;
      case 'Effect':
        st.effect = stringOf(value, findings, 'Effect');
        break;
      case 'Principal':
        st.principal = principal(value, findings, 'Principal');
        break;
      case 'NotPrincipal':
        st.notPrincipal = principal(value, findings, 'NotPrincipal');
        break;
      case 'Action':
        st.action = stringList(value, findings, 'Action');
        break;
      case 'NotAction':
        st.notAction = stringList(value, findings, 'NotAction');
        break;
      case 'Resource':
        st.resource = stringList(value, findings, 'Resource');
        break;
      case 'NotResource':
        st.notResource = stringList(value, findings, 'NotResource');
        break;
      case 'Condition':
        st.condition = condition(value, findings);
        st.conditionJson = toPlain(value);
        break;
    }
  }
  return st;
}

/** Parses a policy document. Never throws. */
export function parsePolicy(text: string): ParseResult {
  const findings: Finding[] = [];
  const scan = scanJson(text);
  for (const d of scan.duplicates) {
    findings.push(syntax('DUPLICATE_KEY', d.path, `duplicate key "${d.key}"`));
  }
  if (!scan.root) {
    findings.push(syntax('INVALID_JSON', '$', `invalid JSON at offset ${scan.error?.offset ?? 0}: ${scan.error?.message ?? ''}`));
    return { document: null, findings };
  }
  if (scan.root.type !== 'object') {
    findings.push(syntax('DOCUMENT_NOT_OBJECT', '$', 'a policy document must be a JSON object'));
    return { document: null, findings };
  }
  const root: JsonObjectNode = scan.root;
  const doc: PolicyDocument = { source: text, statements: [], unknownKeys: [] };
  for (const { key, keyPath, value } of root.entries) {
    if (!TOP_LEVEL.has(key)) {
      doc.unknownKeys.push({ value: key, path: keyPath });
      continue;
    }
    if (key === 'Version') doc.version = stringOf(value, findings, 'Version');
    else if (key === 'Id') doc.id = stringOf(value, findings, 'Id');
    else {
      doc.statementPath = value.path;
      doc.statements = [];
      if (value.type === 'array') {
        value.items.forEach((item, i) => {
          const st = statement(item, i, findings);
          if (st) doc.statements.push(st);
        });
      } else if (value.type === 'object') {
        const st = statement(value, 0, findings);
        if (st) doc.statements.push(st);
      } else {
        findings.push(syntax('INVALID_ELEMENT_TYPE', value.path, 'Statement must be an object or an array of objects'));
      }
    }
  }
  return { document: doc, findings };
}
