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

  it('leaves the admin to be found when --as is not given: the issue\'s own command', () => {
    expect(parseImportArgs(['--file', 'n.csv'])).toEqual({ help: false, file: 'n.csv', as: null, submit: false, history: false, dryRun: false });
    expect(parseImportArgs(['--file', 'n.csv', '--submit'])).toMatchObject({ as: null, submit: true });
  });

  it('refuses --submit with --history, an unknown option, a missing file and an --as that is not an address, each in a sentence', () => {
    expect(() => parseImportArgs(['--file', 'n.csv', '--as', 'a@b.c', '--submit', '--history'])).toThrow(
      new UsageError('Give --submit or --history, not both: history is stored as signed off already, so there is nothing to submit.'),
    );
    expect(() => parseImportArgs(['--file', 'n.csv', '--as', 'a@b.c', '--month', '2020-11'])).toThrow(UsageError);
    expect(() => parseImportArgs(['--as', 'a@b.c'])).toThrow('Give the CSV file to import with --file');
    expect(() => parseImportArgs(['--file', 'n.csv', '--as', 'nobody'])).toThrow(
      new UsageError('Give the e-mail address of the admin importing the figures with --as, like --as admin@tfc.example.'),
    );
    expect(() => parseImportArgs(['--file', 'n.csv', '--as', ' '])).toThrow('Give the e-mail address of the admin');
  });
});
