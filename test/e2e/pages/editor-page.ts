import type { Locator, Page } from 'playwright-core';

type Point = { x: number; y: number };

/** The journey editor as a user works it: palette, canvas, steps, handles, side panel. */
export class EditorPage {
  constructor(readonly page: Page) {}

  canvas(): Locator {
    return this.page.getByRole('region', { name: 'Journey canvas' });
  }

  /** The canvas element of a step (React Flow's node wrapper, which has its id). */
  step(id: string): Locator {
    return this.canvas().locator(`.react-flow__node[data-id="${id}"]`);
  }

  async stepIds(): Promise<string[]> {
    // The test files are compiled without DOM types: the elements are read through a narrow shape.
    type WithAttributes = { getAttribute(name: string): string | null };
    return this.canvas()
      .locator('.react-flow__node')
      .evaluateAll((nodes) => nodes.map((n) => (n as unknown as WithAttributes).getAttribute('data-id') ?? ''));
  }

  async edgeCount(): Promise<number> {
    return this.canvas().locator('.react-flow__edge').count();
  }

  /** Waits for the editor of a journey to be on the page, its steps drawn. */
  async ready(): Promise<void> {
    await this.canvas().locator('.react-flow__node').first().waitFor();
  }

  /** Opens a journey from the Journeys list (its "Open …" button) and waits for its editor. */
  async open(journey: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open ${journey}` }).click();
    await this.ready();
  }

  /** Drags a palette item (by its step name) and drops it at a point of the page. */
  async dragFromPalette(step: string, to: Point): Promise<void> {
    // With the mouse, as a person does: Chromium turns it into HTML5 drag and drop events.
    const from = await this.centre(this.page.getByRole('button', { name: `Add ${step}`, exact: true }));
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 30, from.y, { steps: 3 });
    await mouse.move(to.x, to.y, { steps: 10 });
    await mouse.up();
  }

  async centre(locator: Locator): Promise<Point> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Draws a link from a step's output handle to another step's input, with the mouse. */
  async connect(source: string, handle: string, target: string): Promise<void> {
    const from = await this.centre(this.step(source).locator(`.react-flow__handle.source[data-handleid="${handle}"]`));
    const to = await this.centre(this.step(target).locator('.react-flow__handle.target'));
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await mouse.move(to.x, to.y, { steps: 5 });
    await mouse.up();
  }

  /** The middle of the link between two steps, on the drawn curve. */
  async linkMiddle(source: string, target: string): Promise<Point> {
    const path = this.canvas().locator(`.react-flow__edge[aria-label*="${source} "][aria-label$=" ${target}"] path.react-flow__edge-path`);
    return path.evaluate((element) => {
      const p = element as unknown as { getTotalLength(): number; getPointAtLength(l: number): { x: number; y: number }; getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number } };
      const mid = p.getPointAtLength(p.getTotalLength() / 2);
      const m = p.getScreenCTM();
      return { x: m.a * mid.x + m.c * mid.y + m.e, y: m.b * mid.x + m.d * mid.y + m.f };
    });
  }

  /** Zoom to fit, from the toolbar, and wait for the short animation to end. */
  async fitView(): Promise<void> {
    await this.page.getByRole('button', { name: 'Zoom to fit' }).first().click();
    await this.page.waitForTimeout(350);
  }

  async waitSaved(): Promise<void> {
    await this.page.locator('[data-save-status="saved"]').waitFor();
  }

  errorBadge(step: string): Locator {
    return this.step(step).getByRole('img', { name: /errors$/ });
  }
}
