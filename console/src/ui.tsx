import { type ReactNode, useId } from 'react';
import { ApiError } from './api/client';
import { describeError } from './api/errors';

/** A labelled input: the label's text is the field's accessible name (API.md, "The web console"). */
export function Field(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  autoFocus?: boolean;
  required?: boolean;
  describedBy?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        autoFocus={props.autoFocus}
        required={props.required ?? true}
        aria-describedby={props.describedBy}
        spellCheck={false}
        autoCapitalize="off"
      />
    </div>
  );
}

/** The error of the last attempt, read out by screen readers as it appears. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div role="alert" className="error">
      {errorText(error)}
    </div>
  );
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return describeError(error);
  return error instanceof Error ? error.message : String(error);
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice">
      {children}
    </p>
  );
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}
