import { describe, expect, it } from 'vitest';
import { copiesFor, loadLeadEmail } from './load-leads';

describe('the load fixture', () => {
  it('copies the measures often enough for each lead to own their share', () => {
    expect(copiesFor(32, 100, 3)).toBe(10);
    expect(copiesFor(32, 1, 1)).toBe(1);
    expect(copiesFor(32, 300, 3)).toBe(29);
  });

  it('stops short of refs the entry form would refuse (LD1 to LD999)', () => {
    expect(() => copiesFor(32, 300, 4)).toThrow('at most 999');
  });

  it('names the leads so they sort in order', () => {
    expect(loadLeadEmail(7)).toBe('load.lead007@tfc.example');
  });
});
