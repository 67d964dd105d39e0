/** Entered, sent, delivered, read, replied: one small bar funnel per message step. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, GRID_STROKE, TOOLTIP_STYLE } from './ChartFrame';
import type { Funnel } from './chart-data';

export function FunnelChart({ funnel, width = 300, height = 170 }: { funnel: Funnel; width?: number; height?: number }) {
  const { t } = useTranslation();
  const data = funnel.stages.map((s) => ({ name: t(`charts.stages.${s.stage}`), value: s.value }));
  return (
    <ChartFrame
      title={t('charts.funnelTitle', { step: funnel.node })}
      testId={`funnel-${funnel.node}`}
      table={{ head: [t('charts.stage'), t('charts.contacts')], rows: data.map((d) => [d.name, d.value]) }}
    >
      <BarChart width={width} height={height} data={data} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
        <YAxis type="category" dataKey="name" tick={AXIS_TICK} width={80} />
        <Tooltip contentStyle={TOOLTIP_STYLE} />
        <Bar dataKey="value" name={t('charts.contacts')} fill={CHART_COLOURS[0]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
