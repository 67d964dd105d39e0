/**
 * Checks of what a screen shows rather than what it does: English left on a French screen,
 * controls without an accessible name, and text whose contrast misses WCAG AA. Each returns
 * the offenders (empty when the screen passes), so a spec can print what is wrong.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { en } from '../../../renderer/src/i18n/en';
import { fr } from '../../../renderer/src/i18n/fr';

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

const frenchTexts = leaves(fr);

/**
 * The English interface's wording, cut at its placeholders and markup: each piece of at least
 * four letters that no French message also contains (a word both languages use, such as
 * "Meta", "Simulation" or "Version", proves nothing).
 */
export const englishFragments: string[] = [
  ...new Set(
    leaves(en)
      .flatMap((s) => s.split(/\{\{[^}]*\}\}|<\/?\d+>|[:·(),…“”"]/))
      .map((s) => s.trim().replace(/^[\s.,;–-]+|[\s.,;–-]+$/g, ''))
      .filter((s) => (s.match(/[A-Za-z]/g)?.length ?? 0) >= 4)
      .filter((s) => !frenchTexts.some((f) => f.includes(s))),
  ),
];

/** Every string of the sample workspace's files (or of other files or folders named): journey, template, audience and channel names and contents. */
export function sampleData(roots: string[] = ['assets/sample']): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) return readdirSync(path).forEach((name) => walk(join(path, name)));
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.json')) out.push(...leaves(JSON.parse(text)));
    else out.push(...text.split(/[\n,]/));
  };
  roots.forEach(walk);
  // Names and sentences only: a short token ("fr", "true") or a code ("GREEN") would be cut out of the interface's own words too.
  return out.map((s) => s.trim()).filter((s) => (s.length >= 6 || /\s/.test(s)) && !/^[A-Z0-9_]+$/.test(s));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` without `userData`: names and contents the user or the sample wrote, which stay in their own language. */
function withoutUserData(text: string, userData: string[]): string {
  for (const data of [...userData].sort((a, b) => b.length - a.length)) text = text.split(data).join(' ');
  return text;
}

/** The English interface wording in `text`, once `userData` is taken out. */
export function englishIn(text: string, userData: string[]): string[] {
  text = withoutUserData(text, userData);
  return englishFragments.filter((fragment) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(fragment)}($|[^\\p{L}])`, 'u').test(text));
}

/** English interface wording in the page's visible text. */
export async function englishLeftovers(page: Page, userData: string[]): Promise<string[]> {
  return englishIn(await page.locator('body').innerText(), userData);
}

/** Meta's codes for ratings, statuses and categories: the interface says them in words. */
const RAW_CODES = /\b(GREEN|YELLOW|RED|APPROVED|PENDING|REJECTED|PAUSED|DISABLED|DRAFT|MARKETING|UTILITY|AUTHENTICATION)\b/g;

/** Codes shown as they are stored rather than in the interface's words, once `userData` is taken out. */
export async function rawCodes(page: Page, userData: string[]): Promise<string[]> {
  return [...new Set(withoutUserData(await page.locator('body').innerText(), userData).match(RAW_CODES) ?? [])];
}

/** Text pieces (visible text, split where lines wrap: the innerText scan reads it whole). */
const TEXT_ROLES = new Set(['StaticText', 'InlineTextBox', 'LineBreak']);
/** Chromium's own words, in the browser's language rather than the page's (a date field's picker button). */
const BROWSER_WORDS = /Show local date and time picker|Show date picker|Show time picker/g;

/** Every name in Chromium's accessibility tree but text pieces: aria-labels, titles, alt texts, computed names. */
export async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const named = nodes.filter((n) => !n.ignored && !TEXT_ROLES.has(n.role?.value ?? ''));
    return [...new Set(named.map((n) => (n.name?.value ?? '').replace(BROWSER_WORDS, '').trim()).filter((name) => name.length > 0))];
  } finally {
    await cdp.detach();
  }
}

/** English interface wording in what a screen reader says on the page (aria-labels and titles included). */
export async function englishInNames(page: Page, userData: string[]): Promise<string[]> {
  return englishIn((await accessibleNames(page)).join('\n'), userData);
}

