/**
 * What every chart shares: a titled figure, and the same numbers as a table for screen
 * readers (and tests). Colours come from the theme's CSS variables, so a chart reads in both
 * themes; texts come from i18n, so in both languages.
 */
import type { ReactNode } from 'react';
import './charts.css';

export const CHART_COLOURS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)'] as const;
export const AXIS_TICK = { fill: 'var(--color-text-muted)', fontSize: 11 };
export const GRID_STROKE = 'var(--color-border)';
export const TOOLTIP_STYLE = { background: 'var(--color-surface-raised)', border: '1px solid var(--color-border)', color: 'var(--color-text)' };

export interface ChartFrameProps {
  title: string;
  /** Column headers, then rows of cells: the chart's numbers as text. */
  table: { head: string[]; rows: (string | number)[][] };
  children: ReactNode;
  testId?: string;
}

export function ChartFrame({ title, table, children, testId }: ChartFrameProps) {
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart-title">{title}</figcaption>
      <div aria-hidden="true">{children}</div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
