// The words of a pack that are not figures: who reports to whom, about what, signed by whom.
import { env } from '../env';
import type { PackMeta } from './snapshot';

export function packMeta(input: { author: string; reportDate: string }, publisherName: string, covered: string): PackMeta {
  return {
    organisation: env.ORGANISATION_NAME,
    title: `${env.ORGANISATION_NAME} Performance Report`,
    author: input.author || `${publisherName}, Chief Executive`,
    reportDate: input.reportDate || new Date().toISOString().slice(0, 10),
    purpose: `To provide Committee with an overview of performance against the contractual indicators with ${env.COUNCIL_NAME}. Comments and analysis relate to performance over ${covered}.`,
  };
}
