'use server';

// Server actions of a measure's benchmarks pages. Each: who is asking (requireUser) → the command
// parses with the shared schema, asks the policy (admin only), and writes the point with its audit
// event in one transaction → the pages revalidated, and back to the measure's list, whose banner
// says which point (from its address: series and period end, never free text).
import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import { pointSlug } from '@/lib/benchmarks/series';
import * as benchmarks from '@/lib/commands/benchmarks';
import type { SavedPoint } from '@/lib/commands/benchmarks';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';

type Done = { ref: string; slug: string; changed: boolean };

const pagesOf = (input: Record<string, unknown>) => {
  const ref = typeof input.measureRef === 'string' && MEASURE_REF_PATTERN.test(input.measureRef) ? input.measureRef : null;
  return ref ? [`/admin/measures/${ref}/benchmarks`, '/admin/benchmarks'] : ['/admin/benchmarks'];
};
const done = (saved: SavedPoint): Done => ({ ref: saved.ref, slug: pointSlug(saved.series, saved.periodEnd), changed: saved.changed });
const listOf = (ref: string, query: string) => `/admin/measures/${encodeURIComponent(ref)}/benchmarks?${query}` as const;

export async function addPoint(_state: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  const result = await runCommand(benchmarks.addBenchmarkPoint, actor, input, { revalidate: pagesOf(input), success: () => 'Added.', data: done });
  if (result.status === 'success' && result.data) redirect(listOf(result.data.ref, `added=${result.data.slug}#series-${result.data.slug.slice(0, -11)}`));
  return result;
}

export async function changePoint(_state: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  const result = await runCommand(benchmarks.changeBenchmarkPoint, actor, input, { revalidate: pagesOf(input), success: () => 'Saved.', data: done });
  if (result.status === 'success' && result.data) {
    redirect(listOf(result.data.ref, `${result.data.changed ? 'changed' : 'unchanged'}=${result.data.slug}#series-${result.data.slug.slice(0, -11)}`));
  }
  return result;
}

export async function removePoint(_state: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  const result = await runCommand(benchmarks.removeBenchmarkPoint, actor, input, { revalidate: pagesOf(input), success: () => 'Removed.', data: done });
  if (result.status === 'success' && result.data) redirect(listOf(result.data.ref, `removed=${result.data.slug}`));
  return result;
}
