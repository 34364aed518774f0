/**
 * Heap bytes per compiled policy of the hard principal (10 copies of its 100 policies), and of the
 * evaluation memos one principal set gathers over its 1,000 requests.
 * Run: node --expose-gc -r @swc-node/register bench/policy-memory.ts
 */
import { buildRequestContext } from '../src/authz/request-context';
import { CompiledPolicy, compilePolicy, evaluate } from '../src/policy';
import { hardCaller, hardPolicies, hardRequests } from './hard-principal';
const gc = (globalThis as unknown as { gc: () => void }).gc;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const docs = hardPolicies();
const keep: CompiledPolicy<{ id: string }>[][] = [];
const reqs = hardRequests();
const caller = hardCaller();
const run = (set: CompiledPolicy<{ id: string }>[]) => {
  for (const r of reqs)
    evaluate(
      {
        action: r.action,
        resource: r.resource,
        context: buildRequestContext({ sourceIp: '10.1.2.3', secureTransport: true }, caller, r.extra),
      },
      { identity: set },
    );
};
run(docs.map((d, i) => compilePolicy(d, { id: `w-${i}` })));
const h0 = heap();
for (let k = 0; k < 10; k++) keep.push(docs.map((d, i) => compilePolicy(d, { id: `hard-${i}` })));
const h1 = heap();
console.log('bytes per compiled policy', Math.round((h1 - h0) / 1000));
for (const set of keep) run(set);
const h2 = heap();
console.log('evaluation memos per principal set (1000 requests)', Math.round((h2 - h1) / 10));
