import type { Locator, Page } from '@playwright/test';

/** The real toolbar popup, located the way a user (or a screen reader) finds things in it. */
export class PopupPage {
  constructor(readonly page: Page) {}

  get search(): Locator {
    return this.page.getByRole('combobox', { name: 'Look up a CPT code' });
  }

  /** The ranked results of the current search. */
  get results(): Locator {
    return this.page.getByRole('listbox', { name: 'Matching codes' }).getByRole('option');
  }

  get onThisPage(): Locator {
    return this.page.getByRole('region', { name: /On this page/ });
  }

  siteSwitch(host: string): Locator {
    return this.page.getByRole('switch', { name: `Enable on ${host}` });
  }

  get footer(): Locator {
    return this.page.locator('footer');
  }

  async lookUp(query: string): Promise<void> {
    await this.search.fill(query);
  }
}

/** The options page. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  mode(name: RegExp | string): Locator {
    return this.page.getByRole('radio', { name });
  }

  get addSite(): Locator {
    return this.page.getByLabel('Add a site');
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  async add(host: string): Promise<void> {
    await this.addSite.fill(host);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }
}
