/**
 * The journey drawn as SVG from the node positions the editor saved: one box per step, one
 * line per link. The hand-off report uses it when no canvas image from the editor is given,
 * so the report can be built anywhere, even without a rendered canvas.
 */
import type { Journey } from '../../../core/journey';
import { escapeHtml } from './html';

const W = 190;
const H = 64;
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
      // The editor lays journeys out left to right: links leave a step's right side for the next one's left.
      return `<path d="M${a.x + W} ${a.y + H / 2} C${a.x + W + 40} ${a.y + H / 2} ${b.x - 40} ${b.y + H / 2} ${b.x} ${b.y + H / 2}" />`;
    })
    .join('');
  const nodes = journey.nodes
    .map((n) => {
      const p = at.get(n.id) as { x: number; y: number };
      return (
        `<g transform="translate(${p.x} ${p.y})"><rect width="${W}" height="${H}" rx="8" class="step-${escapeHtml(n.type)}" />` +
        `<text x="10" y="27" class="id">${escapeHtml(n.id)}</text><text x="10" y="51" class="type">${escapeHtml(n.type)}</text></g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" role="img" aria-label="${escapeHtml(journey.name)}">` +
    `<style>path{fill:none;stroke:#6b7280;stroke-width:2.5}rect{fill:#fff;stroke:#128c7e;stroke-width:2}.step-exit{stroke:#6b7280}` +
    `text{font:600 19px system-ui,sans-serif;fill:#111}.type{fill:#4b5563;font-size:15px;font-weight:400}</style>` +
    `<g>${edges}</g><g>${nodes}</g></svg>`
  );
}
