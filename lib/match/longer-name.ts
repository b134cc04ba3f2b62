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
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)[ \u00a0]+$/u;
const OF_BEFORE = /(\p{Lu}[\p{L}-]*)[ \u00a0]+of[ \u00a0]+$/u;

const isSpace = (c: number) => c === 32 || c === 160;
/** Could begin a capitalised word: an ASCII capital, or any letter beyond ASCII (for the pattern to judge). */
const mayBeCapital = (c: number) => (c >= 65 && c <= 90) || c > 127;

export function insideLongerName(text: string, start: number, end: number): boolean {
  // Most names are followed by punctuation or a lower-case word, and preceded by one: those are
  // settled from two characters, without running a pattern.
  if (isSpace(text.charCodeAt(end)) && mayBeCapital(text.charCodeAt(end + 1))) {
    const after = WORD_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
    if (after && INSTITUTION_AFTER.has(after)) return true;
  }
  if (!isSpace(text.charCodeAt(start - 1))) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  const word = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (word && (FIRM_BEFORE.has(word) || INSTITUTION_AFTER.has(word))) return true;
  const of = OF_BEFORE.exec(before)?.[1]?.toLowerCase();
  return of !== undefined && INSTITUTION_OF.has(of);
}
