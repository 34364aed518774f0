/**
 * Human sentences for a decision, in the words of AWS's AccessDenied messages ("… because no
 * identity-based policy allows …", "… with an explicit deny in an identity-based policy", "… in a
 * permissions boundary"), plus which statement decided and which conditions failed.
 */
import { evalCondition } from './condition-matcher';
import type { RequestContext } from './context';
import type { CompiledPolicy } from './policy-compiler';
import { EvaluationResult, MatchedStatement, Scope } from './types';

const LAYER: Record<Scope, string> = {
  IDENTITY: 'an identity-based policy',
  BOUNDARY: 'a permissions boundary',
  SESSION: 'a session policy',
  TRUST: 'the role trust policy',
  RESOURCE: 'a resource-based policy',
};

function policyName(meta: unknown): string {
  if (meta && typeof meta === 'object') {
    const m = meta as Record<string, unknown>;
    for (const k of ['name', 'arn', 'id']) if (typeof m[k] === 'string') return m[k] as string;
  }
  return typeof meta === 'string' ? meta : 'policy';
}

function describe(m: MatchedStatement): string {
  return `statement ${m.sid ? `"${m.sid}"` : `#${m.statementIndex}`} of ${policyName(m.policy)}`;
}

export interface ExplainOptions {
  action?: string;
  resource?: string;
  /** With the policies and context, the sentence also names the conditions that failed. */
  policies?: readonly CompiledPolicy<unknown>[];
  context?: RequestContext;
  /** A resource-based policy took part: an implicit deny says that neither side allows. */
  resourcePolicy?: boolean;
}

export function explain(result: EvaluationResult<unknown>, o: ExplainOptions = {}): string {
  const what = o.action ? `${o.action}${o.resource ? ` on resource ${o.resource}` : ''}` : 'the action';
  const parts: string[] = [];
  if (result.decision === 'ALLOWED') {
    // A role trust policy (sts:AssumeRole) or a resource-based policy may grant by itself, without an identity Allow.
    const trust = result.matchedStatements.filter((m) => m.effect === 'Allow' && (m.scope === 'TRUST' || m.scope === 'RESOURCE'));
    const allows = result.matchedStatements.filter((m) => m.effect === 'Allow' && m.scope === 'IDENTITY');
    parts.push(`Allowed to perform ${what}: allowed by ${[...trust, ...allows].map(describe).join(', ') || 'an identity-based policy'}.`);
  } else if (result.decision === 'EXPLICIT_DENY') {
    const denies = result.matchedStatements.filter((m) => m.effect === 'Deny');
    const layer = LAYER[result.deniedBy ?? 'IDENTITY'];
    parts.push(`Not authorized to perform ${what} with an explicit deny in ${layer} (${denies.map(describe).join(', ')}).`);
  } else if (result.deniedBy === 'IDENTITY' || result.deniedBy === 'TRUST' || result.deniedBy === 'RESOURCE') {
    const resourceAllows = result.matchedStatements.some((m) => m.effect === 'Allow' && m.scope === 'RESOURCE');
    const none = result.deniedBy === 'RESOURCE' ? 'resource-based' : o.resourcePolicy && !resourceAllows ? 'identity-based or resource-based' : 'identity-based';
    parts.push(
      result.deniedBy === 'TRUST'
        ? `Not authorized to perform ${what} because the role trust policy does not allow it.`
        : `Not authorized to perform ${what} because no ${none} policy allows the ${o.action ?? ''} action.`.replace('the  action', 'action'),
    );
  } else {
    parts.push(`Not authorized to perform ${what} because no ${result.deniedBy === 'BOUNDARY' ? 'permissions boundary' : 'session policy'} allows the ${o.action ?? ''} action.`.replace('the  action', 'action'));
  }
  if (result.missingContextValues.length > 0) {
    parts.push(`Missing context values: ${result.missingContextValues.join(', ')}.`);
  }
  if (o.policies && o.context && result.decision !== 'ALLOWED') {
    const failed: string[] = [];
    for (const p of o.policies) {
      for (const st of p.statements) {
        for (const c of st.conditions) {
          if (!evalCondition(c, o.context)) failed.push(`${c.operator} ${c.key} in ${describe({ policy: p.meta, statementIndex: st.index, sid: st.sid, effect: st.effect, scope: 'IDENTITY' })}`);
        }
      }
    }
    if (failed.length > 0) parts.push(`Conditions not met: ${failed.slice(0, 10).join('; ')}.`);
  }
  return parts.join(' ');
}
