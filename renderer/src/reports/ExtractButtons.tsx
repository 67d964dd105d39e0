/** Download buttons for the three extracts of a run or a simulation. */
import type { Extracts } from '../../../core/reports';
import { downloadFile } from '../editor/export/canvas-image';
import { useReportTexts } from './use-report-texts';

const FILES = [
  ['tracking', 'tracking'],
  ['inbound', 'inbound'],
  ['potentialUnsubscribe', 'potential-unsubscribe'],
] as const;

/** `prefix` names the files (the journey's file slug and what they come from). */
export function ExtractButtons({ extracts, prefix }: { extracts: () => Extracts; prefix: string }) {
  const { r } = useReportTexts();
  return (
    <div className="report-extracts">
      <h3>{r.extractsTitle}</h3>
      <p className="side-hint">{r.extractsHint}</p>
      <div className="report-buttons">
        {FILES.map(([key, suffix]) => (
          <button
            key={key}
            type="button"
            className="button"
            data-testid={`extract-${suffix}`}
            onClick={() => downloadFile(`${prefix}-${suffix}.csv`, { text: extracts()[key], type: 'text/csv;charset=utf-8' })}
          >
            {r[key]}
          </button>
        ))}
      </div>
    </div>
  );
}
