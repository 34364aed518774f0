import { requestWorkBudget, type WorkBudget } from '../../authz/policy-work-budget';
import type { CallerPrincipal } from '../../authz/principal';
import { buildRequestContext } from '../../authz/request-context';
import { compileResourcePolicy, simulatedCaller } from '../../authz/resource-simulation';
import { simulate, simulationContext, type SimulationResult } from '../../authz/simulation.service';
import { assertSimulationInput } from '../../authz/simulation-limits';
import { principalOfToken } from '../../authz/token-principal';
import { parseIamArn } from '../../kernel/arn';
import { Errors } from '../../kernel/errors';
import type { CompiledPolicy, GrantCaller, RequestContext as PolicyContext } from '../../policy';
import type { PolicyMeta, PrincipalPolicySet } from '../../policy-store/policy-set';
import { viaGroupOf } from '../../policy-store/policy-set';
import type { PrincipalRef } from '../../policy-store/principal-ref';
import type { Services } from '../../services';
import { authorize, requirePrincipal } from '../authorize';
import type { GraphQLContext } from '../context';
import type { IsAuthorizedInput, Resolvers } from '../generated/graphql-types';
import { principalByArn } from '../targets';

/** At most this many requests per batchIsAuthorized call. */
export const MAX_BATCH_REQUESTS = 100;

export type DecisionDeps = Pick<Services, 'groups' | 'policyStore' | 'resourcePolicies' | 'roles' | 'users' | 'sessions' | 'principals' | 'authz'>;

/** An answer: the simulators' result, whose statements and explanation are worked out only when asked for. */
interface DecisionView {
  decision: SimulationResult['evalDecision'];
  principalArn: string | null;
  readonly matchedStatements: SimulationResult['matchedStatements'];
  missingContextValues: string[];
  readonly explanation: string;
}

/** Who is asking, as a decision needs it: their policies' owner, how a Principal element names them, and their request context. */
interface DecidedPrincipal {
  arn: string;
  ref: PrincipalRef;
  grant: GrantCaller;
  /** A fresh request context for one decision (a batch's requests each add their own entries). */
  newContext: () => PolicyContext;
  session?: CompiledPolicy<PolicyMeta>[];
  /** The principal's policies, read once per call: a batch's decisions see one version of them. */
  set?: Promise<PrincipalPolicySet>;
}

/** The principals a call has resolved and authorized already, by token or ARN: a batch asks about one user a hundred times. */
type Resolved = Map<string, Promise<DecidedPrincipal | string>>;

/**
 * isAuthorized and batchIsAuthorized: the decisions of an application's own requests, made by the
 * simulators' evaluation (simulate) on the principal's stored policies, with the principal's keys
 * as the API sets them for itself.
 */
export function decisionResolvers(s: DecisionDeps): Resolvers {
  return {
    Query: {
      isAuthorized: async (_, { input }, ctx) => decideOne(ctx, s, input, requestWorkBudget(ctx.uow), new Map()),
      batchIsAuthorized: async (_, { input }, ctx) => {
        const n = input.requests.length;
        if (n < 1 || n > MAX_BATCH_REQUESTS) throw Errors.badInput('requests', `Invalid requests: 1 to ${MAX_BATCH_REQUESTS} per call (this one ${n})`);
        const budget = requestWorkBudget(ctx.uow);
        const results: DecisionView[] = [];
        const resolved: Resolved = new Map();
        // One after another: they share the request's work budget and its loaders.
        for (const r of input.requests) results.push(await decideOne(ctx, s, r, budget, resolved));
        return { results };
      },
    },
  };
}

