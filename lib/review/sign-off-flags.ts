// What stands between a month in review and its sign-off (product.md: "a period cannot be signed
// off while any such entry lacks it"), and what deserves the chief executive's attention without
// blocking it. Computed from a rated month, on the server, by the same rating layer as everything else.
import { needsCommentary, ratingLabel, type Rating } from '../rating';

export type FlagKind =
  /** Blocks sign-off. */
  | 'not_submitted'
  | 'returned'
  | 'needs_commentary'
  | 'judged_without_justification'
  /** For attention only. */
  | 'judged'
  | 'moved_band';

export const BLOCKING: ReadonlySet<FlagKind> = new Set(['not_submitted', 'returned', 'needs_commentary', 'judged_without_justification']);

export type Flag = { ref: string; kind: FlagKind; blocking: boolean; message: string };

/** One measure of the month as review reads it (a row of loadRatedMonth, or anything shaped so). */
export type ReviewedMeasure = {
  measure: { ref: string; active: boolean };
  entry: {
    status: 'draft' | 'submitted' | 'returned';
    commentary: string | null;
    improvementAction: string | null;
    judgedRating: string | null;
    judgedJustification: string | null;
  } | null;
  rating: { rating: Rating; judged: boolean };
  /** The rating the month before, where there was one: for "moved a band". */
  previousRating?: Rating | null;
};

const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** Every flag of the month, blocking ones first, in the measures' order. */
export function signOffFlags(month: readonly ReviewedMeasure[]): Flag[] {
  const flags: Flag[] = [];
  const add = (ref: string, kind: FlagKind, message: string) => flags.push({ ref, kind, blocking: BLOCKING.has(kind), message });
  for (const { measure, entry, rating, previousRating } of month) {
    if (!measure.active) continue;
    const { ref } = measure;
    if (!entry || entry.status === 'draft') {
      add(ref, 'not_submitted', `${ref} has not been submitted.`);
    } else if (entry.status === 'returned') {
      add(ref, 'returned', `${ref} was returned to its lead and has not been submitted again.`);
    }
    if (entry && needsCommentary(rating.rating) && (blank(entry.commentary) || blank(entry.improvementAction))) {
      const missing = blank(entry.commentary) && blank(entry.improvementAction)
        ? 'commentary or improvement action'
        : blank(entry.commentary) ? 'commentary' : 'improvement action';
      add(ref, 'needs_commentary', `${ref} is rated ${ratingLabel(rating.rating)} but has no ${missing}.`);
    }
    if (entry?.judgedRating && blank(entry.judgedJustification)) {
      add(ref, 'judged_without_justification', `${ref} has a judged rating without a justification.`);
    }
    if (rating.judged) add(ref, 'judged', `${ref} is rated ${ratingLabel(rating.rating)} by judgement, not by its figures.`);
    if (previousRating && movedBand(previousRating, rating.rating)) {
      add(ref, 'moved_band', `${ref} moved from ${ratingLabel(previousRating)} to ${ratingLabel(rating.rating)} since last month.`);
    }
  }
  return [...flags.filter((f) => f.blocking), ...flags.filter((f) => !f.blocking)];
}

const isBand = (rating: Rating) => rating === 'red' || rating === 'amber' || rating === 'green';

/** Whether a measure moved between Red, Amber and Green since last month (Blue and no rating are not bands). */
export function movedBand(previous: Rating | null | undefined, now: Rating): boolean {
  return !!previous && previous !== now && isBand(previous) && isBand(now);
}

/** Why sign-off is not possible yet, in one sentence; null when nothing blocks it. */
export function whySignOffIsBlocked(flags: readonly Flag[]): string | null {
  const blocking = flags.filter((f) => f.blocking);
  if (blocking.length === 0) return null;
  const refs = (kind: FlagKind) => [...new Set(blocking.filter((f) => f.kind === kind).map((f) => f.ref))];
  const parts: string[] = [];
  const list = (items: string[]) => items.join(', ');
  const notSubmitted = refs('not_submitted');
  const returned = refs('returned');
  const commentary = refs('needs_commentary');
  const justification = refs('judged_without_justification');
  if (notSubmitted.length) parts.push(`${notSubmitted.length} not submitted (${list(notSubmitted)})`);
  if (returned.length) parts.push(`${returned.length} returned and not yet resubmitted (${list(returned)})`);
  if (commentary.length) parts.push(`${commentary.length} rated Amber or Red without commentary or an improvement action (${list(commentary)})`);
  if (justification.length) parts.push(`${justification.length} judged without a justification (${list(justification)})`);
  return `The month cannot be signed off yet: ${parts.join('; ')}.`;
}

/** "29 of 32 submitted, 2 returned", for the top of the review page. */
export function completenessLine(month: readonly ReviewedMeasure[]): string {
  const active = month.filter((m) => m.measure.active);
  const submitted = active.filter((m) => m.entry?.status === 'submitted').length;
  const returned = active.filter((m) => m.entry?.status === 'returned').length;
  return `${submitted} of ${active.length} submitted${returned ? `, ${returned} returned` : ''}`;
}
