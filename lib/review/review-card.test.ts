import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RatingBadge } from '../../app/components/rating-badge';
import { StatusTag } from '../../app/components/status-tag';
import { ratingBadgeHtml, reviewCard, reviewCards, statusTagHtml, type ReviewCardMeasure } from './review-card';

const entry = (over: Partial<NonNullable<ReviewCardMeasure['entry']>> = {}): NonNullable<ReviewCardMeasure['entry']> => ({
  status: 'submitted',
  value: '93.2',
  secondaryValue: null,
  availability: 'available',
  ytdValue: '94.123',
  ytdSecondaryValue: null,
  commentary: 'Referrals rose in November.',
  improvementAction: 'Daily triage huddle.',
  returnNote: null,
  ...over,
});
const row = (over: Partial<ReviewCardMeasure> = {}): ReviewCardMeasure => ({
  measure: { ref: 'KPI3', title: '% of all referrals with a decision within 24 hours', unit: 'percent', decimals: 1, ownerName: 'Sam Okafor' },
  entry: entry(),
  rating: { rating: 'amber', judged: false, reason: '93.2% is below the 95% target but within the 85% – 94.9% tolerance.' },
  direction: { sinceLastMonth: 'improved', sinceLastYear: null },
  ...over,
});

/** The card's facts as [name, value] pairs, as a reader meets them. */
function facts(markup: string): [string, string][] {
  const pairs = [...markup.matchAll(/<dt>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>/g)];
  return pairs.map(([, name, value]) => [name!, value!.replace(/<[^>]+>/g, '')]);
}

describe('a review card', () => {
  it('names the measure in its heading, which labels the section, with its status and owner', () => {
    const card = reviewCard(row(), '2020-11', false).value;
    expect(card).toMatch(/^<section aria-labelledby="measure-KPI3" class="review-card" data-ref="KPI3" data-testid="review-measure">/);
    expect(card).toContain('<h2 id="measure-KPI3"><span>KPI3</span> <span>% of all referrals with a decision within 24 hours</span></h2>');
    expect(card).toContain('<p class="mb-3"><strong class="status-tag bg-green-100 text-green-900">Submitted</strong> Owner: Sam Okafor</p>');
  });

  it('gives every fact of an entry, figures at the measure’s decimals and the rating in words beside its reason', () => {
    expect(facts(reviewCard(row(), '2020-11', false).value)).toEqual([
      ['Value', '93.2%'],
      ['Year to date', '94.1%'],
      ['Rating', 'A · Amber93.2% is below the 95% target but within the 85% – 94.9% tolerance.'],
      ['Against last month', 'Improved'],
      ['Against November 2019', 'Nothing to compare'],
      ['Commentary', 'Referrals rose in November.'],
      ['Improvement action', 'Daily triage huddle.'],
    ]);
  });

  it('says "None" for what an entry lacks, and shows the latest return note', () => {
    const card = reviewCard(row({ entry: entry({ ytdValue: null, commentary: '', improvementAction: null, returnNote: 'Please add the November figure.' }) }), '2020-11', false);
    expect(facts(card.value).filter(([name]) => name !== 'Rating')).toEqual([
      ['Value', '93.2%'],
      ['Year to date', 'None'],
      ['Against last month', 'Improved'],
      ['Against November 2019', 'Nothing to compare'],
      ['Commentary', 'None'],
      ['Improvement action', 'None'],
      ['Latest return note', 'Please add the November figure.'],
    ]);
  });

  it('says once that nothing is entered, with the rating that stands', () => {
    const card = reviewCard(row({ entry: null, rating: { rating: 'blue', judged: false, reason: 'No figure has been entered for November 2020.' } }), '2020-11', true).value;
    expect(card).toContain('<strong class="status-tag bg-gray-200 text-ink">Not started</strong>');
    expect(facts(card)).toEqual([
      ['Value', 'Not entered'],
      ['Rating', 'B · BlueNo figure has been entered for November 2020.'],
    ]);
    expect(card).not.toContain('Return to lead');
  });

  it('writes a missing figure as the pack does, and a judged rating as judged', () => {
    const card = reviewCard(row({ entry: entry({ value: null, availability: 'not_available' }), rating: { rating: 'green', judged: true, reason: 'Judged Green: on its year to date.' } }), '2020-11', false).value;
    expect(facts(card)[0]).toEqual(['Value', 'n/ava']);
    expect(card).toContain('<span class="rating-badge" data-rating="green"><span aria-hidden="true">G · </span>Green (judged)</span>');
  });

  it('offers "Return to lead" on a submitted entry, only to someone who may return it', () => {
    const link = '<p class="mt-3"><a href="/review/2020-11/return/KPI3">Return to lead<span class="sr-only"> (KPI3)</span></a></p>';
    expect(reviewCard(row(), '2020-11', true).value).toContain(link);
    expect(reviewCard(row(), '2020-11', false).value).not.toContain('Return to lead');
    expect(reviewCard(row({ entry: entry({ status: 'draft' }) }), '2020-11', true).value).not.toContain('Return to lead');
  });

  it('escapes everything a person typed, so no text becomes markup', () => {
    const typed = '</dd><script>alert("x")</script><img src=x onerror=alert(1)> & \'quoted\'';
    const card = reviewCard(
      row({
        measure: { ref: 'KPI3', title: typed, unit: 'percent', decimals: 1, ownerName: typed },
        entry: entry({ commentary: typed, improvementAction: typed, returnNote: typed }),
      }),
      '2020-11',
      true,
    ).value;
    expect(card).not.toMatch(/<script|<img|<\/dd><script/);
    expect(card.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;&lt;img src=x onerror=alert\(1\)&gt; &amp; &#39;quoted&#39;/g)).toHaveLength(5);
  });

  it('keeps the measures in the order given, one section each', () => {
    const cards = reviewCards([row(), row({ measure: { ...row().measure, ref: 'SM1' } })], '2020-11', false).value;
    expect([...cards.matchAll(/data-ref="(\w+)"/g)].map((m) => m[1])).toEqual(['KPI3', 'SM1']);
    expect(reviewCards([], '2020-11', false).value).toBe('');
  });
});

describe('the tag and the badge as markup', () => {
  it('are the React components’ own markup, for every status and rating', () => {
    for (const status of [null, 'draft', 'submitted', 'returned'] as const) {
      expect(statusTagHtml(status).value).toBe(renderToStaticMarkup(createElement(StatusTag, { status })));
    }
    for (const rating of ['red', 'amber', 'green', 'blue', 'none'] as const) {
      for (const judged of [false, true]) {
        expect(ratingBadgeHtml(rating, judged).value).toBe(renderToStaticMarkup(createElement(RatingBadge, { rating, judged })));
      }
    }
  });
});
