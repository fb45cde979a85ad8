import { describe, expect, it } from 'vitest';
import { createKeeper } from './keeper';

describe('the keeper', () => {
  it('loads once per version and key, and shares the load with readers of the same version', async () => {
    const keeper = createKeeper();
    let loads = 0;
    const load = async () => ({ loaded: ++loads });
    const [a, b] = await Promise.all([keeper.get('1', 'catalogue', load), keeper.get('1', 'catalogue', load)]);
    expect(a).toEqual({ loaded: 1 });
    expect(b).toBe(a);
    expect(await keeper.get('1', 'home', load)).toEqual({ loaded: 2 });
  });

  it('forgets everything kept when the version moves', async () => {
    const keeper = createKeeper();
    let loads = 0;
    const load = async () => ++loads;
    await keeper.get('1', 'catalogue', load);
    await keeper.get('1', 'home', load);
    expect(await keeper.get('2', 'catalogue', load)).toBe(3);
    expect(keeper.size()).toBe(1);
  });

  it('keeps nothing for a reader that saw an older version than the one kept', async () => {
    const keeper = createKeeper();
    await keeper.get('5', 'catalogue', async () => 'five');
    expect(await keeper.get('4', 'catalogue', async () => 'four')).toBe('four');
    expect(await keeper.get('5', 'catalogue', async () => 'again')).toBe('five');
  });

  it('does not keep a failed load: the next reader tries again', async () => {
    const keeper = createKeeper();
    await expect(keeper.get('1', 'catalogue', async () => Promise.reject(new Error('the database did not answer')))).rejects.toThrow();
    expect(await keeper.get('1', 'catalogue', async () => 'answered')).toBe('answered');
  });

  it('freezes what it keeps, so a page cannot change what other requests share', async () => {
    const keeper = createKeeper();
    const kept = await keeper.get('1', 'rows', async () => ({ rows: [{ ref: 'KPI1', history: [{ value: '1.0' }] }] }));
    expect(() => kept.rows.push({ ref: 'KPI2', history: [] })).toThrow(TypeError);
    expect(() => {
      kept.rows[0]!.history[0]!.value = '2.0';
    }).toThrow(TypeError);
  });

  it('holds at most its limit, dropping the oldest first', async () => {
    const keeper = createKeeper(2);
    let loads = 0;
    const load = async () => ++loads;
    await keeper.get('1', 'a', load);
    await keeper.get('1', 'b', load);
    await keeper.get('1', 'c', load);
    expect(keeper.size()).toBe(2);
    expect(await keeper.get('1', 'a', load)).toBe(4);
    expect(await keeper.get('1', 'c', load)).toBe(3);
  });
});
