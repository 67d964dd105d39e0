import { useTranslation } from 'react-i18next';
import { CONDITION_OPS, type Condition } from '../../../../core/journey';
import { IssueList } from './Field';
import { StringListEditor } from './StringListEditor';

type Op = (typeof CONDITION_OPS)[number];

/** The condition under another operator, its value reshaped to what that operator reads. */
export function withOp(condition: Condition, op: string): Condition {
  const { value, ...rest } = condition;
  if (op === 'exists') return { ...rest, op };
  if (op === 'in') return { ...rest, op, value: Array.isArray(value) ? value : value === undefined || value === '' ? [] : [String(value)] };
  return { ...rest, op, value: Array.isArray(value) ? value.join(', ') : (value ?? '') };
}

type RowProps = {
  condition: Condition;
  /** Accessible names say which branch and which condition: "Attribute, Paris 1". */
  name: string;
  attributesListId: string;
  issues: readonly string[];
  onChange: (condition: Condition) => void;
  onRemove: () => void;
};

/** `attribute op value`, one row. An operator outside the spec's list is shown so it can be replaced. */
export function ConditionRow({ condition, name, attributesListId, issues, onChange, onRemove }: RowProps) {
  const { t } = useTranslation();
  const known = (CONDITION_OPS as readonly string[]).includes(condition.op);
  return (
    <div className="inspector-condition">
      <div className="inspector-row">
        <input
          type="text"
          aria-label={`${t('inspector.attribute.attribute')}, ${name}`}
          list={attributesListId}
          value={condition.attribute}
          onChange={(e) => onChange({ ...condition, attribute: e.target.value })}
        />
        <select aria-label={`${t('inspector.attribute.op')}, ${name}`} value={condition.op} onChange={(e) => onChange(withOp(condition, e.target.value))}>
          {!known ? <option value={condition.op}>{condition.op}</option> : null}
          {CONDITION_OPS.map((op: Op) => (
            <option key={op} value={op}>
              {t(`inspector.attribute.ops.${op}`)}
            </option>
          ))}
        </select>
        {condition.op === 'in' ? (
          <StringListEditor
            label={`${t('inspector.attribute.value')}, ${name}`}
            values={Array.isArray(condition.value) ? condition.value.map(String) : []}
            onChange={(value) => onChange({ ...condition, value })}
          />
        ) : condition.op !== 'exists' ? (
          <input
            type="text"
            aria-label={`${t('inspector.attribute.value')}, ${name}`}
            value={typeof condition.value === 'string' ? condition.value : condition.value === undefined ? '' : JSON.stringify(condition.value)}
            onChange={(e) => onChange({ ...condition, value: e.target.value })}
          />
        ) : null}
        <button type="button" className="button button-small" aria-label={t('inspector.removeItem', { item: name })} onClick={onRemove}>
          ×
        </button>
      </div>
      <IssueList issues={issues} />
    </div>
  );
}
