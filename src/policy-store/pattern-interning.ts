import type { CompiledPolicy } from '../policy';

/**
 * Compiled action globs, ARN patterns and conditions shared between cached documents. Most of a
 * compiled document's heap is these matchers (an ARN pattern of six segment globs is about 1.3 KB,
 * an action glob about 0.7 KB), and a company's policies repeat the same few hundred of them
 * (`*`, `s3:Get*`, `arn:aws:s3:::bucket/*`, one SourceIp condition): one copy of each serves every
 * document that has it.
 *
 * Safe because each matcher is a pure function of what the key holds (the pattern text, and
 * whether variables apply: Version 2012-10-17), and what a matcher memoises per request (the last
 * resolved variable plan) is checked against the values before reuse. The table is bounded: when
 * full it starts over, which costs only sharing, never correctness.
 */
export class PatternInterner {
  private readonly table = new Map<string, unknown>();

  constructor(private readonly max = 20_000) {}

  get size(): number {
    return this.table.size;
  }

  /** Replaces the policy's matchers in place by shared equal ones; returns the policy. */
  intern<M>(policy: CompiledPolicy<M>): CompiledPolicy<M> {
    const v = policy.variables ? '1' : '0';
    for (const st of policy.statements) {
      st.actions = st.actions.map((a) => this.one(`a\0${a.source}`, a));
      if (st.resources) st.resources = st.resources.map((r) => this.one(`r${v}\0${r.source}`, r));
      st.conditions = st.conditions.map((c) => this.one(`c${v}\0${JSON.stringify([c.operator, c.key, c.values])}`, c));
    }
    return policy;
  }

  private one<T>(key: string, value: T): T {
    const hit = this.table.get(key);
    if (hit !== undefined) return hit as T;
    if (this.table.size >= this.max) this.table.clear();
    this.table.set(key, value);
    return value;
  }
}
