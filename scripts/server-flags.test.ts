// `npm start` and every script that starts the production server give Node the same flags
// (scripts/lib.mjs says why), so what is measured is what is run.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, serverArgs, serverNodeFlags, serverScript } from './lib.mjs';

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe("the production server's Node flags", () => {
  it('are the same for npm start as for the scripts', () => {
    const start = JSON.parse(read('package.json')).scripts.start as string;
    expect(start).toBe(`node ${serverNodeFlags.join(' ')} scripts/server.mjs`);
    expect(serverArgs).toEqual([...serverNodeFlags, serverScript]);
  });

  it('are given by the browser tests’ extra servers too', () => {
    const spawned = read('e2e/support/extra-server.ts').match(/spawn\(process\.execPath, \[([^\]]*)\]/)?.[1];
    expect(spawned?.split(',').map((arg) => arg.trim().replace(/^'|'$/g, ''))).toEqual([...serverNodeFlags, 'scripts/server.mjs']);
  });
});
