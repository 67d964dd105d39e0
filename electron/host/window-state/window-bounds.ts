import { z } from 'zod';

export const Rectangle = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Rectangle = z.infer<typeof Rectangle>;

export const WindowState = z.object({ bounds: Rectangle, maximized: z.boolean() });
export type WindowState = z.infer<typeof WindowState>;

/** Where a window opens: a position only when it is known to be visible. */
export type WindowPlacement = { width: number; height: number; x?: number; y?: number; maximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clampInto(value: number, size: number, start: number, span: number): number {
  return Math.min(Math.max(value, start), start + span - size);
}

/**
 * Puts a remembered window back where it was, but never off-screen: a monitor unplugged or
 * a resolution changed since last time would otherwise open the app where nobody can see
 * it. The window goes to the display it overlapped most, shrunk to fit and moved fully
 * inside; with no overlap at all, it opens at its size, centred by the OS.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Rectangle[]): WindowPlacement {
  if (!saved) return { ...DEFAULT_SIZE, maximized: false };
  const { bounds } = saved;
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  if (!best) {
    const primary = workAreas[0];
    return {
      width: primary ? Math.min(bounds.width, primary.width) : bounds.width,
      height: primary ? Math.min(bounds.height, primary.height) : bounds.height,
      maximized: saved.maximized,
    };
  }
  const width = Math.min(bounds.width, best.width);
  const height = Math.min(bounds.height, best.height);
  return {
    width,
    height,
    x: clampInto(bounds.x, width, best.x, best.width),
    y: clampInto(bounds.y, height, best.y, best.height),
    maximized: saved.maximized,
  };
}
