// The chief executive's notes on entries.
import { sql } from 'drizzle-orm';
import { entries, reviewNotes } from '../schema';

/** The latest note the executive left on an entry, if any: a subquery to select beside the entry. */
export const latestNote = (entryId: typeof entries.id) =>
  sql<string | null>`(select ${reviewNotes.note} from ${reviewNotes} where ${reviewNotes.entryId} = ${entryId} order by ${reviewNotes.createdAt} desc limit 1)`;
