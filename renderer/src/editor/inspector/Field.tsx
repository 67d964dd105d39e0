import { useId } from 'react';
import type { ReactNode } from 'react';

/** What a field passes to its control so the label, hint and problems are announced with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

type FieldProps = {
  label: string;
  hint?: string | undefined;
  /** Problems to show under the control, already in the interface language. */
  issues?: readonly string[];
  /** Renders the control with the ids that tie it to the label, hint and problems. */
  children: (control: ControlProps) => ReactNode;
};

/** One labelled control with its hint and inline problems. */
export function Field({ label, hint, issues = [], children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const issuesId = `${id}-issues`;
  const describedBy = [hint ? hintId : '', issues.length > 0 ? issuesId : ''].filter(Boolean).join(' ');
  return (
    <div className="inspector-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(issues.length > 0 ? { 'aria-invalid': true } : {}) })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <IssueList id={issuesId} issues={issues} />
    </div>
  );
}

/** Problems in words, styled as errors. */
export function IssueList({ id, issues }: { id?: string; issues: readonly string[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="inspector-issues">
      {issues.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}
