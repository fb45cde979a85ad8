import { describe, expect, it } from 'vitest';
import { serverWorkers } from './server-workers.mjs';

const postgres = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };

describe('how many server processes npm start runs', () => {
  it('is one unless WEB_CONCURRENCY says otherwise', () => {
    expect(serverWorkers({})).toEqual({ count: 1 });
    expect(serverWorkers({ WEB_CONCURRENCY: '' })).toEqual({ count: 1 });
    expect(serverWorkers({ WEB_CONCURRENCY: '1' })).toEqual({ count: 1 });
  });

  it('is several on PostgreSQL', () => {
    expect(serverWorkers({ ...postgres, WEB_CONCURRENCY: '2' })).toEqual({ count: 2 });
    expect(serverWorkers({ ...postgres, WEB_CONCURRENCY: ' 8 ' })).toEqual({ count: 8 });
  });

  it('is never several on the embedded database, which one process opens', () => {
    expect(serverWorkers({ WEB_CONCURRENCY: '2' })).toEqual({
      problem:
        'WEB_CONCURRENCY is 2, but the embedded database can be opened by one process only. Set DATABASE_URL to a PostgreSQL database to run several server processes, or set WEB_CONCURRENCY to 1.',
    });
  });

  it('refuses what is not a whole number from 1 to 99', () => {
    for (const bad of ['0', '-2', '1.5', 'two', '100', '2x']) {
      expect(serverWorkers({ ...postgres, WEB_CONCURRENCY: bad })).toEqual({
        problem: `WEB_CONCURRENCY must be a whole number of server processes from 1 to 99 (one per core is usual), not "${bad.trim()}".`,
      });
    }
  });
});
