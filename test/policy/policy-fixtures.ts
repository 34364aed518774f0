/** Small factories for policy tests: statements, documents, compiled sets. */
import { buildContext, CompiledPolicy, compilePolicy, ContextInput, Decision, evaluate, PolicySet } from '../../src/policy';

export type Stmt = Record<string, unknown>;

export const allow = (Action: unknown, Resource: unknown = '*', Condition?: unknown): Stmt =>
  Condition === undefined ? { Effect: 'Allow', Action, Resource } : { Effect: 'Allow', Action, Resource, Condition };
export const deny = (Action: unknown, Resource: unknown = '*', Condition?: unknown): Stmt =>
  Condition === undefined ? { Effect: 'Deny', Action, Resource } : { Effect: 'Deny', Action, Resource, Condition };

export function doc(statements: Stmt[] | Stmt, version: string | null = '2012-10-17'): string {
  const d: Record<string, unknown> = {};
  if (version !== null) d.Version = version;
  d.Statement = statements;
  return JSON.stringify(d);
}

let n = 0;
export function compile(statements: Stmt[] | Stmt, version: string | null = '2012-10-17'): CompiledPolicy<{ id: string }> {
  return compilePolicy(doc(statements, version), { id: `p${++n}` });
}

export interface EvalCase {
  page: string;
  name: string;
  identity: Stmt[];
  boundary?: Stmt[];
  session?: Stmt[];
  version?: string | null;
  action: string;
  resource?: string;
  context?: Record<string, ContextInput>;
  expect: Decision;
}

export function run(c: EvalCase): Decision {
  const v = c.version === undefined ? '2012-10-17' : c.version;
  const set: PolicySet<{ id: string }> = { identity: c.identity.map((s) => compile(s, v)) };
  if (c.boundary) set.boundary = [compile(c.boundary, v)];
  if (c.session) set.session = [compile(c.session, v)];
  return evaluate({ action: c.action, resource: c.resource ?? '*', context: buildContext(c.context ?? {}) }, set).decision;
}
