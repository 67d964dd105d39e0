import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Condition, SplitAttributeData } from '../../../../core/journey';
import { newBranchId } from './branch-ids';
import { ConditionRow } from './ConditionRow';
import { BranchFieldset } from './BranchFieldset';
import { IssueList } from './Field';
import { withData, type FormProps } from './form-props';
import { messagesAt, messagesExactlyAt } from './node-issues';

export const ATTRIBUTE_FIELDS = [['data', 'branches']] as const;

type Branch = NonNullable<SplitAttributeData['branches']>[number];

export function SplitAttributeForm({ node, issues, onChange, attributes }: FormProps<'split_attribute'> & { attributes: readonly string[] }) {
  const { t } = useTranslation();
  const listId = useId();
  const branches = node.data.branches ?? [];
  const setBranches = (next: Branch[]) => onChange(withData(node, { ...node.data, branches: next }));
  const setBranch = (b: number, branch: Branch) => setBranches(branches.map((x, i) => (i === b ? branch : x)));
  const setConditions = (b: number, branch: Branch, when: Condition[]) => setBranch(b, { ...branch, when });
  return (
    <>
      <datalist id={listId}>
        {attributes.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <IssueList issues={messagesExactlyAt(issues, ATTRIBUTE_FIELDS[0])} />
      {branches.map((branch, b) => {
        const name = branch.label || branch.id;
        const at = ['data', 'branches', b] as const;
        return (
          <BranchFieldset
            key={branch.id + b}
            branch={branch}
            index={b}
            issues={issues}
            onLabel={(label) => setBranch(b, { ...branch, label })}
            onRemove={() => setBranches(branches.filter((_, i) => i !== b))}
            actions={
              <button type="button" className="button button-small" onClick={() => setConditions(b, branch, [...branch.when, { attribute: attributes[0] ?? '', op: 'eq', value: '' }])}>
                {t('inspector.attribute.addCondition')}
              </button>
            }
          >
            <p className="field-hint">{t('inspector.attribute.conditions')}</p>
            {branch.when.length === 0 ? <p className="field-hint">{t('inspector.attribute.noConditions')}</p> : null}
            {branch.when.map((condition, c) => (
              <ConditionRow
                key={c}
                condition={condition}
                name={`${name} ${c + 1}`}
                attributesListId={listId}
                issues={messagesAt(issues, [...at, 'when', c])}
                onChange={(next) => setConditions(b, branch, branch.when.map((x, i) => (i === c ? next : x)))}
                onRemove={() => setConditions(b, branch, branch.when.filter((_, i) => i !== c))}
              />
            ))}
            <IssueList issues={messagesExactlyAt(issues, [...at, 'when'])} />
          </BranchFieldset>
        );
      })}
      <button type="button" className="button button-small" onClick={() => setBranches([...branches, { id: newBranchId(branches), label: '', when: [] }])}>
        {t('inspector.attribute.addBranch')}
      </button>
      <p className="field-hint">{t('inspector.attribute.elseHint')}</p>
    </>
  );
}
