import 'server-only';

// A CSV file chosen on an import page, read as the import commands need it: present, 1 MB or
// smaller, and UTF-8. Every import page previews and imports through this, so each refuses a file
// in the same words.
import { createHash } from 'node:crypto';
import { FILE_TOO_LARGE, IMPORT_LIMIT_BYTES } from '@/lib/import/file-limit';

export type ChosenFile = { csv: string; fileName: string; sha256: string };

/** The SHA-256 of a file's text: what is imported must be what was previewed. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The form's `file`, read; or the sentence that says what is wrong with it (`empty` when there is none). */
export async function readChosenFile(formData: FormData, empty: string): Promise<ChosenFile | { error: string }> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { error: empty };
  if (file.size > IMPORT_LIMIT_BYTES) return { error: FILE_TOO_LARGE };
  try {
    const csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    return { csv, fileName: file.name, sha256: sha256(csv) };
  } catch {
    return { error: 'The file must be a CSV saved as UTF-8: in Excel, choose “CSV UTF-8” when you save it' };
  }
}

/**
 * The file sent with a confirmation, if it is the one previewed (the SHA-256 the preview gave);
 * otherwise the sentence to show. The browser sends the file again rather than its text inside the
 * form's state, which React sends back with every call.
 */
export async function readConfirmedFile(formData: FormData): Promise<ChosenFile | { error: string }> {
  if (!formData.has('file')) return { error: 'Choose the file again and check it, then import it' };
  const chosen = await readChosenFile(formData, 'Choose the file again and check it, then import it');
  if ('error' in chosen || chosen.sha256 !== formData.get('sha256')) {
    return { error: 'The file changed after it was checked, so nothing was imported: choose it again' };
  }
  return chosen;
}
