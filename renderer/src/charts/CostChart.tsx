/** What the delivered messages cost, by pricing category (service messages are free). */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, GRID_STROKE, TOOLTIP_STYLE } from './ChartFrame';

export interface CostBar {
  /** What the axis shows under the bar (short), and the full name the tooltip and the table give. */
  axis: string;
  name: string;
  amount: number;
}

/** The bars every cost chart draws (by category, by market), with their table. */
export function CostBars({ title, head, testId, bars, currency, width, height }: { title: string; head: string; testId: string; bars: CostBar[]; currency: string; width: number; height: number }) {
  const { t, i18n } = useTranslation();
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency });
  const nameOf = new Map(bars.map((b) => [b.axis, b.name]));
  return (
    <ChartFrame title={title} testId={testId} table={{ head: [head, t('charts.amount')], rows: bars.map((b) => [b.name, money.format(b.amount)]) }}>
      <BarChart width={width} height={height} data={bars} margin={{ left: 0, right: 12, top: 4, bottom: 4 }}>
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="axis" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => money.format(v)} width={64} />
        <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(axis) => nameOf.get(String(axis)) ?? String(axis)} formatter={(v) => money.format(Number(v))} />
        <Bar dataKey="amount" name={t('charts.amount')} fill={CHART_COLOURS[1]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}

export function CostChart({ rows, currency, width = 300, height = 160 }: { rows: { category: string; amount: number }[]; currency: string; width?: number; height?: number }) {
  const { t } = useTranslation();
  const bars = rows.map((r) => {
    const name = t(`charts.categories.${r.category}`, { defaultValue: r.category });
    return { axis: name, name, amount: r.amount };
  });
  return <CostBars title={t('charts.costTitle')} head={t('charts.category')} testId="cost-chart" bars={bars} currency={currency} width={width} height={height} />;
}
