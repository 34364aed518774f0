/**
 * Counts the work the evaluator does, in abstract steps: one per text character a wildcard
 * matcher compares or scans (see wildcard.ts), per character a policy variable expands into, per
 * statement visited and per condition value compared. Every loop whose length an input controls
 * charges here, so the count bounds the CPU time of an evaluation.
 *
 * Two uses: tests assert on the count instead of timing anything, and a caller that evaluates
 * requests it does not trust (the simulators) runs them under `withWorkLimit`, which throws
 * `WorkLimitExceeded` as soon as the limit is passed. Outside `withWorkLimit` nothing ever throws.
 * The counter is module state: evaluation is synchronous, so no other request runs in between.
 */

export class WorkLimitExceeded extends Error {
  constructor() {
    super('evaluation work limit exceeded');
    this.name = 'WorkLimitExceeded';
  }
}

/** Without a limit the counter restarts here, long before a double loses integer precision. */
const NO_LIMIT = 2 ** 50;

// [used, limit] in a typed array: a plain `let` past the small-integer range would box a new
// number on every charge, and charge runs on the evaluator's hot path.
const state = new Float64Array([0, NO_LIMIT]);

export function charge(steps: number): void {
  if ((state[0] += steps) > state[1]) overLimit();
}

function overLimit(): void {
  if (state[1] === NO_LIMIT) state[0] = 0;
  else throw new WorkLimitExceeded();
}

/** Steps counted so far; only differences between two readings mean anything. */
export function workSteps(): number {
  return state[0];
}

/**
 * Runs `fn` with at most `maxSteps` steps of evaluation work (nested limits keep the tighter one)
 * and returns its result with the steps it used. Throws WorkLimitExceeded when `fn` needs more.
 */
export function withWorkLimit<T>(maxSteps: number, fn: () => T): { result: T; steps: number } {
  const outerLimit = state[1];
  const start = state[0];
  state[1] = Math.min(outerLimit, start + Math.max(0, maxSteps));
  try {
    const result = fn();
    return { result, steps: state[0] - start };
  } finally {
    state[1] = outerLimit;
  }
}
