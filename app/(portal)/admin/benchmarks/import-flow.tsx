'use client';

// The benchmarks import page's steps in one form state: choose a file → its preview (each point and
// what importing it does, with counts of new, changed and unchanged; or every problem with its
// line, in a GOV.UK error summary) → import → done. As the figures import page does it, with the
// same file field, error summary and kept file (app/components/file-import).
import { useActionState, type FormEvent } from 'react';
import { ChooseFileForm, ChooseStep, FileProblems } from '@/app/components/file-import/file-field';
import { useChosenFile } from '@/app/components/file-import/use-chosen-file';
import { SubmitButton } from '@/app/components/form/fields';
import { ScrollRegion } from '@/app/components/scroll-region';
import { importBenchmarksAction } from './actions';
import { PREVIEW_ROWS, type BenchmarkImportState } from './import-state';

const number = (n: number) => n.toLocaleString('en-GB');
const CHANGE_WORDS = { create: 'New point', update: 'Changes the stored point', unchanged: 'Unchanged' } as const;

export function BenchmarkImportFlow() {
  const [state, formAction, pending] = useActionState(importBenchmarksAction, { step: 'choose' } as BenchmarkImportState);
  const { onChoose, confirm, tooLarge } = useChosenFile(formAction);
  if (state.step === 'preview' && !tooLarge) return <Preview state={state} formAction={formAction} confirm={confirm} pending={pending} onChoose={onChoose} />;
  return <ChooseStep state={state} tooLarge={tooLarge} formAction={formAction} pending={pending} onChoose={onChoose} />;
}

type PreviewProps = {
  state: Extract<BenchmarkImportState, { step: 'preview' }>;
  formAction: (data: FormData) => void;
  confirm: (data: FormData) => void;
  pending: boolean;
  onChoose: (event: FormEvent<HTMLFormElement>) => void;
};

function Preview({ state, formAction, confirm, pending, onChoose }: PreviewProps) {
  const { counts, rows, problems } = state;
  const clean = problems.length === 0;
  const shownProblems = state.error ? [state.error, ...problems] : problems;
  return (
    <>
      {shownProblems.length > 0 ? <FileProblems problems={shownProblems} attempt={state} link={!clean} /> : null}
      <h2 className="mb-2 text-2xl font-bold">{clean ? 'Check the points before you import them' : 'The file cannot be imported'}</h2>
      <p className="mb-4 text-lg">
        {clean
          ? `${state.fileName}: ${number(counts.rows)} ${counts.rows === 1 ? 'point' : 'points'}.`
          : `${state.fileName}: ${number(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'}, listed above. Nothing has been imported.`}
      </p>
      {clean ? (
        <>
          <dl className="mb-6 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-lg" data-testid="import-counts">
            <dt className="font-bold">New points</dt>
            <dd>{number(counts.created)}</dd>
            <dt className="font-bold">Points changed</dt>
            <dd>{number(counts.updated)}</dd>
            <dt className="font-bold">Unchanged</dt>
            <dd>{number(counts.unchanged)}</dd>
          </dl>
          <div className="mb-8 flex flex-wrap gap-x-4 gap-y-4">
            <form action={confirm}>
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="sha256" value={state.sha256} />
              <SubmitButton pending={pending}>Import these points</SubmitButton>
            </form>
            <form action={formAction}>
              <input type="hidden" name="intent" value="restart" />
              <SubmitButton pending={pending} secondary>
                Choose a different file
              </SubmitButton>
            </form>
          </div>
        </>
      ) : (
        <ChooseFileForm formAction={formAction} pending={pending} onChoose={onChoose} />
      )}

      {rows.length > 0 ? (
        <ScrollRegion labelledBy="preview-caption" className="mb-8">
          <table className="w-full border-collapse text-sm" data-testid="import-preview">
            <caption id="preview-caption" className="mb-2 text-left text-xl font-bold">
              {rows.length < counts.rows ? `The first ${number(PREVIEW_ROWS)} of ${number(counts.rows)} points` : clean ? 'Every point' : 'Points without problems'}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="cell">Line</th>
                <th scope="col" className="cell">Measure</th>
                <th scope="col" className="cell">Series</th>
                <th scope="col" className="cell">Period</th>
                <th scope="col" className="cell">Period end</th>
                <th scope="col" className="cell">Value</th>
                <th scope="col" className="cell">What happens</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.line} data-ref={row.ref}>
                  <td className="cell">{row.line}</td>
                  <th scope="row" className="cell font-bold">{row.ref}</th>
                  <td className="cell">{row.series}</td>
                  <td className="cell">{row.periodLabel}</td>
                  <td className="cell whitespace-nowrap">{row.periodEnd}</td>
                  <td className="cell">{row.shown}</td>
                  <td className="cell">
                    {CHANGE_WORDS[row.change]}
                    {row.change === 'update' && row.before ? <span className="block text-muted">was {row.before}</span> : null}
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
