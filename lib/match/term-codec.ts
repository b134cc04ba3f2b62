import type { AliasVariant, NearTerm } from './alias-table';

type Use = NearTerm['uses'][number];

/** A term written as it folds and matched in any case: its one variant goes without saying. */
const asFolded = (term: NearTerm) => term.variants.length === 1 && term.variants[0]!.text === term.folded && term.variants[0]!.rule === 'name';

/**
 * A near term as one line of the compiled matcher file: its folded words, its variants, and its
 * uses, tab-separated. Most terms are written as they fold ("treaty", "allies met"), so their one
 * variant is left out; a use is a number, the event's twice and one more for a trigger. Thousands
 * of terms are shipped and mapped by every tab, and their JSON had been half the file.
 */
export function encodeTerm(term: NearTerm): string {
  const uses = term.uses.map((u) => u.event * 2 + (u.role === 'trigger' ? 1 : 0)).join(' ');
  return `${term.folded}\t${asFolded(term) ? '' : JSON.stringify(term.variants)}\t${uses}`;
}

/** The term a line encodes; `use` gives each use's object, so that one object serves every term with it. */
export function decodeTerm(line: string, use: (event: number, role: Use['role']) => Use): NearTerm {
  const [folded = '', variants = '', uses = ''] = line.split('\t');
  return {
    folded,
    variants: variants === '' ? [{ text: folded, rule: 'name' }] : (JSON.parse(variants) as AliasVariant[]),
    uses: uses === '' ? [] : uses.split(' ').map((n) => use(Number(n) >> 1, Number(n) & 1 ? 'trigger' : 'anchor')),
  };
}
