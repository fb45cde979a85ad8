'use client';

// The import page's steps in one form state: choose a file → its preview (every row with the rating
// it will get and every entry it will overwrite, or every problem with its line, in a GOV.UK error
// summary) → import → done.
// The browser keeps the chosen file and sends it again to import it (useChosenFile).
import { useActionState, type FormEvent } from 'react';
import { ChooseFileForm, ChooseStep, FileProblems } from '@/app/components/file-import/file-field';
import { useChosenFile } from '@/app/components/file-import/use-chosen-file';
import { SubmitButton } from '@/app/components/form/fields';
import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import { importFiguresAction } from './actions';
import { PREVIEW_ROWS, saveAsValue, type ImportState, type OverwrittenEntry } from './import-state';

const number = (n: number) => n.toLocaleString('en-GB');
const CHANGE_WORDS = { create: 'New entry', update: 'Overwrites a draft', unchanged: 'Unchanged' } as const;

export function ImportFlow() {
  const [state, formAction, pending] = useActionState(importFiguresAction, { step: 'choose' } as ImportState);
  const { onChoose, confirm, tooLarge } = useChosenFile(formAction);
  if (state.step === 'preview' && !tooLarge) return <Preview state={state} formAction={formAction} confirm={confirm} pending={pending} onChoose={onChoose} />;
  return (
    <ChooseStep state={state} tooLarge={tooLarge} formAction={formAction} pending={pending} onChoose={onChoose}>
      <SaveAs />
    </ChooseStep>
  );
}

/** How the imported entries are saved: the import page's own question about the file. */
function SaveAs() {
  return (
    <fieldset className="mb-6">
      <legend className="mb-2 text-xl font-bold">Save the entries as</legend>
      <div className="mb-2 flex items-start gap-2">
        <input id="submit-draft" type="radio" name="submit" value="false" defaultChecked className="mt-1 size-6" />
        <label htmlFor="submit-draft">Drafts: their leads check and submit them</label>
      </div>
      <div className="mb-2 flex items-start gap-2">
        <input id="submit-submitted" type="radio" name="submit" value="true" aria-describedby="submit-submitted-hint" className="mt-1 size-6" />
        <label htmlFor="submit-submitted">
          Submitted, as their leads would
          <span id="submit-submitted-hint" className="block text-muted">
            Amber and Red need commentary and an improvement action in the file.
          </span>
        </label>
      </div>
      <div className="flex items-start gap-2">
        <input id="submit-history" type="radio" name="submit" value="history" aria-describedby="submit-history-hint" className="mt-1 size-6" />
        <label htmlFor="submit-history">
          These are earlier years’ figures (history)
          <span id="submit-history-hint" className="block text-muted">
            For trend charts and last year’s comparisons: each month, of a year before the current one, is created or replaced and
            left signed off as imported history, never reviewed or published.
          </span>
        </label>
      </div>
    </fieldset>
  );
}

type PreviewProps = {
  state: Extract<ImportState, { step: 'preview' }>;
  formAction: (data: FormData) => void;
  confirm: (data: FormData) => void;
  pending: boolean;
  onChoose: (event: FormEvent<HTMLFormElement>) => void;
};

