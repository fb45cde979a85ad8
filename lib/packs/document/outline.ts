// The pack's sections in the reference report's order, with the headings the contents list and
// the sections themselves share (and the PDF's bookmarks are made from).
import type { PackSnapshot } from '../snapshot';

export type PackSection = { id: string; heading: string };

export function packSections(snapshot: PackSnapshot): {
  version: PackSection;
  definitions: PackSection;
  kpis: PackSection;
  supporting: PackSection;
  commentary: PackSection;
  summary: PackSection;
} {
  const year = snapshot.financialYearLabel;
  return {
    version: { id: 'version', heading: 'Version and publication' },
    definitions: { id: 'rag-definitions', heading: 'RAG rating definitions' },
    kpis: { id: 'kpis', heading: `Contractual key performance indicators ${year}` },
    supporting: { id: 'supporting', heading: `Supporting indicators ${year} – performance as at ${snapshot.monthLabel}` },
    commentary: { id: 'commentary', heading: 'Commentary on supporting measures rated red or amber' },
    summary: { id: 'summary', heading: 'Summary of indicators – which are rated red, amber, green or blue' },
  };
}

/** A measure's anchor in the document ("kpi-KPI1", "commentary-SM4"). */
export const anchorOf = (prefix: string, ref: string): string => `${prefix}-${ref.replace(/[^A-Za-z0-9_-]/g, '')}`;
