import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../core/rules';
import { Field } from './Field';
import { messagesAt } from './node-issues';

type BranchProps = {
  branch: { id: string; label?: string | undefined };
  /** The branch's index in `data.branches`, for the findings' paths. */
  index: number;
  issues: readonly Finding[];
  onLabel: (label: string) => void;
  /** The branch's own fields (conditions, share), between its name and its actions. */
  children: ReactNode;
  /** Buttons at the foot of the branch; the remove button comes last. */
  actions?: ReactNode;
  onRemove: () => void;
};

/**
 * One branch of a split: a group named after the branch, its label, its own fields, and a
 * remove button. Only the label is editable: the id names the output handle edges use.
 */
export function BranchFieldset({ branch, index, issues, onLabel, children, actions, onRemove }: BranchProps) {
  const { t } = useTranslation();
  const name = branch.label || branch.id;
  return (
    <fieldset className="inspector-fieldset inspector-branch">
      <legend className="field-label">{t('inspector.attribute.branch', { name })}</legend>
      <Field label={t('inspector.attribute.label')} issues={messagesAt(issues, ['data', 'branches', index, 'id'])}>
        {(control) => <input {...control} type="text" value={branch.label ?? ''} onChange={(e) => onLabel(e.target.value)} />}
      </Field>
      {children}
      <div className="inspector-row">
        {actions}
        <button type="button" className="button button-small" onClick={onRemove}>
          {t('inspector.removeItem', { item: name })}
        </button>
      </div>
    </fieldset>
  );
}
