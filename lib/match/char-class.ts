/**
 * What kind of character stands at a place in a text, read from its code unit: plain ASCII, most
 * of any news page, is decided without a regular expression, and the Unicode patterns are
 * compiled once for every module that asks.
 */

const LETTER = /\p{L}/u;
const LOWER_CASE = /\p{Ll}/u;
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAsciiAlphanumeric = (c: number) => isDigit(c) || isAsciiLetter(c);
/** A space or a non-breaking space, the two that part the words of a name. */
export const isBlank = (c: number) => c === 32 || c === 160;

export function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiLetter(c) : LETTER.test(text[at]!);
}

export function isLowerCaseAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_CASE.test(text[at]!);
}

export function isLetterOrDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? isAsciiAlphanumeric(c) : LETTER_OR_DIGIT.test(text[at]!);
}
