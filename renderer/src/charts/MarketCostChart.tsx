/**
 * What the delivered messages cost by market: the contacts' country, drawn beside the cost by
 * category. The axis keeps the ISO code (short enough for a narrow panel); the tooltip and the
 * table name the country in the interface language.
 */
import { useTranslation } from 'react-i18next';
import { CostBars } from './CostChart';

/** The country's name in `language` ("France", "Allemagne"), or the code when Intl knows none. */
function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a region code Intl accepts: show it as given
  }
}

export function MarketCostChart({ rows, currency, width = 300, height = 160 }: { rows: { market: string; amount: number }[]; currency: string; width?: number; height?: number }) {
  const { t, i18n } = useTranslation();
  const unknown = t('charts.unknownMarket');
  const bars = rows.map((r) =>
    r.market === 'unknown' ? { axis: '?', name: unknown, amount: r.amount } : { axis: r.market, name: countryName(r.market, i18n.language), amount: r.amount },
  );
  return <CostBars title={t('charts.marketTitle')} head={t('charts.market')} testId="market-cost-chart" bars={bars} currency={currency} width={width} height={height} />;
}
