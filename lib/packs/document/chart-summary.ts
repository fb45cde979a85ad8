// The chart in one sentence: how many months met the target, and the pack's month against it. It is
// the chart's text alternative (its <desc>), printed under it, and usable on its own, so it must say
// everything a reader would take from the picture, in the figures as the pack prints them.
import { formatFigure, rateValue, type Availability } from '../../rating';
import type { PackChart, PackMeasure } from '../snapshot';
import { chartModel, type ChartContext, type ChartModel } from './chart-model';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const MISSING_WORDS: Record<Availability, string> = {
  not_available: ' (not available)',
  not_applicable: ' (not applicable)',
  not_due: ' (not due this month)',
  available: '',
};

/** "Met the target in 4 of 7 months with a figure, and was within tolerance in the other 3". */
function monthsAgainstTarget(model: ChartModel, measure: PackMeasure): string {
  const ratings = model.thisYear
    .filter((f) => f !== null)
    .map(
      (f) =>
        rateValue({
          value: f.text,
          target: model.target?.text,
          tolerance: model.toleranceEdge?.text,
          polarity: model.polarity,
          decimals: model.decimals,
          unit: model.unit,
        }).rating,
    );
  if (model.target === null) {
    return ratings.length === 0
      ? 'No target is set for this measure, and no month has a figure yet'
      : `No target is set for this measure; ${plural(ratings.length, 'month')} ${ratings.length === 1 ? 'has' : 'have'} a figure`;
  }
  if (measure.polarity === 'none') {
    return 'Neither higher nor lower is set as better for this measure, so no month is rated against its target';
  }
  if (ratings.length === 0) return 'No month has a figure yet';

  const met = ratings.filter((r) => r === 'green').length;
  const within = ratings.filter((r) => r === 'amber').length;
  const outside = ratings.filter((r) => r === 'red').length;
  const lower = measure.polarity === 'lower' ? ' (lower is better)' : '';
  let sentence = `Met the target${lower} in ${met} of ${plural(ratings.length, 'month')} with a figure`;
  // Without a tolerance band a miss is simply a miss; with one, say which side of its edge.
  const band = model.toleranceEdge !== null;
  if (within > 0 && outside > 0) sentence += `, was within tolerance in ${within} and outside it in ${outside}`;
  else if (within > 0) sentence += `, and was within tolerance in the other ${within}`;
  else if (outside > 0) sentence += band ? `, and was outside tolerance in the other ${outside}` : `, and missed it in the other ${outside}`;
  return sentence;
}

/** "October 2020: 89.1% against a target of 65%", or what stands in for a missing figure. */
function packMonth(model: ChartModel, measure: PackMeasure, context: ChartContext): string {
  const point = model.thisYear[model.packSlot] ?? null;
  const printed =
    measure.availability === 'available' && measure.value !== null && measure.figureText !== '-'
      ? measure.figureText
      : point
        ? formatFigure(point.text, model.unit, model.decimals)
        : null;
  if (printed === null) {
    const why = measure.availability ? MISSING_WORDS[measure.availability] : '';
    return `${context.monthLabel}: no figure${why}${model.target ? `; the target is ${measure.targetText}` : ''}`;
  }
  return `${context.monthLabel}: ${printed}${model.target ? ` against a target of ${measure.targetText}` : ''}`;
}

/**
 * The summary sentence, e.g. "Met the target in 7 of 7 months with a figure; October 2020: 89.1%
 * against a target of 65%." Months are judged by the rating layer's own rule, so the count agrees
 * with the letters of the summary grid for a measure rated monthly.
 */
export function summariseChart(chart: PackChart, measure: PackMeasure, context: ChartContext): string {
  const model = chartModel(chart, measure, context);
  return `${monthsAgainstTarget(model, measure)}; ${packMonth(model, measure, context)}.`;
}
