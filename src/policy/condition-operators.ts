/**
 * The condition operator table ("IAM JSON policy elements: Condition operators") and the parsing of
 * operator names with the `ForAnyValue:`/`ForAllValues:` prefixes and the `IfExists` suffix
 * ("Conditions with multiple context keys or values"). Null takes no IfExists.
 */

export type Family = 'String' | 'StringIgnoreCase' | 'StringLike' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'Ip' | 'Arn' | 'Null';
export type Cmp = 'eq' | 'lt' | 'lte' | 'gt' | 'gte';

export interface OperatorSpec {
  name: string;
  family: Family;
  /** Negated operators are NOR over the policy values and true on a missing key. */
  negated: boolean;
  cmp: Cmp;
  /** Whether policy variables may appear in the values (POLICY-SEMANTICS §7). */
  variables: boolean;
}

export type SetOperator = 'none' | 'any' | 'all';

export interface ParsedOperator {
  spec: OperatorSpec;
  set: SetOperator;
  ifExists: boolean;
}

const table: OperatorSpec[] = [];
function add(name: string, family: Family, negated: boolean, cmp: Cmp, variables: boolean): void {
  table.push({ name, family, negated, cmp, variables });
}
add('StringEquals', 'String', false, 'eq', true);
add('StringNotEquals', 'String', true, 'eq', true);
add('StringEqualsIgnoreCase', 'StringIgnoreCase', false, 'eq', true);
add('StringNotEqualsIgnoreCase', 'StringIgnoreCase', true, 'eq', true);
add('StringLike', 'StringLike', false, 'eq', true);
add('StringNotLike', 'StringLike', true, 'eq', true);
add('NumericEquals', 'Numeric', false, 'eq', false);
add('NumericNotEquals', 'Numeric', true, 'eq', false);
add('NumericLessThan', 'Numeric', false, 'lt', false);
add('NumericLessThanEquals', 'Numeric', false, 'lte', false);
add('NumericGreaterThan', 'Numeric', false, 'gt', false);
add('NumericGreaterThanEquals', 'Numeric', false, 'gte', false);
add('DateEquals', 'Date', false, 'eq', false);
add('DateNotEquals', 'Date', true, 'eq', false);
add('DateLessThan', 'Date', false, 'lt', false);
add('DateLessThanEquals', 'Date', false, 'lte', false);
add('DateGreaterThan', 'Date', false, 'gt', false);
add('DateGreaterThanEquals', 'Date', false, 'gte', false);
add('Bool', 'Bool', false, 'eq', true);
add('BinaryEquals', 'Binary', false, 'eq', false);
add('IpAddress', 'Ip', false, 'eq', false);
add('NotIpAddress', 'Ip', true, 'eq', false);
add('ArnEquals', 'Arn', false, 'eq', true);
add('ArnLike', 'Arn', false, 'eq', true);
add('ArnNotEquals', 'Arn', true, 'eq', true);
add('ArnNotLike', 'Arn', true, 'eq', true);
add('Null', 'Null', false, 'eq', false);

export const OPERATORS: ReadonlyMap<string, OperatorSpec> = new Map(table.map((o) => [o.name, o]));
const BY_LOWER = new Map(table.map((o) => [o.name.toLowerCase(), o.name]));

/** Parses `ForAnyValue:StringLikeIfExists` etc.; undefined for an unknown operator. */
export function parseOperator(name: string): ParsedOperator | undefined {
  let rest = name;
  let set: SetOperator = 'none';
  if (rest.startsWith('ForAnyValue:')) {
    set = 'any';
    rest = rest.slice(12);
  } else if (rest.startsWith('ForAllValues:')) {
    set = 'all';
    rest = rest.slice(13);
  }
  let spec = OPERATORS.get(rest);
  let ifExists = false;
  if (!spec && rest.endsWith('IfExists')) {
    spec = OPERATORS.get(rest.slice(0, -8));
    ifExists = true;
    if (spec && spec.family === 'Null') return undefined;
  }
  if (!spec) return undefined;
  return { spec, set, ifExists };
}

/** The correctly-cased operator when `name` only differs by case, for a helpful message. */
export function suggestOperator(name: string): string | undefined {
  const m = /^(ForAnyValue:|ForAllValues:)?(.*?)(IfExists)?$/i.exec(name);
  if (!m) return undefined;
  const base = BY_LOWER.get(m[2].toLowerCase());
  if (!base) return undefined;
  const prefix = m[1] ? (m[1].toLowerCase() === 'foranyvalue:' ? 'ForAnyValue:' : 'ForAllValues:') : '';
  return `${prefix}${base}${m[3] ? 'IfExists' : ''}`;
}
