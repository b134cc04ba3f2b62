import { describe, expect, it } from 'vitest';
import { namesMonth } from '../../lib/match/term-filters';

const hit = (text: string) => ({ start: 0, end: text.length, text, entry: 0 });

describe('namesMonth', () => {
  it('reads a trigger written as a month name as the month', () => {
    expect(namesMonth(hit('March'))).toBe(true);
    expect(namesMonth(hit('May'))).toBe(true);
  });

  it('leaves the verb and the noun', () => {
    expect(namesMonth(hit('march'))).toBe(false);
    expect(namesMonth(hit('marched'))).toBe(false);
    expect(namesMonth(hit('MARCH'))).toBe(false);
  });
});
