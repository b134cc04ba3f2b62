import { describe, expect, it } from 'vitest';
import { pronounInCapitals } from '../../lib/match/caps-pronoun';

const at = (text: string, from = 0) => {
  const start = text.indexOf('US', from);
  return pronounInCapitals(text, start, start + 2);
};

describe('"US" in a line set in capitals', () => {
  it('is the pronoun after a word that takes it for its object, or before "ALL"', () => {
    expect(at('SHE TOLD US THE TRUTH')).toBe(true);
    expect(at('JOIN US')).toBe(true);
    expect(at('LET US ALL PRAY')).toBe(true);
  });

  it('is the country elsewhere, and always in mixed case', () => {
    expect(at('US STRIKES SYRIA')).toBe(false);
    expect(at('RUSSIA WARNS US OVER MISSILES')).toBe(false);
    expect(at('He told US officials')).toBe(false);
    expect(at('The U.S. and US allies', 9)).toBe(false);
  });
});
