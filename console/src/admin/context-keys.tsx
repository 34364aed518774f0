import { useId } from 'react';
import type { ContextKeyType } from '../generated/graphql';

export interface ContextKeyRow {
  key: string;
  type: ContextKeyType;
  values: string;
}

const TYPES: readonly ContextKeyType[] = ['STRING', 'STRING_LIST', 'NUMERIC', 'NUMERIC_LIST', 'BOOLEAN', 'BOOLEAN_LIST', 'DATE', 'DATE_LIST', 'IP', 'IP_LIST', 'BINARY', 'BINARY_LIST'];

/** The rows as the simulator's contextEntries: values by lines or commas, empty rows left out. */
export const contextEntries = (rows: readonly ContextKeyRow[]) =>
  rows
    .filter((r) => r.key.trim() !== '')
    .map((r) => ({
      contextKeyName: r.key.trim(),
      contextKeyType: r.type,
      contextKeyValues: r.values.split(/[\n,]/).map((v) => v.trim()).filter((v) => v !== ''),
    }));

/** The simulator's context keys (AWS's ContextEntries): a key, its type and its values per row. */
export function ContextKeys({ rows, onChange }: { rows: readonly ContextKeyRow[]; onChange: (rows: ContextKeyRow[]) => void }) {
  const set = (i: number, patch: Partial<ContextKeyRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="context-keys">
      {rows.map((r, i) => (
        <ContextKeyFields key={i} n={i + 1} row={r} set={(patch) => set(i, patch)} remove={() => onChange(rows.filter((_, j) => j !== i))} />
      ))}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onChange([...rows, { key: '', type: 'STRING', values: '' }])}>
          Add context key
        </button>
      </div>
    </div>
  );
}

function ContextKeyFields({ n, row, set, remove }: { n: number; row: ContextKeyRow; set: (p: Partial<ContextKeyRow>) => void; remove: () => void }) {
  const ids = { key: useId(), type: useId(), values: useId() };
  return (
    <fieldset className="filters">
      <legend>Context key {n}</legend>
      <div className="field">
        <label htmlFor={ids.key}>Key</label>
        <input id={ids.key} className="mono" value={row.key} onChange={(e) => set({ key: e.target.value })} placeholder="aws:MultiFactorAuthPresent" />
      </div>
      <div className="field">
        <label htmlFor={ids.type}>Type</label>
        <select id={ids.type} value={row.type} onChange={(e) => set({ type: e.target.value as ContextKeyType })}>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t.toLowerCase().replace('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.values}>Values</label>
        <input id={ids.values} className="mono" value={row.values} onChange={(e) => set({ values: e.target.value })} placeholder="true" />
      </div>
      <div className="actions">
        <button type="button" className="secondary" aria-label={`Remove context key ${n}`} onClick={remove}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
