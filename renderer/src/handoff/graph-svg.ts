/**
 * The journey drawn as SVG from the node positions the editor saved: one box per step, one
 * line per link. The hand-off report uses it when no canvas image from the editor is given,
 * so the report can be built anywhere, even without a rendered canvas.
 */
import type { Journey } from '../../../core/journey';
import { escapeHtml } from './html';

const W = 180;
const H = 56;
const PAD = 24;
/** Where a step without a saved position goes: a column, in node order. */
const FALLBACK_GAP = 90;

export function journeySvg(journey: Journey): string {
  const at = new Map(journey.nodes.map((n, i) => [n.id, n.position ?? { x: 0, y: i * FALLBACK_GAP }]));
  const xs = [...at.values()].map((p) => p.x);
  const ys = [...at.values()].map((p) => p.y);
  const minX = Math.min(0, ...xs) - PAD;
  const minY = Math.min(0, ...ys) - PAD;
  const width = Math.max(W, ...xs.map((x) => x + W)) - minX + PAD;
  const height = Math.max(H, ...ys.map((y) => y + H)) - minY + PAD;
  const edges = journey.edges
    .map((e) => {
      const a = at.get(e.source);
      const b = at.get(e.target);
      if (!a || !b) return '';
      return `<line x1="${a.x + W / 2}" y1="${a.y + H}" x2="${b.x + W / 2}" y2="${b.y}" />`;
    })
    .join('');
  const nodes = journey.nodes
    .map((n) => {
      const p = at.get(n.id) as { x: number; y: number };
      return (
        `<g transform="translate(${p.x} ${p.y})"><rect width="${W}" height="${H}" rx="8" class="step-${escapeHtml(n.type)}" />` +
        `<text x="10" y="22" class="id">${escapeHtml(n.id)}</text><text x="10" y="42" class="type">${escapeHtml(n.type)}</text></g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" role="img" aria-label="${escapeHtml(journey.name)}">` +
    `<style>line{stroke:#6b7280;stroke-width:2}rect{fill:#fff;stroke:#128c7e;stroke-width:2}.step-exit{stroke:#6b7280}` +
    `text{font:13px system-ui,sans-serif;fill:#111}.type{fill:#4b5563;font-size:11px}</style>` +
    `<g>${edges}</g><g>${nodes}</g></svg>`
  );
}
