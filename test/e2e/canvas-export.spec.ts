/**
 * The canvas exported as images in Chromium, where html-to-image really draws: the PNG is a PNG
 * of the whole journey's size with the steps painted on it, and the SVG carries the step names.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { download } from './support/download';
import { screenshotDir } from './support/paths';
import { sessionPerTest } from './support/session-per-test';

const current = sessionPerTest();
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The journey's extent in flow coordinates, read off React Flow's node elements. */
async function stepBounds(editor: EditorPage): Promise<{ width: number; height: number }> {
  type El = { style: { transform: string }; offsetWidth: number; offsetHeight: number };
  const boxes = await editor
    .canvas()
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const el = n as unknown as El;
        const [x, y] = (/translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(el.style.transform) ?? []).slice(1).map(Number);
        return { x: x ?? 0, y: y ?? 0, w: el.offsetWidth, h: el.offsetHeight };
      }),
    );
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  return { width: Math.max(...boxes.map((b) => b.x + b.w)) - left, height: Math.max(...boxes.map((b) => b.y + b.h)) - top };
}

/** The share of the image's pixels that differ from its top-left corner (the background), and whether all four corners agree. */
async function paintedShare(page: Page, png: Buffer): Promise<{ share: number; cornersAgree: boolean }> {
  return page.evaluate(async (base64) => {
    type Ctx = { drawImage(i: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
    type Doc = { createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): Ctx } };
    const image = new (globalThis as unknown as { Image: new () => { src: string; width: number; height: number; decode(): Promise<void> } }).Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = (globalThis as unknown as { document: Doc }).document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const differs = (i: number) => Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 24;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (differs(i)) painted++;
    const w = image.width;
    const corners = [(w - 1) * 4, (image.height - 1) * w * 4, (image.height * w - 1) * 4];
    return { share: painted / (data.length / 4), cornersAgree: corners.every((i) => !differs(i)) };
  }, png.toString('base64'));
}

describe('canvas export in Chromium', () => {
  it('downloads a PNG of the whole journey and an SVG naming its steps', async () => {
    const { app, host, page } = current();
    const editor = new EditorPage(page);
    await app.open(host.url);
    await editor.open('Welcome series');

    const png = await download(page, 'Export PNG image');
    expect(png.name).toBe('welcome-series.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(png.bytes.toString('latin1', 12, 16)).toBe('IHDR');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    // The whole journey at 1:1 with an 8 % margin each side (devicePixelRatio is 1 here).
    const bounds = await stepBounds(editor);
    expect(Math.abs(width - Math.round(bounds.width * 1.16))).toBeLessThanOrEqual(2);
    expect(Math.abs(height - Math.max(240, Math.round(bounds.height * 1.16)))).toBeLessThanOrEqual(2);
    // Steps are drawn, not a blank background.
    const painted = await paintedShare(page, png.bytes);
    expect(painted.share).toBeGreaterThan(0.05);
    // The background reaches every edge (no unpainted band along the top or left).
    expect(painted.cornersAgree).toBe(true);
    await mkdir(screenshotDir, { recursive: true });
    await writeFile(join(screenshotDir, 'canvas-export-download.png'), png.bytes);

    const { name: svgName, text } = await download(page, 'Export SVG image');
    expect(svgName).toBe('welcome-series.svg');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain(`width="${width}"`);
    for (const id of ['entry', 'welcome', 'wait-1-day', 'read-welcome', 'first-offer', 'exit-dormant']) expect(text).toContain(`>${id}<`);
    expect(text).toContain('seasonal_promo');
    await app.screenshot('canvas-export-editor');
  });
});
