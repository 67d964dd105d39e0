import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Duration, DurationUnit } from '../../../../core/journey';
import { IssueList } from './Field';

const UNITS: readonly DurationUnit[] = ['minutes', 'hours', 'days'];

/** An amount and a unit, as a fieldset whose legend names them both. */
export function DurationField({ legend, value, issues, onChange }: { legend: string; value: Duration | undefined; issues: readonly string[]; onChange: (d: Duration) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const amount = value?.amount;
  const unit = value?.unit ?? 'hours';
  return (
    <fieldset className="inspector-fieldset" aria-describedby={issues.length > 0 ? `${id}-issues` : undefined}>
      <legend className="field-label">{legend}</legend>
      <div className="inspector-row">
        <input
          aria-label={t('inspector.amount')}
          type="number"
          inputMode="decimal"
          min={0}
          value={amount !== undefined && Number.isFinite(amount) ? amount : ''}
          aria-invalid={issues.length > 0 || undefined}
          // An empty box is NaN: the rule then says the duration is not positive.
          onChange={(e) => onChange({ amount: e.target.value === '' ? Number.NaN : Number(e.target.value), unit })}
        />
        <select aria-label={t('inspector.unit')} value={unit} onChange={(e) => onChange({ amount: amount ?? Number.NaN, unit: e.target.value as DurationUnit })}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`inspector.units.${u}`)}
            </option>
          ))}
        </select>
      </div>
      <IssueList id={`${id}-issues`} issues={issues} />
    </fieldset>
  );
}
