import type { AliasSource } from '../dataset/types';
import type { AliasVariant } from './alias-table';
import { isAsciiAlphanumeric, isAsciiLetter, isLetterOrDigitAt } from './char-class';
import { textPattern } from './text-pattern';

/** $, £, ¥ and €: "US$38 million" is a sum, not the United States. */
const isCurrency = (c: number) => c === 36 || c === 163 || c === 165 || c === 8364;

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]/gu;
const PLAIN = /^[\x20-\x7e]*$/;

function lettersOf(text: string): string {
  // Most text is plain ASCII: skip Unicode normalisation for it.
  return (PLAIN.test(text) ? text : text.normalize('NFKD')).replace(NOT_ALPHANUMERIC, '');
}

/**
 * Whether two texts have the same letters and digits, case included ("U.S." and "US"). Plain
 * ASCII, the usual case, is compared in place without building either string.
 */
function sameLetters(a: string, b: string): boolean {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return lettersOf(a) === lettersOf(b);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isAsciiAlphanumeric(a.charCodeAt(i))) i++;
    while (j < b.length && !isAsciiAlphanumeric(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
}

/** The first letter or digit of a text, or ''. */
function firstLetter(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isAsciiAlphanumeric(c)) return text[i]!;
    } else if (isLetterOrDigitAt(text, i)) return text[i]!.normalize('NFKD')[0]!;
  }
  return '';
}

const LOWER = textPattern(String.raw`\p{Ll}`);

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/**
 * A name that is also a word ("Trump", "Pence") set in capitals, as headlines, kickers and
 * datelines set whole lines: "TRUMP". An acronym ("US") stays letter for letter, and a Roman
 * numeral ("Pius XI") is no name.
 */
function inCapitals(alias: string, found: string): boolean {
  return LOWER.test(alias) && !LOWER.test(found) && !ROMAN_NUMERAL.test(found) && sameLetters(alias.toUpperCase(), found);
}

/**
 * Whether `found`, the page's own text of a match, is written the way the alias allows.
 * Acronyms must match letter for letter ("UN" is not "un"); names must start with the same case
 * as the alias ("Trump", not "trump"), or be set in capitals as in a headline or dateline.
 */
export function caseAllows(variant: AliasVariant, found: string): boolean {
  if (variant.rule === 'exact') return sameLetters(variant.text, found) || inCapitals(variant.text, found);
  // The usual case, settled from two code units: an alias and a match that both begin with an ASCII letter.
  const a = variant.text.charCodeAt(0);
  const b = found.charCodeAt(0);
  if (isAsciiLetter(a) && isAsciiLetter(b)) return a >= 97 || b <= 90;
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
  if (start > 0 && isLetterOrDigitAt(text, start - 1)) return false;
  return end >= text.length || (!isLetterOrDigitAt(text, end) && !isCurrency(text.charCodeAt(end)));
}

const ACRONYM = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** An all-capitals alias ("INF", "U.S.") is matched in capitals only; other aliases as names. */
export function aliasVariant(source: AliasSource): AliasVariant {
  const text = typeof source === 'string' ? source : source.text;
  const stated = typeof source === 'string' ? undefined : source.case;
  return { text, rule: stated ?? (ACRONYM.test(text) ? 'exact' : 'name') };
}
