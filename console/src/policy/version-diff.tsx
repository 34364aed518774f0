import { useId, useMemo, useState } from 'react';
import { pretty } from '../admin/inline-policies';
import { lineDiff } from './line-diff';

interface Version {
  versionId: string;
  document: string;
  isDefaultVersion: boolean;
}

/** Two versions of a policy side by side as one line diff (both pretty-printed first). */
export function VersionDiff({ versions }: { versions: readonly Version[] }) {
  const ids = { from: useId(), to: useId() };
  const byAge = [...versions].sort((a, b) => Number(a.versionId.slice(1)) - Number(b.versionId.slice(1)));
  const current = versions.find((v) => v.isDefaultVersion) ?? byAge[byAge.length - 1];
  const previous = byAge.filter((v) => v !== current).pop() ?? current;
  const [from, setFrom] = useState(previous.versionId);
  const [to, setTo] = useState(current.versionId);
  const lines = useMemo(() => {
    const doc = (id: string) => pretty(versions.find((v) => v.versionId === id)?.document ?? '');
    return lineDiff(doc(from), doc(to));
  }, [from, to, versions]);
  const changed = lines.filter((l) => l.kind !== 'same').length;

  const choice = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        {byAge.map((v) => (
          <option key={v.versionId} value={v.versionId}>
            {v.versionId}
            {v.isDefaultVersion ? ' (default)' : ''}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="card" aria-labelledby="diff-title">
      <h2 id="diff-title">Compare versions</h2>
      <div className="filters">
        {choice(ids.from, 'From version', from, setFrom)}
        {choice(ids.to, 'To version', to, setTo)}
      </div>
      <p className="muted">{changed === 0 ? 'The two versions are the same.' : `${changed} line${changed === 1 ? '' : 's'} changed.`}</p>
      <ol className="diff mono" aria-label="Differences">
        {lines.map((l, i) => (
          <li key={i}>
            {l.kind === 'added' ? <ins aria-label={`added: ${l.text}`}>+ {l.text}</ins> : l.kind === 'removed' ? <del aria-label={`removed: ${l.text}`}>− {l.text}</del> : `  ${l.text}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
