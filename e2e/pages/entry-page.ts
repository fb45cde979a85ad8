import type { Page } from '@playwright/test';
import { waitForHydration } from './hydration';

/** A month the demo pack has open for entry. */
export const NOVEMBER_2020 = { key: '2020-11', label: 'November 2020' } as const;

/** One measure's entry for a month: its form, live rating, error summary and saved status. */
export class EntryPage {
  readonly heading;
  readonly valueField;
  readonly ytdValueField;
  readonly commentary;
  readonly improvementAction;
  readonly submitButton;
  readonly saveDraftButton;
  readonly errorSummary;
  readonly savedStatus;
  readonly ratingPreview;
  readonly readOnlyNotice;
  readonly conflict;
  readonly figureAvailable;

  constructor(
    readonly page: Page,
    readonly month: { key: string; label: string } = NOVEMBER_2020,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.valueField = page.getByLabel(`Value for ${month.label}`, { exact: true });
    this.ytdValueField = page.getByLabel('Year-to-date value');
    this.commentary = page.getByLabel('Commentary', { exact: true });
    this.improvementAction = page.getByLabel('Improvement action', { exact: true });
    this.submitButton = page.getByRole('button', { name: 'Submit', exact: true });
    this.saveDraftButton = page.getByRole('button', { name: 'Save draft', exact: true });
    this.errorSummary = page.getByTestId('error-summary');
    this.savedStatus = page.getByTestId('entry-saved');
    this.ratingPreview = page.getByTestId('rating-preview');
    this.readOnlyNotice = page.getByTestId('read-only');
    this.conflict = page.getByTestId('conflict');
    this.figureAvailable = page.getByRole('radio', { name: 'Yes, there is a figure' });
  }

  /** The page's own address for a measure. */
  path(ref: string) {
    return `/entries/${this.month.key}/${ref}`;
  }

  /** Opens the measure's entry and waits until React has the form, so typing is not overwritten. */
  async open(ref: string) {
    await this.page.goto(this.path(ref));
    await waitForHydration(this.page);
  }

  /** Opens the measure's entry in a browser without JavaScript: the form as the server drew it. */
  async openWithoutScript(ref: string) {
    await this.page.goto(this.path(ref));
  }

  /** The message shown beside a field, by the field's id ("value", "commentary", ...). */
  fieldError(field: string) {
    return this.page.locator(`#${field}-error`);
  }

  /** The sentence under the value field that says what to enter. */
  get valueHint() {
    return this.page.locator('#value-hint');
  }

  /** A text area's GOV.UK character count, by the field's id. */
  characterCount(field: string) {
    return this.page.locator(`#${field}-count`);
  }
}
