import { describe, expect, it } from 'vitest';
import type { NearTerm } from '../../lib/match/alias-table';
import { decodeTerm, encodeTerm } from '../../lib/match/term-codec';

const use = (event: number, role: NearTerm['uses'][number]['role']) => ({ event, role });

describe('near terms in the compiled file', () => {
  it('leave out the one variant of a term written as it folds, and number its uses', () => {
    const term: NearTerm = { folded: 'treaty', variants: [{ text: 'treaty', rule: 'name' }], uses: [use(0, 'trigger'), use(7, 'anchor')] };
    expect(encodeTerm(term)).toBe('treaty\t\t1 14');
    expect(decodeTerm(encodeTerm(term), use)).toEqual(term);
  });

  it('keep variants written otherwise, and a term with no uses', () => {
    const term: NearTerm = { folded: 'kerch strait', variants: [{ text: 'Kerch Strait', rule: 'name' }, { text: 'KERCH', rule: 'exact' }], uses: [] };
    expect(decodeTerm(encodeTerm(term), use)).toEqual(term);
  });
});
