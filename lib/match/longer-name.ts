/**
 * A name that is only part of a longer proper name: "Salisbury" in "Salisbury District Hospital",
 * "China" in "Air China", "Iran" in "Atomic Energy Organization of Iran". The longer name is a
 * hospital, an airline, an agency, not the place or person, so the part is not a mention of it.
 */

/** Nouns that, capitalised right after a name, make it the name of an institution, a building or a firm. */
const INSTITUTION_AFTER = new Set([
  'academy', 'airlines', 'airport', 'airways', 'bank', 'bridge', 'cathedral', 'center', 'centre', 'church', 'club',
  'college', 'company', 'corporation', 'district', 'foundation', 'herald', 'hospital', 'hotel', 'institute', 'journal',
  'museum', 'post', 'stadium', 'station', 'street', 'times', 'tower', 'towers', 'university',
]);

/** Capitalised words that, right before "of", begin an institution's name: "Organization of Iran". */
const INSTITUTION_OF = new Set(['agency', 'bank', 'institute', 'museum', 'organisation', 'organization', 'university']);

/** Capitalised words that, right before a name, make it a firm's: "Air China". */
const FIRM_BEFORE = new Set(['air']);

const WORD_AFTER = /^[ \u00a0]+(\p{Lu}[\p{L}'’-]*)/u;

const isSpace = (c: number) => c === 32 || c === 160;
/** Could begin a capitalised word: an ASCII capital, or any letter beyond ASCII (for the pattern to judge). */
const mayBeCapital = (c: number) => (c >= 65 && c <= 90) || c > 127;

/** A letter, or an apostrophe or hyphen inside a word (beyond ASCII, taken as a letter). */
const inWord = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 0x2019 || c > 127;
const capitalised = (word: string) => word !== '' && word[0] !== word[0]!.toLowerCase();

/** The word that ends just before the space at `space`, and where it starts. */
function wordBefore(text: string, space: number): { word: string; at: number } | null {
  let at = space;
  while (at > 0 && inWord(text.charCodeAt(at - 1))) at--;
  return at < space ? { word: text.slice(at, space), at } : null;
}

export function insideLongerName(text: string, start: number, end: number): boolean {
  // Most names are followed by punctuation or a lower-case word: settled from two characters.
  if (isSpace(text.charCodeAt(end)) && mayBeCapital(text.charCodeAt(end + 1))) {
    const after = WORD_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
    if (after && INSTITUTION_AFTER.has(after)) return true;
  }
  if (!isSpace(text.charCodeAt(start - 1))) return false;
  const previous = wordBefore(text, start - 1);
  if (!previous) return false;
  const word = previous.word.toLowerCase();
  if (capitalised(previous.word) && (FIRM_BEFORE.has(word) || INSTITUTION_AFTER.has(word))) return true;
  if (word !== 'of' || !isSpace(text.charCodeAt(previous.at - 1))) return false;
  const institution = wordBefore(text, previous.at - 1);
  return !!institution && capitalised(institution.word) && INSTITUTION_OF.has(institution.word.toLowerCase());
}
