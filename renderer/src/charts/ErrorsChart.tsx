/** Failed messages by Meta error code, each code named by the error catalog in the interface language. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { lookupError } from '../../../core/whatsapp/errors';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, GRID_STROKE, TOOLTIP_STYLE } from './ChartFrame';

export function ErrorsChart({ rows, width = 300, height = 160 }: { rows: { code: string; count: number }[]; width?: number; height?: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const meaning = (code: string) => lookupError(Number(code)).meaning[language];
  return (
    <ChartFrame
      title={t('charts.errorsTitle')}
      testId="errors-chart"
      table={{ head: [t('charts.code'), t('charts.failures'), t('charts.meaning')], rows: rows.map((r) => [r.code, r.count, meaning(r.code)]) }}
    >
      <BarChart width={width} height={height} data={rows} margin={{ left: 0, right: 12, top: 4, bottom: 4 }}>
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="code" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} allowDecimals={false} width={40} />
        <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(code) => `${String(code)}: ${meaning(String(code))}`} />
        <Bar dataKey="count" name={t('charts.failures')} fill={CHART_COLOURS[3]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
