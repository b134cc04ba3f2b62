/**
 * The sentence around a position in running text. A full stop ends a sentence only after a
 * lower-case letter or a digit and before a space, so that "U.S." does not; blocks end one too.
 */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = at;
  while (end < text.length && !endsSentence(text, end)) end++;
  return { start, end };
}

function endsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 33 || c === 63 || c === 0) return true; // ! ? and a block break
  if (c !== 46 || k === 0 || k + 1 >= text.length || !/\s/.test(text[k + 1]!)) return false;
  return /[\p{Ll}\d]/u.test(text[k - 1]!);
}
