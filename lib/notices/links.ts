// Absolute links to the portal's pages, for e-mail, where a relative address means nothing. The
// paths are the routes in app/: a lead's month is /my-measures?month=, an entry /entries/[month]/[ref],
// the review /review/[month], a pack /packs/[month]/v[n]. The site may live under a path
// ("https://example.org/performance"), so paths are appended to it, not resolved against it.
import { packPath } from '../packs/address';
import { MONTH_PATTERN } from '../rating/months';

/** The site's address without a trailing slash; throws unless it is an absolute http(s) address. */
export function siteBase(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new RangeError(`"${siteUrl}" is not an absolute web address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`"${siteUrl}" is not an http(s) address`);
  if (url.search || url.hash) throw new RangeError(`"${siteUrl}" must not have a query or fragment`);
  return url.href.replace(/\/+$/, '');
}

function checkedMonth(month: string): string {
  if (!MONTH_PATTERN.test(month)) throw new RangeError(`"${month}" is not a month (YYYY-MM)`);
  return month;
}

export const monthLink = (siteUrl: string, month: string): string =>
  `${siteBase(siteUrl)}/my-measures?month=${checkedMonth(month)}`;

export const entryLink = (siteUrl: string, month: string, ref: string): string =>
  `${siteBase(siteUrl)}/entries/${checkedMonth(month)}/${encodeURIComponent(ref)}`;

export const reviewLink = (siteUrl: string, month: string): string => `${siteBase(siteUrl)}/review/${checkedMonth(month)}`;

export const packLink = (siteUrl: string, month: string, version: number): string =>
  `${siteBase(siteUrl)}${packPath({ month: checkedMonth(month), version, format: 'html' })}`;

/** The administrator's list of months, with each month's completeness and overdue entries. */
export const monthsAdminLink = (siteUrl: string): string => `${siteBase(siteUrl)}/admin/months`;

/** Where a person turns reminders on or off. */
export const noticeSettingsLink = (siteUrl: string): string => `${siteBase(siteUrl)}/account/notices`;
