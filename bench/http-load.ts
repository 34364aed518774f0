/**
 * A load generator in a worker thread, as an application calling the service is another program:
 * its JSON encoding, HTTP client and answer parsing run beside the server's thread, not on it.
 * It POSTs the given GraphQL bodies round-robin over keep-alive connections, `concurrency` calls
 * at a time, checks that every answer is a success with `expect` results, and posts back each
 * call's latency (ms) and the seconds the timed calls took (after `warm` untimed calls).
 */
import http from 'node:http';
import { parentPort, Worker, workerData } from 'node:worker_threads';

export interface LoadSpec {
  url: string;
  token: string;
  bodies: string[];
  calls: number;
  warm: number;
  concurrency: number;
  /** How many results each answer must carry at data.<field>.results. */
  expect: { field: string; results: number };
}

export interface LoadResult {
  latencies: number[];
  seconds: number;
}

/** Runs `spec` in a worker thread and resolves with what it measured. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: spec });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function post(spec: LoadSpec, agent: http.Agent, url: URL, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${spec.token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: Record<string, { results: unknown[] } | null>; errors?: unknown };
          const n = answer.data?.[spec.expect.field]?.results.length;
          if (n === spec.expect.results) resolve();
          else reject(new Error(`a call failed: ${JSON.stringify(answer.errors ?? answer)}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function load(spec: LoadSpec): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const url = new URL(spec.url);
  const call = async (k: number) => {
    const t0 = performance.now();
    await post(spec, agent, url, spec.bodies[k % spec.bodies.length]!);
    return performance.now() - t0;
  };
  for (let k = 0; k < spec.warm; k++) await call(k);
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: spec.concurrency }, async () => {
      while (next < spec.calls) latencies.push(await call(next++));
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { latencies, seconds };
}

if (parentPort && workerData) {
  const port = parentPort;
  load(workerData as LoadSpec).then(
    (r) => port.postMessage(r),
    (e: unknown) => {
      throw e;
    },
  );
}
