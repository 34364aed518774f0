import { Errors } from '../kernel/errors';
import type { UnitOfWork } from '../kernel/unit-of-work';
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

const BUDGET = Symbol('policy work budget');

/** The policy work one request may still do (every simulation and validation of it shares one budget). */
export function requestWorkBudget(uow: UnitOfWork): WorkBudget {
  return uow.memo(BUDGET, () => ({ remaining: SIMULATION_LIMITS.workPerRequest }));
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
