/** Inline policies by name, each document readable on demand (pretty-printed when it parses). */
export function InlinePolicies({ policies }: { policies: ReadonlyArray<{ policyName: string; policyDocument?: string }> | null | undefined }) {
  return (
    <section className="card" aria-labelledby="inline-title">
      <h2 id="inline-title">Inline policies</h2>
      {!policies?.length && <p className="muted">None.</p>}
      {(policies ?? []).map((p) => (
        <details key={p.policyName}>
          <summary className="mono">{p.policyName}</summary>
          {p.policyDocument !== undefined && <pre className="mono document">{pretty(p.policyDocument)}</pre>}
        </details>
      ))}
    </section>
  );
}

export function pretty(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 2);
  } catch {
    return document;
  }
}
