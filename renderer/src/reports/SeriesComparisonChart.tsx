/**
 * A run's running shares of its audience sent to and replying, on the same time since the
 * start as its simulation's (core compareSeries): solid lines the run, dashed the forecast.
 */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { compareSeries, type SeriesSide } from '../../../core/reports';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, GRID_STROKE, TOOLTIP_STYLE } from '../charts/ChartFrame';
import { formatDuration, rateFormatter } from './format';

const LINES = [
  { key: 'runSends', label: 'seriesRunSends', colour: 0, dashed: false },
  { key: 'simulatedSends', label: 'seriesSimulatedSends', colour: 0, dashed: true },
  { key: 'runReplies', label: 'seriesRunReplies', colour: 2, dashed: false },
  { key: 'simulatedReplies', label: 'seriesSimulatedReplies', colour: 2, dashed: true },
] as const;

export function SeriesComparisonChart({ run, simulation, width = 320, height = 200 }: { run: SeriesSide; simulation: SeriesSide; width?: number; height?: number }) {
  const { t, i18n } = useTranslation('reports');
  const points = compareSeries(run, simulation);
  const rate = rateFormatter(i18n.language, t('reports.none'));
  const elapsed = (ms: number) => formatDuration(ms, i18n.language);
  return (
    <ChartFrame
      title={t('reports.compareSeriesTitle')}
      testId="series-comparison-chart"
      table={{
        head: [t('reports.elapsed'), ...LINES.map((l) => t(`reports.${l.label}`))],
        rows: points.map((p) => [elapsed(p.elapsedMs), ...LINES.map((l) => rate(p[l.key]))]),
      }}
    >
      <LineChart width={width} height={height} data={points} margin={{ left: 0, right: 12, top: 4, bottom: 4 }}>
        <CartesianGrid stroke={GRID_STROKE} />
        <XAxis dataKey="elapsedMs" type="number" domain={['dataMin', 'dataMax']} tickFormatter={elapsed} tick={AXIS_TICK} minTickGap={30} />
        <YAxis tick={AXIS_TICK} tickFormatter={rate} width={48} />
        <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(v) => elapsed(Number(v))} formatter={(v) => rate(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={(item) => LINES.findIndex((l) => l.key === item.dataKey)} />
        {LINES.map((l) => (
          <Line
            key={l.key}
            dataKey={l.key}
            name={t(`reports.${l.label}`)}
            stroke={CHART_COLOURS[l.colour]}
            strokeDasharray={l.dashed ? '5 4' : undefined}
            dot={false}
            strokeWidth={2}
            type="stepAfter"
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
