/** A run next to its simulation, node by node (core compareRunToSimulation). */
import { compareRunToSimulation, type CountedOutcome } from '../../../core/reports';
import { useReportTexts } from './use-report-texts';

export function ComparisonTable({ run, simulation, order }: { run: CountedOutcome; simulation: CountedOutcome; order: readonly string[] }) {
  const { r, language } = useReportTexts();
  const rows = compareRunToSimulation(run, simulation, order);
  const points = new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return (
    <section className="report-compare">
      <h3>{r.compareTitle}</h3>
      {rows.length === 0 ? (
        <p className="side-hint">{r.compareEmpty}</p>
      ) : (
        <div className="report-scroll">
        <table className="report-table" data-testid="report-comparison">
          <thead>
            <tr>
              <th scope="col">{r.node}</th>
              <th scope="col">{r.metric}</th>
              <th scope="col">{r.compareRun}</th>
              <th scope="col">{r.compareSimulated}</th>
              <th scope="col">{r.compareGap}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.node}.${row.metric}`}>
                <td>{row.node}</td>
                <td>{r[row.metric]}</td>
                <td>{row.run}</td>
                <td>{row.simulated}</td>
                <td>{row.shareGap === null ? r.none : points.format(row.shareGap * 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
