import type { Locator, Page } from 'playwright-core';

/** The Settings screen: appearance choices and the About facts from the host. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async chooseLanguage(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async chooseTheme(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  about(name: string | RegExp = 'About'): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The value the About block shows for a term, once the host has answered. */
  async aboutValue(term: string, region: string | RegExp = 'About'): Promise<Locator> {
    const value = this.about(region).locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
    await value.waitFor();
    return value;
  }
}
