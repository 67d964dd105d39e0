/** What the delivered messages cost, by pricing category (service messages are free). */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, GRID_STROKE, TOOLTIP_STYLE } from './ChartFrame';

export function CostChart({ rows, currency, width = 300, height = 160 }: { rows: { category: string; amount: number }[]; currency: string; width?: number; height?: number }) {
  const { t, i18n } = useTranslation();
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency });
  const data = rows.map((r) => ({ name: t(`charts.categories.${r.category}`, { defaultValue: r.category }), amount: r.amount }));
  return (
    <ChartFrame title={t('charts.costTitle')} testId="cost-chart" table={{ head: [t('charts.category'), t('charts.amount')], rows: data.map((d) => [d.name, money.format(d.amount)]) }}>
      <BarChart width={width} height={height} data={data} margin={{ left: 0, right: 12, top: 4, bottom: 4 }}>
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="name" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => money.format(v)} width={64} />
        <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(v) => money.format(Number(v))} />
        <Bar dataKey="amount" name={t('charts.amount')} fill={CHART_COLOURS[1]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
