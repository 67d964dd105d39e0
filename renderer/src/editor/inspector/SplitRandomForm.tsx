import { useTranslation } from 'react-i18next';
import type { SplitRandomData } from '../../../../core/journey';
import { rebalancePercents } from '../fixes/split-fixes';
import { BranchFieldset } from './BranchFieldset';
import { newBranchId } from './branch-ids';
import { Field, IssueList } from './Field';
import { withData, type FormProps } from './form-props';
import { messagesAt, messagesExactlyAt } from './node-issues';

export const RANDOM_FIELDS = [['data', 'branches']] as const;

type Branch = NonNullable<SplitRandomData['branches']>[number];

export function SplitRandomForm({ node, issues, onChange }: FormProps<'split_random'>) {
  const { t, i18n } = useTranslation();
  const branches = node.data.branches ?? [];
  const setBranches = (next: Branch[]) => onChange(withData(node, { ...node.data, branches: next }));
  const setBranch = (b: number, patch: Partial<Branch>) => setBranches(branches.map((x, i) => (i === b ? { ...x, ...patch } : x)));
  const total = branches.reduce((sum, b) => sum + (Number.isFinite(b.percent) ? b.percent : 0), 0);
  const totalText = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(total);
  // The rule's own message is shown below; the total line says the figure as the user types.
  const sumIssues = messagesExactlyAt(issues, RANDOM_FIELDS[0]);
  return (
    <>
      {branches.map((branch, b) => {
        const name = branch.label || branch.id;
        return (
          <BranchFieldset
            key={branch.id + b}
            branch={branch}
            index={b}
            issues={issues}
            onLabel={(label) => setBranch(b, { label })}
            onRemove={() => setBranches(branches.filter((_, i) => i !== b))}
          >
            <Field label={t('inspector.random.percent', { name })} issues={messagesAt(issues, ['data', 'branches', b, 'percent'])}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={0}
                  max={100}
                  value={Number.isFinite(branch.percent) ? branch.percent : ''}
                  onChange={(e) => setBranch(b, { percent: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
                />
              )}
            </Field>
          </BranchFieldset>
        );
      })}
      <p className={sumIssues.length > 0 ? 'inspector-total inspector-total-wrong' : 'inspector-total'} aria-live="polite">
        {t(sumIssues.length > 0 ? 'inspector.random.totalWrong' : 'inspector.random.total', { total: totalText })}
      </p>
      <IssueList issues={sumIssues} />
      <div className="inspector-row">
        <button type="button" className="button button-small" onClick={() => setBranches([...branches, { id: newBranchId(branches), label: '', percent: 0 }])}>
          {t('inspector.random.addBranch')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={branches.length === 0}
          onClick={() => {
            const even = rebalancePercents(branches.map(() => 0));
            setBranches(branches.map((x, i) => ({ ...x, percent: even[i]! })));
          }}
        >
          {t('inspector.random.even')}
        </button>
      </div>
    </>
  );
}