function Preview({ state, formAction, confirm, pending, onChoose }: PreviewProps) {
  const { counts, rows, overwrites, problems } = state;
  const clean = problems.length === 0;
  return (
    <>
      {clean ? null : <FileProblems problems={state.error ? [state.error, ...problems] : problems} attempt={state} />}
      {clean && state.error ? <FileProblems problems={[state.error]} attempt={state} link={false} /> : null}
      <h2 className="mb-2 text-2xl font-bold">{clean ? 'Check the figures before you import them' : 'The file cannot be imported'}</h2>
      <p className="mb-4 text-lg">
        {clean
          ? `${state.fileName}: ${number(counts.rows)} ${counts.rows === 1 ? 'row' : 'rows'}, to be saved as ${state.history ? 'imported history, signed off' : state.submit ? 'submitted' : 'drafts'}.`
          : `${state.fileName}: ${number(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'}, listed above. Nothing has been imported.`}
      </p>
      {clean ? null : <ChooseFileForm formAction={formAction} pending={pending} onChoose={onChoose}>
          <SaveAs />
        </ChooseFileForm>}
      {clean ? (
      <dl className="mb-6 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-lg" data-testid="import-counts">
        <dt className="font-bold">New entries</dt>
        <dd>{number(counts.created)}</dd>
        <dt className="font-bold">{state.history ? 'Entries replaced' : 'Drafts overwritten'}</dt>
        <dd>
          {number(counts.updated)}
          {overwrites.length > 0 ? <>{' '}(<a href="#overwrites-caption">listed below</a>)</> : null}
        </dd>
        <dt className="font-bold">Unchanged</dt>
        <dd>{number(counts.unchanged)}</dd>
      </dl>
      ) : null}

      {clean ? (
        <div className="mb-8 flex flex-wrap gap-y-4">
          <form action={confirm}>
            <input type="hidden" name="intent" value="confirm" />
            <input type="hidden" name="sha256" value={state.sha256} />
            <input type="hidden" name="submit" value={saveAsValue(state)} />
            <SubmitButton pending={pending}>Import these figures</SubmitButton>
          </form>
          <form action={formAction}>
            <input type="hidden" name="intent" value="restart" />
            <SubmitButton pending={pending} secondary>
              Choose a different file
            </SubmitButton>
          </form>
        </div>
      ) : null}

      {clean && overwrites.length > 0 ? <Overwrites entries={overwrites} history={state.history} /> : null}

      {rows.length > 0 ? (
        <ScrollRegion labelledBy="preview-caption" className="mb-8">
          <table className="w-full border-collapse text-sm" data-testid="import-preview">
            <caption id="preview-caption" className="mb-2 text-left text-xl font-bold">
              {rows.length < counts.rows
                ? `The first ${number(PREVIEW_ROWS)} of ${number(counts.rows)} rows${clean && overwrites.length > 0 ? ' (every entry overwritten is listed above)' : ''}`
                : clean ? 'Every row' : 'Rows without problems'}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="cell">Line</th>
                <th scope="col" className="cell">Measure</th>
                <th scope="col" className="cell">Month</th>
                <th scope="col" className="cell">Figure</th>
                <th scope="col" className="cell">Rating</th>
                <th scope="col" className="cell">What happens</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.line} data-ref={row.ref}>
                  <td className="cell">{row.line}</td>
                  <th scope="row" className="cell font-bold">{row.ref}</th>
                  <td className="cell whitespace-nowrap">{row.month}</td>
                  <td className="cell">{row.figure}</td>
                  <td className="cell">
                    <RatingBadge rating={row.rating} />
                  </td>
                  <td className="cell">
                    {state.history && row.change === 'update' ? 'Replaces the imported entry' : CHANGE_WORDS[row.change]}
                    {row.change === 'update' && row.beforeFigure ? <span className="block text-muted">was {row.beforeFigure}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </>
  );
}

/**
 * Every entry the import will overwrite, however long the file: the row table stops at
 * PREVIEW_ROWS, and a draft replaced should never go unnamed.
 */
function Overwrites({ entries, history }: { entries: OverwrittenEntry[]; history: boolean }) {
  const what = history ? 'Imported entries this import will replace' : 'Entries this import will overwrite';
  return (
    <ScrollRegion labelledBy="overwrites-caption" className="mb-8">
      <table className="w-full border-collapse text-sm" data-testid="import-overwrites">
        <caption id="overwrites-caption" className="mb-2 text-left text-xl font-bold">
          {what} ({number(entries.length)})
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cell">Line</th>
            <th scope="col" className="cell">Measure</th>
            <th scope="col" className="cell">Month</th>
            <th scope="col" className="cell">{history ? 'Imported before' : 'Draft now'}</th>
            <th scope="col" className="cell">After the import</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.line} data-ref={entry.ref}>
              <td className="cell">{entry.line}</td>
              <th scope="row" className="cell font-bold">{entry.ref}</th>
              <td className="cell whitespace-nowrap">{entry.month}</td>
              <td className="cell">{entry.beforeFigure ?? 'No figure'}</td>
              <td className="cell">{entry.figure}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
