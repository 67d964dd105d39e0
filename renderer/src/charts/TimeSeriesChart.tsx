/**
 * Sends, deliveries (reads, for a run) and replies as running totals over time: where a line
 * goes flat, sends were held (quiet hours, or the messaging limit reached for the rolling day).
 */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, GRID_STROKE, TOOLTIP_STYLE } from './ChartFrame';
import type { SeriesPoint } from './chart-data';

const SERIES = ['sends', 'deliveries', 'reads', 'replies'] as const;
/** The simulation's three lines keep their colours; reads take the fifth. */
const COLOUR = { sends: 0, deliveries: 1, replies: 2, reads: 4 } as const;

export function TimeSeriesChart({ points, width = 300, height = 200 }: { points: SeriesPoint[]; width?: number; height?: number }) {
  const { t, i18n } = useTranslation();
  // A sandbox run counted per few seconds shows its seconds; hourly and minute buckets do not need them.
  const step = points.length > 1 ? (points[1] as SeriesPoint).at - (points[0] as SeriesPoint).at : Number.POSITIVE_INFINITY;
  const time = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', hour: '2-digit', minute: '2-digit', ...(step < 60_000 ? { second: '2-digit' } : {}) });
  const label = (at: number) => time.format(at);
  // Reads are drawn only where they were counted (a run; the simulator's series has none).
  const series = SERIES.filter((s) => s !== 'reads' || points.some((p) => p.reads !== undefined));
  return (
    <ChartFrame
      title={t('charts.seriesTitle')}
      testId="series-chart"
      table={{ head: [t('charts.time'), ...series.map((s) => t(`charts.series.${s}`))], rows: points.map((p) => [label(p.at), ...series.map((s) => p[s] ?? 0)]) }}
    >
      <LineChart width={width} height={height} data={points} margin={{ left: 0, right: 12, top: 4, bottom: 4 }}>
        <CartesianGrid stroke={GRID_STROKE} />
        <XAxis dataKey="at" type="number" domain={['dataMin', 'dataMax']} tickFormatter={label} tick={AXIS_TICK} minTickGap={30} />
        <YAxis tick={AXIS_TICK} allowDecimals={false} width={44} />
        <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(v) => label(Number(v))} />
        {/* In the lines' order, not recharts' alphabetical default (which differs by language). */}
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={(item) => SERIES.indexOf(item.dataKey as (typeof SERIES)[number])} />
        {series.map((s) => (
          <Line key={s} dataKey={s} name={t(`charts.series.${s}`)} stroke={CHART_COLOURS[COLOUR[s]]} dot={false} strokeWidth={2} type="stepAfter" isAnimationActive={false} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
