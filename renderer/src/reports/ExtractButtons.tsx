/** Download buttons for the three extracts of a run or a simulation. */
import type { Extracts } from '../../../core/reports';
import { downloadFile } from '../workspace/download';
import { useTranslation } from 'react-i18next';

const FILES = [
  ['tracking', 'tracking'],
  ['inbound', 'inbound'],
  ['potentialUnsubscribe', 'potential-unsubscribe'],
] as const;

/** `prefix` names the files (the journey's file slug and what they come from). */
export function ExtractButtons({ extracts, prefix }: { extracts: () => Extracts; prefix: string }) {
  const { t } = useTranslation('reports');
  return (
    <div className="report-extracts">
      <h3>{t('reports.extractsTitle')}</h3>
      <p className="side-hint">{t('reports.extractsHint')}</p>
      <div className="report-buttons">
        {FILES.map(([key, suffix]) => (
          <button
            key={key}
            type="button"
            className="button"
            data-testid={`extract-${suffix}`}
            onClick={() => downloadFile(`${prefix}-${suffix}.csv`, extracts()[key], 'text/csv;charset=utf-8')}
          >
            {t(`reports.${key}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
