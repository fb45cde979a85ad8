// What changed between two versions of a month's pack, in words a committee member reads:
// "KPI3 October 2020: 88.5% → 89.0%, rating Amber → Green"; "SM4 commentary revised".
import type { PackMeasure, PackSnapshot } from './snapshot';

const revised = (a: string | null, b: string | null) => (a ?? '').trim() !== (b ?? '').trim();

function measureChanges(before: PackMeasure, after: PackMeasure, monthLabel: string): string[] {
  const ref = after.ref;
  const out: string[] = [];
  const parts: string[] = [];
  if (before.figureText !== after.figureText) parts.push(`${before.figureText} → ${after.figureText}`);
  if (before.ratingLabel !== after.ratingLabel || before.judged !== after.judged) {
    const label = (m: PackMeasure) => `${m.ratingLabel}${m.judged ? ' (judged)' : ''}`;
    parts.push(`rating ${label(before)} → ${label(after)}`);
  }
  if (parts.length) out.push(`${ref} ${monthLabel}: ${parts.join(', ')}`);
  if (before.ytdText !== after.ytdText) out.push(`${ref} year to date: ${before.ytdText} → ${after.ytdText}`);
  if (before.targetText !== after.targetText || before.toleranceText !== after.toleranceText) {
    out.push(`${ref} target ${before.targetText} (tolerance ${before.toleranceText}) → ${after.targetText} (tolerance ${after.toleranceText})`);
  }
  if (before.title !== after.title) out.push(`${ref} title revised`);
  if (revised(before.commentary, after.commentary)) out.push(`${ref} commentary revised`);
  if (revised(before.improvementAction, after.improvementAction)) out.push(`${ref} improvement action revised`);
  if (revised(before.justification, after.justification) && after.judged) out.push(`${ref} justification of its judged rating revised`);
  return out;
}

/** Every difference a reader would notice, in the measures' order; empty when none. */
export function describeChanges(before: PackSnapshot, after: PackSnapshot): string[] {
  const earlier = new Map(before.measures.map((m) => [m.ref, m]));
  const later = new Set(after.measures.map((m) => m.ref));
  const changes: string[] = [];
  for (const measure of after.measures) {
    const was = earlier.get(measure.ref);
    if (!was) changes.push(`${measure.ref} added`);
    else changes.push(...measureChanges(was, measure, after.monthLabel));
  }
  for (const measure of before.measures) if (!later.has(measure.ref)) changes.push(`${measure.ref} removed`);
  if (before.monthsCovered.label !== after.monthsCovered.label) {
    changes.push(`Months covered: ${before.monthsCovered.label} → ${after.monthsCovered.label}`);
  }
  const letters = (s: PackSnapshot) => new Map(s.grid.rows.map((r) => [r.ref, r.letters]));
  const gridBefore = letters(before);
  for (const row of after.grid.rows) {
    const was = gridBefore.get(row.ref);
    if (!was) continue;
    row.letters.forEach((letter, i) => {
      const month = after.grid.months[i]!;
      if (was[i] !== letter && month !== after.month) changes.push(`${row.ref} summary grid ${month}: ${was[i] || 'blank'} → ${letter || 'blank'}`);
    });
  }
  return changes;
}
