/**
 * An ARN's six colon-separated parts ("IAM identifiers: ARNs"): `arn:partition:service:region:
 * account:resource`, where the resource part may itself contain colons. Kept apart from the
 * matcher because the request context splits its ARN values too, and the matcher reads the context.
 */

/** Splits at the first five colons: at most six parts, the last keeps any further colons. */
export function splitArn(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const c = s.indexOf(':', start);
    if (c < 0) break;
    out.push(s.slice(start, c));
    start = c + 1;
  }
  out.push(s.slice(start));
  return out;
}
