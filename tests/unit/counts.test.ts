import { describe, expect, it } from 'vitest';
import { countsAgree, countsIn } from '../../lib/match/counts';

describe('what a description counts', () => {
  it('reads a number, in digits or words, before the plural it counts', () => {
    expect(countsIn('indicted 12 Russian intelligence officers')).toEqual([12]);
    expect(countsIn('twelve officers of the GRU are charged')).toEqual([12]);
    expect(countsIn('expelling 35 Russian diplomats and closing two compounds')).toEqual([35, 2]);
    expect(countsIn('expelled 23 diplomats from Zürich’s consulate')).toEqual([23]);
  });

  it('leaves years, names with numbers, single things and thousands alone', () => {
    expect(countsIn('in 2018 Russians voted')).toEqual([]);
    expect(countsIn('Hwasong-14 missiles')).toEqual([]);
    expect(countsIn('one ship')).toEqual([]);
    expect(countsIn('3,000 troops')).toEqual([]);
  });

  it('agrees with its event where it counts nothing or one of the event’s counts', () => {
    expect(countsAgree('charged officers of the GRU', [12])).toBe(true);
    expect(countsAgree('charged twelve officers of the GRU', [12])).toBe(true);
    expect(countsAgree('charged two officers of the GRU', [12])).toBe(false);
    expect(countsAgree('charged two officers of the GRU', undefined)).toBe(true);
  });
});
