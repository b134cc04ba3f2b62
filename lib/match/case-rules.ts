import type { AliasVariant } from './alias-table';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function lettersOf(text: string): string {
  return text.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether `found`, the page's own text of a match, is written the way the alias allows.
 * Acronyms must match letter for letter ("UN" is not "un"); names must start with the same case
 * as the alias ("Trump", not "trump"), or be set in capitals as in a headline or dateline.
 */
export function caseAllows(variant: AliasVariant, found: string): boolean {
  const want = lettersOf(variant.text);
  const got = lettersOf(found);
  if (variant.rule === 'exact') return want === got;
  const first = want[0];
  if (first === undefined || first === first.toLowerCase()) return true;
  const gotFirst = got[0] ?? '';
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
