/**
 * What React Flow needs from a browser that jsdom lacks, as React Flow's testing guide sets it
 * up: a ResizeObserver that reports at once, DOMMatrixReadOnly for the zoom, and element sizes.
 */
class ResizeObserverNow {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyScale {
  m22: number;
  constructor(transform: string) {
    const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

let installed = false;

export function installReactFlowEnv(): void {
  if (installed) return;
  installed = true;
  globalThis.ResizeObserver = ResizeObserverNow as unknown as typeof ResizeObserver;
  (globalThis as unknown as { DOMMatrixReadOnly: unknown }).DOMMatrixReadOnly = DOMMatrixReadOnlyScale;
  // A box sized in % (the canvas filling its pane) is a large screen; a step has a step's size.
  const size = (value: string, fallback: number) => (value.endsWith('%') ? 4000 : Number.parseFloat(value) || fallback);
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get() { return size((this as HTMLElement).style.height, 96); } },
    offsetWidth: { configurable: true, get() { return size((this as HTMLElement).style.width, 240); } },
  });
  (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
}
