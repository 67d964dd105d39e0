/**
 * Under the Simulate panel's summary: the report of the last simulation (measures and the
 * quality risk), its three extracts, and the agency hand-off. Opening it replays the
 * simulation with the report's event sink, once.
 */
import { useState } from 'react';
import { fileSlug } from '../../db';
import { HandoffButtons } from '../handoff/HandoffButtons';
import { useSimulation } from '../simulation/sim-store';
import { ExtractButtons } from './ExtractButtons';
import { MetricsTable } from './MetricsTable';
import { NodeMetricsTable } from './NodeMetricsTable';
import { simulationReport } from './simulation-report';
import { useTranslation } from 'react-i18next';
import './reports.css';

export function SimulationReportSection() {
  const { t } = useTranslation('reports');
  const status = useSimulation((s) => s.status);
  const setup = useSimulation((s) => s.setup);
  const result = useSimulation((s) => s.result);
  const [open, setOpen] = useState(false);
  if (status !== 'done' || !setup || !result) return null;
  const prefix = `${fileSlug(setup.journey.name || setup.journey.id)}-simulation-${result.seed}`;
  return (
    <details className="report-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="simulation-report">
      <summary>{t('reports.title')}</summary>
      {open && (
        <>
          <MetricsTable metrics={simulationReport(setup).metrics} />
          <NodeMetricsTable nodes={simulationReport(setup).metrics.nodes} />
          <ExtractButtons extracts={() => simulationReport(setup).extracts} prefix={prefix} />
          <HandoffButtons setup={setup} result={result} />
        </>
      )}
    </details>
  );
}
