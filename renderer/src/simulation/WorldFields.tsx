/** The world model of a simulation: a preset, or custom rates in percent. */
import { useTranslation } from 'react-i18next';
import { CUSTOM_RATES, PRESETS, worldOf } from './world-presets';
import type { CustomRate, Preset } from './world-presets';

export interface WorldChoice {
  preset: Preset;
  rates: Partial<Record<CustomRate, number>>;
}

export function WorldFields({ value, onChange, disabled }: { value: WorldChoice; onChange: (v: WorldChoice) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const shown = worldOf(value.preset, value.rates);
  return (
    <fieldset className="sim-world" disabled={disabled}>
      <legend>{t('simulation.world')}</legend>
      <select aria-label={t('simulation.world')} value={value.preset} onChange={(e) => onChange({ ...value, preset: e.target.value as Preset })}>
        {PRESETS.map((p) => (
          <option key={p} value={p}>
            {t(`simulation.presets.${p}`)}
          </option>
        ))}
      </select>
      {value.preset === 'custom' && (
        <div className="sim-rates">
          {CUSTOM_RATES.map((rate) => (
            <label key={rate} className="sim-field">
              <span>{t(`simulation.rates.${rate}`)}</span>
              <input
                type="number"
                min={0}
                max={100}
                step={0.1}
                value={Math.round(shown[rate] * 1000) / 10}
                onChange={(e) => onChange({ ...value, rates: { ...value.rates, [rate]: Math.min(100, Math.max(0, Number(e.target.value))) / 100 } })}
              />
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