const CONTROL_ROLES = new Set(['button', 'textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'slider', 'spinbutton', 'menuitem', 'tab', 'link']);

type AXNode = { ignored?: boolean; role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number };

/** Controls in Chromium's accessibility tree without a name, as "role (outer HTML start)". */
export async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const unnamed = nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? '') && !(n.name?.value ?? '').trim());
    const described: string[] = [];
    for (const node of unnamed) {
      let html = '?';
      if (node.backendDOMNodeId !== undefined) {
        const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as { object: { objectId?: string } };
        const result = (await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { return (this.outerHTML || String(this)).slice(0, 160); }',
          returnByValue: true,
        })) as { result: { value?: string } };
        html = result.result.value ?? '?';
      }
      described.push(`${node.role?.value} ${html}`);
    }
    return described;
  } finally {
    await cdp.detach();
  }
}

export type ContrastFailure = { text: string; ratio: number; needed: number; color: string; background: string };

/**
 * Visible text under `scope` whose contrast with what is painted behind it misses WCAG AA
 * (4.5:1, or 3:1 for large text). Colours are read back through a canvas, so any CSS colour
 * syntax works; translucent backgrounds and opacity are blended over what lies beneath.
 * Disabled controls are exempt, as WCAG exempts them; charts are not, though hidden from screen
 * readers (their table says the same), since a sighted reader reads their axes.
 */
export async function contrastFailures(page: Page, scope = 'body'): Promise<ContrastFailure[]> {
  return page.locator(scope).first().evaluate((root) => {
    type RGBA = [number, number, number, number];
    type El = {
      parentElement: El | null;
      childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
      closest(s: string): El | null;
      getClientRects(): ArrayLike<unknown>;
      getBoundingClientRect(): { width: number; height: number };
      querySelectorAll(s: string): ArrayLike<El>;
      tagName: string;
      namespaceURI: string | null;
    };
    type Style = { color: string; fill: string; backgroundColor: string; backgroundImage: string; opacity: string; fontSize: string; fontWeight: string; visibility: string; display: string };
    const g = globalThis as unknown as {
      getComputedStyle(e: El): Style;
      OffscreenCanvas: new (w: number, h: number) => { getContext(k: '2d'): { fillStyle: string; clearRect(...a: number[]): void; fillRect(...a: number[]): void; getImageData(...a: number[]): { data: ArrayLike<number> } } };
    };
    const ctx = new g.OffscreenCanvas(1, 1).getContext('2d');
    const rgba = (css: string): RGBA => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, (d[3] ?? 0) / 255];
    };
    const over = (top: RGBA, below: RGBA): RGBA => [0, 1, 2].map((i) => (top[i] ?? 0) * top[3] + (below[i] ?? 0) * (1 - top[3])).concat(1) as RGBA;
    const luminance = (c: RGBA) => {
      const [r, g2, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g2 + 0.0722 * b;
    };
    const backgroundOf = (el: El): RGBA => {
      const layers: RGBA[] = [];
      for (let e: El | null = el; e; e = e.parentElement) {
        const bg = rgba(g.getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let base: RGBA = layers.at(-1)?.[3] === 1 ? (layers.pop() as RGBA) : [255, 255, 255, 1];
      while (layers.length) base = over(layers.pop() as RGBA, base);
      return base;
    };
    const opacityOf = (el: El) => {
      let o = 1;
      for (let e: El | null = el; e; e = e.parentElement) o *= Number(g.getComputedStyle(e).opacity);
      return o;
    };
    const failures: { text: string; ratio: number; needed: number; color: string; background: string }[] = [];
    const all = [root as unknown as El, ...Array.from((root as unknown as El).querySelectorAll('*'))];
    for (const el of all) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own || el.getClientRects().length === 0) continue;
      const style = g.getComputedStyle(el);
      if (style.visibility !== 'visible' || ['SCRIPT', 'STYLE', 'OPTION', 'TITLE'].includes(el.tagName)) continue;
      if (el.closest('[disabled], [aria-disabled="true"], .react-flow__attribution, .visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const svg = el.namespaceURI === 'http://www.w3.org/2000/svg';
      const background = backgroundOf(el);
      const raw = rgba(svg && style.fill !== 'none' ? style.fill : style.color);
      const color = over([raw[0], raw[1], raw[2], raw[3] * opacityOf(el)], background);
      const [l1, l2] = [luminance(color), luminance(background)].sort((a, b) => b - a) as [number, number];
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio + 0.005 < needed) failures.push({ text: own.slice(0, 60), ratio: Math.round(ratio * 100) / 100, needed, color: `rgb(${color.slice(0, 3).map(Math.round).join(' ')})`, background: `rgb(${background.slice(0, 3).map(Math.round).join(' ')})` });
    }
    return failures;
  });
}
