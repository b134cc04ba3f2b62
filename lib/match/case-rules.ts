import type { AliasVariant } from './alias-table';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]/gu;
const PLAIN = /^[\x20-\x7e]*$/;

function lettersOf(text: string): string {
  // Most text is plain ASCII: skip Unicode normalisation for it.
  return (PLAIN.test(text) ? text : text.normalize('NFKD')).replace(NOT_ALPHANUMERIC, '');
}

/** The first letter or digit of a text, or ''. */
function firstLetter(text: string): string {
  for (const ch of text) if (LETTER_OR_DIGIT.test(ch)) return ch.normalize('NFKD')[0]!;
  return '';
}

/**
 * Whether `found`, the page's own text of a match, is written the way the alias allows.
 * Acronyms must match letter for letter ("UN" is not "un"); names must start with the same case
 * as the alias ("Trump", not "trump"), or be set in capitals as in a headline or dateline.
 */
export function caseAllows(variant: AliasVariant, found: string): boolean {
  if (variant.rule === 'exact') return lettersOf(variant.text) === lettersOf(found);
  const first = firstLetter(variant.text);
  if (first === '' || first === first.toLowerCase()) return true;
  const gotFirst = firstLetter(found);
  return gotFirst !== gotFirst.toLowerCase();
}

/**
 * A mention must stand alone: no letter or digit joined on either side ("inflating" is not
 * "INF"), and no currency sign after it ("US$38 million" is not the United States).
 */
export function boundaryAllows(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' ';
  const after = end < text.length ? text[end]! : ' ';
  if (LETTER_OR_DIGIT.test(before) || LETTER_OR_DIGIT.test(after)) return false;
  return !/[$€£¥]/.test(after);
}
