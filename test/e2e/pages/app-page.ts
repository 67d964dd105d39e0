import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { screenshotDir } from '../support/paths';
import { SettingsPage } from './settings-page';

/** The app shell as a user sees it: header, main navigation, the current screen. */
export class AppPage {
  readonly settings: SettingsPage;

  constructor(readonly page: Page) {
    this.settings = new SettingsPage(page);
  }

  /** Opens the app and waits for its ready signal rather than for time to pass. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  }

  banner(): Locator {
    return this.page.getByRole('banner');
  }

  navigation(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name });
  }

  /** The current screen's title; waits until it reads `name` when one is given. */
  async title(name?: string): Promise<Locator> {
    const heading = this.page.getByRole('heading', { level: 1, ...(name ? { name, exact: true } : {}) });
    await heading.waitFor();
    return heading;
  }

  /** Clicks a section in the navigation named `navName` and waits for its title. */
  async goTo(navName: string | RegExp, section: string): Promise<void> {
    await this.navigation(navName).getByRole('button', { name: section, exact: true }).click();
    await this.title(section);
  }

  /** The body's computed background: tells which theme is really painted. */
  backgroundColor(): Promise<string> {
    type Styles = { getComputedStyle(element: unknown): { backgroundColor: string } };
    return this.page.locator('body').evaluate((body) => (globalThis as unknown as Styles).getComputedStyle(body).backgroundColor);
  }

  /** Whether `target` holds the keyboard focus. */
  hasFocus(target: Locator): Promise<boolean> {
    type Doc = { document: { activeElement: unknown } };
    return target.evaluate((element) => element === (globalThis as unknown as Doc).document.activeElement);
  }

  async screenshot(name: string): Promise<string> {
    await mkdir(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.png`);
    // Transitions (a theme switch fades colours) are fast-forwarded so the picture is final.
    await this.page.screenshot({ path, fullPage: true, animations: 'disabled' });
    return path;
  }
}
