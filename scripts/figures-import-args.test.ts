// The arguments of `npm run figures:import`, read without starting a process.
import { describe, expect, it } from 'vitest';
import { parseImportArgs, UsageError } from './figures-import-args';

describe('figures:import arguments', () => {
  it('reads the file, the admin and each flag', () => {
    expect(parseImportArgs(['--file', 'n.csv', '--as', ' Admin@TFC.example '])).toEqual({ help: false, file: 'n.csv', as: 'admin@tfc.example', submit: false, history: false, dryRun: false });
    expect(parseImportArgs(['--file', 'n.csv', '--as', 'a@b.c', '--submit', '--dry-run'])).toMatchObject({ submit: true, history: false, dryRun: true });
    expect(parseImportArgs(['--file', '2019.csv', '--as', 'a@b.c', '--history'])).toMatchObject({ submit: false, history: true, dryRun: false });
    expect(parseImportArgs(['-h'])).toEqual({ help: true });
  });

  it('refuses --submit with --history, an unknown option, and a missing file or admin, each in a sentence', () => {
    expect(() => parseImportArgs(['--file', 'n.csv', '--as', 'a@b.c', '--submit', '--history'])).toThrow(
      new UsageError('Give --submit or --history, not both: history is stored as signed off already, so there is nothing to submit.'),
    );
    expect(() => parseImportArgs(['--file', 'n.csv', '--as', 'a@b.c', '--month', '2020-11'])).toThrow(UsageError);
    expect(() => parseImportArgs(['--as', 'a@b.c'])).toThrow('Give the CSV file to import with --file');
    expect(() => parseImportArgs(['--file', 'n.csv', '--as', 'nobody'])).toThrow('Give the e-mail address of the admin');
  });
});
