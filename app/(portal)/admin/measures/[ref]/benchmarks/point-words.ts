// How the benchmarks pages write a point: its value at the measure's decimals (as the pack prints
// it, with what was entered where that is finer), and the banner after a change, from the address.
import { formatFigure, formatLongDate, type Unit } from '@/lib/rating';
import { readPointSlug } from '@/lib/benchmarks/series';

export function shownValue(value: string, measure: { unit: Unit; decimals: number }): string {
  const shown = formatFigure(value, measure.unit, measure.decimals) ?? value;
  const exact = formatFigure(value, measure.unit, Math.max(measure.decimals, value.split('.')[1]?.length ?? 0)) ?? value;
  return shown === exact ? shown : `${shown} (entered as ${exact})`;
}

const DONE = { added: 'has been added', changed: 'has been changed', unchanged: 'was saved unchanged', removed: 'has been removed' } as const;

/** "The North East point ending 31 March 2020 has been added." — from the query the action redirected to. */
export function bannerFor(params: Record<string, string | string[] | undefined>): string | undefined {
  for (const [key, words] of Object.entries(DONE)) {
    const value = params[key];
    const point = typeof value === 'string' ? readPointSlug(value) : null;
    if (point) return `The ${point.series} point ending ${formatLongDate(point.periodEnd)} ${words}.`;
  }
  return undefined;
}
