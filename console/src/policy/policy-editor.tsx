import { useEffect, useId, useMemo, useState } from 'react';
import { ApiError, gql } from '../api/client';
import { VALIDATE_POLICY } from '../api/policy-operations';
import { errorText } from '../ui';
import { lineIndex, lineOfOffset, lineOfPath } from './json-lines';

export interface Finding {
  severity: string;
  code: string;
  message: string;
  path: string;
}

const SEVERITY: Record<string, string> = { ERROR: 'Error', SECURITY_WARNING: 'Security warning', WARNING: 'Warning', SUGGESTION: 'Suggestion' };

/**
 * A policy document's text, checked by validatePolicy (IAM Access Analyzer's rules) as the person
 * types; each finding is shown with the line its JSON path points to and that line's text.
 * `refused`: the findings of a save the API refused (MALFORMED_POLICY_DOCUMENT), shown the same way.
 */
export function PolicyEditor(props: { label: string; value: string; onChange: (v: string) => void; refused?: readonly Finding[]; trust?: boolean }) {
  const id = useId();
  const [found, setFound] = useState<{ text: string; findings: readonly Finding[] } | null>(null);
  const [unavailable, setUnavailable] = useState<string | null>(null);

  useEffect(() => {
    const text = props.value;
    if (text.trim() === '') return;
    const timer = setTimeout(() => {
      gql(VALIDATE_POLICY, { d: text, t: props.trust ? 'TRUST_POLICY' : 'IDENTITY_POLICY' }).then(
        (d) => {
          const findings = (d.validatePolicy?.findings ?? []).map((f) => ({ severity: f.findingType, code: f.issueCode, message: f.findingDetails, path: f.path }));
          setFound({ text, findings });
          setUnavailable(null);
        },
        (e: unknown) => setUnavailable(errorText(e)),
      );
    }, 400);
    return () => clearTimeout(timer);
  }, [props.value, props.trust]);

  const findings = found?.text === props.value ? found.findings : (props.refused ?? []);
  const located = useMemo(() => locate(props.value, findings), [props.value, findings]);

  return (
    <div className="editor">
      <div className="field wide">
        <label htmlFor={id}>{props.label}</label>
        <textarea id={id} className="mono" rows={16} value={props.value} onChange={(e) => props.onChange(e.target.value)} spellCheck={false} required />
      </div>
      {unavailable && <p className="muted">Validation as you type is not available: {unavailable}</p>}
      {found?.text === props.value && findings.length === 0 && <p className="decision-ALLOWED">No findings.</p>}
      {located.length > 0 && (
        <ol className="plain findings" aria-label="Findings">
          {located.map(({ line, text, items }) => (
            <li key={line ?? 'document'}>
              <div className="mono finding-line">
                {line ? `Line ${line}` : 'Document'}
                {text !== undefined && <code>{text.trim()}</code>}
              </div>
              <ul>
                {items.map((f, i) => (
                  <li key={i} className={`finding-${f.severity}`}>
                    {SEVERITY[f.severity] ?? f.severity} ({f.code}): {f.message} <span className="muted mono">{f.path}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The findings grouped by the line they point to, in line order; those with no line first. */
function locate(text: string, findings: readonly Finding[]) {
  const index = lineIndex(text);
  const lines = text.split('\n');
  const groups = new Map<number | undefined, Finding[]>();
  for (const f of findings) {
    const line = f.code === 'INVALID_JSON' ? lineOfOffset(text, f.message) : f.path === '$' ? undefined : lineOfPath(index, f.path);
    groups.set(line, [...(groups.get(line) ?? []), f]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
    .map(([line, items]) => ({ line, text: line ? lines[line - 1] : undefined, items }));
}

/** The findings of a save the API refused (MALFORMED_POLICY_DOCUMENT), for the editor to place. */
export function refusedFindings(error: unknown): Finding[] | undefined {
  if (!(error instanceof ApiError) || !error.findings) return undefined;
  return error.findings.map((f) => ({ severity: f.severity ?? 'ERROR', code: f.code ?? error.code, message: f.message, path: f.path }));
}
