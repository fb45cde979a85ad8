import { expect, type Page } from '@playwright/test';
import { EntryPage, NOVEMBER_2020 } from './entry-page';
import { waitForHydration } from './hydration';

/** "Your measures" (or every measure, for the performance team) for the month open for entry. */
export class MyMeasuresPage {
  readonly table;
  readonly rows;
  readonly ownerColumn;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('my-measures');
    this.rows = this.table.locator('tbody tr');
    this.ownerColumn = this.table.getByRole('columnheader', { name: 'Owner' });
  }

  async goto() {
    await this.page.goto('/my-measures');
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** A measure's row, by its reference (KPI4, SM10, ...). */
  row(ref: string) {
    return this.table.locator(`tr[data-ref="${ref}"]`);
  }

  /** Follows the measure's link from the list to its entry, ready to type into. */
  async openEntry(ref: string) {
    await this.table.getByRole('link', { name: ref, exact: true }).click();
    await expect(this.page).toHaveURL(new RegExp(`/entries/${NOVEMBER_2020.key}/${ref}$`));
    await waitForHydration(this.page);
    return new EntryPage(this.page);
  }
}