async function decideOne(ctx: GraphQLContext, s: DecisionDeps, input: IsAuthorizedInput, budget: WorkBudget, resolved: Resolved): Promise<DecisionView> {
  const { sessionToken, principalArn } = input.principal;
  if ((sessionToken == null) === (principalArn == null)) {
    throw Errors.badInput('principal', 'Invalid principal: give exactly one of sessionToken and principalArn');
  }
  assertSimulationInput({
    policySourceArn: principalArn,
    actionNames: [input.action],
    resourceArns: [input.resource],
    contextEntries: input.contextEntries,
    resourcePolicy: input.resourcePolicy,
  });
  // The request's own inputs first, so that a bad one is an error whoever the principal is.
  const given = input.resourcePolicy != null ? compileResourcePolicy(input.resourcePolicy, budget) : null;
  const entries = simulationContext(input.contextEntries ?? []);
  const key = sessionToken != null ? `t:${sessionToken}` : `a:${principalArn}`;
  let pending = resolved.get(key);
  if (!pending) {
    pending = sessionToken != null ? tokenPrincipal(ctx, s, sessionToken) : arnPrincipal(ctx, s, principalArn!);
    resolved.set(key, pending);
  }
  const who = await pending;
  if (typeof who === 'string') return { decision: 'IMPLICIT_DENY', principalArn: null, matchedStatements: [], missingContextValues: [], explanation: who };

  // Without a policy in the request, the one stored for exactly this resource, if any (cached).
  const resourcePolicy = given ?? (input.resource === '*' ? null : await s.resourcePolicies.compiledFor(ctx.security, input.resource));
  const context = who.newContext();
  for (const name of entries.keys()) {
    const v = entries.lookup(name)!;
    context.set(v.name, v.values, v.multi, v.type);
  }
  const set = await (who.set ??= s.policyStore.policySet(ctx.security, who.ref));
  const owner = who.grant.account;
  const [r] = simulate(
    {
      callerArn: who.arn,
      identity: set.identity,
      boundary: set.boundary,
      session: who.session,
      actionNames: [input.action],
      resourceArns: [input.resource],
      context,
      viaGroupOf: (meta) => viaGroupOf(set, meta),
      resource: resourcePolicy ? { policy: resourcePolicy, caller: who.grant, owner } : undefined,
    },
    budget,
  );
  return {
    decision: r!.evalDecision,
    principalArn: who.arn,
    get matchedStatements() {
      return r!.matchedStatements;
    },
    missingContextValues: r!.missingContextValues,
    get explanation() {
      return r!.explanation;
    },
  };
}

/**
 * The end user behind a session token. A token that names no live session is a decision, not an
 * error: the application then refuses its user. Saying so needs no permission (it tells only that
 * the string in hand is not a live token); anything about a live one needs iam:SimulatePrincipalPolicy on it.
 */
async function tokenPrincipal(ctx: GraphQLContext, s: DecisionDeps, token: string): Promise<DecidedPrincipal | string> {
  requirePrincipal(ctx);
  const p = token.length < 16 || token.length > 512 ? null : await principalOfToken(s, ctx.security, token);
  if (!p) return 'IMPLICIT_DENY: the session token is not valid (unknown, expired, signed out or revoked).';
  const target = p.kind === 'USER' ? p.arn : p.roleArn;
  await authorize(ctx, 'iam:SimulatePrincipalPolicy', target);
  if (p.session.scope === 'PASSWORD_CHANGE') return 'IMPLICIT_DENY: the session may only change its password before anything else.';
  return {
    arn: p.arn,
    ref: p.kind === 'USER' ? { type: 'USER', id: p.user.id } : { type: 'ROLE', id: p.roleInternalId },
    grant: grantOf(p, accountOf(target)),
    // The end user's origin is the application's to tell (context entries): none of the service's own.
    newContext: () => buildRequestContext(null, p),
    session: s.authz.sessionPoliciesOf(p),
  };
}

function grantOf(p: CallerPrincipal, account: string): GrantCaller {
  if (p.kind === 'USER') return { principal: [p.arn, p.userId], role: [], account };
  return { principal: [p.arn], role: [p.roleArn, p.roleUniqueId], account };
}

function accountOf(iamArn: string): string {
  return parseIamArn(iamArn)?.account ?? '';
}

/** A stored user or role by its ARN, as a long-term credential of it: its tags and ids, no session keys. */
async function arnPrincipal(ctx: GraphQLContext, s: DecisionDeps, arn: string): Promise<DecidedPrincipal> {
  await authorize(ctx, 'iam:SimulatePrincipalPolicy', arn);
  const ref = await principalByArn(ctx, s, arn);
  if (ref.type === 'GROUP') throw Errors.badInput('principal.principalArn', 'Invalid principalArn: a group is not a principal; name one of its users');
  const entity = ref.type === 'USER' ? await ctx.loaders.identity.userById.load(ref.id) : await ctx.loaders.roles.roleById.load(ref.id);
  if (!entity) throw Errors.noSuchEntity(`The principal ${arn}`);
  const caller = simulatedCaller(arn, 'principal.principalArn', 'userId' in entity ? entity.userId : entity.roleId);
  const now = Date.now();
  const keys: Record<string, string> = { ...caller.keys, 'aws:CurrentTime': new Date(now).toISOString(), 'aws:EpochTime': String(Math.floor(now / 1000)) };
  for (const t of entity.tags) keys[`aws:PrincipalTag/${t.key}`] = t.value;
  return { arn, ref, grant: caller.grant, newContext: () => simulationContext([], keys) };
}
