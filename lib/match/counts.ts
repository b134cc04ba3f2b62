/**
 * How many of something a description counts: "twelve officers of the GRU", "35 Russian
 * diplomats", "two small gunboats". An event's own phrases and names give its counts; a
 * description that counts something else is of another event: "charged two officers of the GRU"
 * is not the indictment of twelve.
 */
import { textPattern } from './text-pattern';

const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty'];
const VALUE = new Map(WORDS.map((w, k) => [w, k < 19 ? k + 2 : (k - 16) * 10]));

/** A number, then at most two words, then a plural: what it counts. Years and single things are left out. */
const COUNT = textPattern(`(?<![\\p{L}\\p{N}.,-])(\\d{1,3}|${WORDS.join('|')})[ \\u00a0]+(?:[\\p{L}-]+[ \\u00a0]+){0,2}?\\p{L}+s(?![\\p{L}])`, 'gi');

/** The counts in a text, as numbers. */
export function countsIn(text: string): number[] {
  const counts: number[] = [];
  for (const m of text.matchAll(COUNT.for(text))) {
    const word = m[1]!.toLowerCase();
    const value = VALUE.get(word) ?? Number(word);
    if (value > 1) counts.push(value);
  }
  return counts;
}

/** Whether a description's counts, if it has any, include one of its event's. */
export function countsAgree(text: string, counts: readonly number[] | undefined): boolean {
  if (!counts || counts.length === 0) return true;
  const own = countsIn(text);
  return own.length === 0 || own.some((n) => counts.includes(n));
}
