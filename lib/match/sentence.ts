/**
 * Where sentences end in running text. A full stop ends one only after a lower-case letter or a
 * digit and before a space, so that "U.S." does not; "Mr." does, which loses a pair of words
 * rather than inventing one. "!", "?" and the break between two blocks end one too.
 */

export const isSpace = (c: number) => c === 32 || c === 160 || (c >= 9 && c <= 13) || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether text[k] ends a sentence. */
export function endsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 33 || c === 63 || c === 0) return true;
  if (c !== 46 || k === 0 || k + 1 >= text.length || !isSpace(text.charCodeAt(k + 1))) return false;
  const p = text.charCodeAt(k - 1);
  return isLower(p) || isDigit(p);
}

/** The sentence around a position. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = at;
  while (end < text.length && !endsSentence(text, end)) end++;
  return { start, end };
}
