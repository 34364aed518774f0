import { Errors } from '../kernel/errors';
import type { RequestContext } from '../graphql/context';
import { policySize } from '../policy';
import { SIMULATION_LIMITS } from './simulation-limits';

/**
 * What the simulations and validatePolicy calls of one request may still spend
 * (SIMULATION_LIMITS.workPerRequest): aliases of those fields would otherwise multiply the bound of
 * one call by the alias limit.
 */
export interface WorkBudget {
  remaining: number;
}

// Keyed by the unit of work: Apollo copies the context per operation, but every copy of one
// request shares this holder, so aliases of simulateCustomPolicy share one budget.
const budgets = new WeakMap<object, WorkBudget>();

export function requestWorkBudget(ctx: RequestContext): WorkBudget {
  let b = budgets.get(ctx.unit);
  if (!b) budgets.set(ctx.unit, (b = { remaining: SIMULATION_LIMITS.workPerRequest }));
  return b;
}

export function overBudget(): Error {
  return Errors.limitExceeded(
    `The simulations and validations of one request may do at most ${SIMULATION_LIMITS.workPerRequest} steps of policy work; send fewer actions, resources or documents per request.`,
  );
}

export function spend(budget: WorkBudget, steps: number): void {
  budget.remaining -= steps;
  if (budget.remaining < 0) {
    budget.remaining = 0;
    throw overBudget();
  }
}

/** Charges reading (validating, compiling) a document to the budget; LIMIT_EXCEEDED past it. */
export function spendOnDocument(budget: WorkBudget, doc: string): void {
  const size = policySize(doc);
  spend(budget, size * SIMULATION_LIMITS.documentStepsPerCharacter + (doc.length - size));
}
