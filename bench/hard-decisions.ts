/**
 * Runs the hard principal's decisions (as bench/policy.bench.ts times them) a fixed number of
 * passes after 30 warm-up passes, for instruction counts that a shared machine does not disturb:
 *   valgrind --tool=callgrind node --single-threaded <compiled>/bench/hard-decisions.js 10   (and 30)
 * instructions per decision = (count at 30 − count at 10) / 20,000. Run the compiled JavaScript
 * (tsc --outDir), not through @swc-node/register, whose TypeScript compiler in the heap makes the
 * collector's marking dominate. MODE=context builds contexts only; MODE=evaluate reuses them.
 */
import { MAX_DECISION_WORK } from '../src/authz/authz.service';
import { buildRequestContext } from '../src/authz/request-context';
import { compilePolicy, evaluate, PolicySet, withWorkLimit } from '../src/policy';
import { hardCaller, hardPolicies, hardRequests } from './hard-principal';

const policies = hardPolicies().map((d, i) => compilePolicy(d, { id: `hard-${i}` }));
const set: PolicySet<{ id: string }> = { identity: policies };
const requests = hardRequests();
const caller = hardCaller();
const origin = { sourceIp: '10.1.2.3', secureTransport: true };
const order = Array.from({ length: requests.length }, (_, i) => (i * 617) % requests.length);
let sink = 0;
const built: unknown[] = [null, null];
const mode = process.env.MODE ?? 'all';
const ctxs = requests.map((r) => buildRequestContext(origin, caller, r.extra));
const decide = (i: number): void => {
  const r = requests[i];
  if (mode === 'context') {
    // Kept where the optimiser cannot drop it (counting its keys would cost more than building it).
    built[i & 1] = buildRequestContext(origin, caller, r.extra);
    return;
  }
  const context = mode === 'evaluate' ? ctxs[i] : buildRequestContext(origin, caller, r.extra);
  sink += withWorkLimit(MAX_DECISION_WORK, () => evaluate({ action: r.action, resource: r.resource, context }, set)).result.decision.length;
};
for (let w = 0; w < Number(process.env.WARM ?? 30); w++) for (const i of order) decide(i);
const passes = Number(process.argv[2] ?? 10);
for (let p = 0; p < passes; p++) for (const i of order) decide(i);
if (sink === -1) console.log(sink, built);
