import { isBlank } from './char-class';
import { textPattern } from './text-pattern';

/**
 * A name that is only part of a longer proper name: "Salisbury" in "Salisbury District Hospital",
 * "China" in "Air China", "Iran" in "Atomic Energy Organization of Iran". The longer name is a
 * hospital, an airline, an agency, not the place or person, so the part is not a mention of it.
 */

/**
 * Nouns that, capitalised after a name (at once, or ending a run of capitalised words), make it the
 * name of an institution, a building, a street, a firm, a statelet or a document: "Moscow
 * Patriarchate", "Moscow Exchange", "Mueller Industries", "Donetsk People's Republic", "Helsinki Final Act".
 */
const INSTITUTION_AFTER = new Set([
  'academy', 'accord', 'accords', 'act', 'airlines', 'airport', 'airways', 'avenue', 'bank', 'bridge', 'cathedral',
  'center', 'centre', 'charter', 'church', 'club', 'college', 'command', 'commission', 'committee', 'company',
  'convention', 'corporation', 'court', 'declaration', 'district', 'enterprises', 'exchange', 'forum', 'foundation',
  'group', 'hall', 'herald', 'holdings', 'hospital', 'hotel', 'house', 'industries', 'institute', 'journal', 'ministry',
  'museum', 'organisation', 'organization', 'palace', 'party', 'patriarchate', 'post', 'protocol', 'republic', 'road',
  'square', 'stadium', 'station', 'street', 'times', 'tower', 'towers', 'treaty', 'tribunal', 'university',
]);

/** Capitalised words that, right before "of", begin an institution's name: "Organization of Iran". */
const INSTITUTION_OF = new Set([
  'agency', 'bank', 'church', 'command', 'commission', 'committee', 'council', 'court', 'institute', 'ministry', 'museum',
  'organisation', 'organization', 'party', 'tribunal', 'university',
]);

/** Capitalised words that, right before a name, make it a firm's: "Air China". */
const FIRM_BEFORE = new Set(['air']);

/** The capitalised words right after a name, up to four, the first joined by a space or a dash ("Iran–United States Claims Tribunal"). */
const RUN_AFTER = textPattern(String.raw`^(?:[ \u00a0]+|[-\u2013\u2014])(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,3})`);
/** "Russia of the Future": a name, "of the", and a capitalised word is a longer name. */
const OF_THE_AFTER = textPattern(String.raw`^[ \u00a0]of[ \u00a0]the[ \u00a0]\p{Lu}`);
const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014;

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
  const next = text.charCodeAt(end);
  if ((isBlank(next) || isDash(next)) && mayBeCapital(text.charCodeAt(end + 1))) {
    const run = RUN_AFTER.exec(text.slice(end, end + 64))?.[1]?.toLowerCase().split(/[ \u00a0]/u);
    if (run && (INSTITUTION_AFTER.has(run[0]!) || INSTITUTION_AFTER.has(run[run.length - 1]!))) return true;
    // "Iran Air" is an airline; "US Air Force" is the country's.
    if (run?.length === 1 && run[0] === 'air') return true;
  }
  if (isBlank(next) && text.charCodeAt(end + 1) === 111 && OF_THE_AFTER.test(text.slice(end, end + 10))) return true;
  if (!isBlank(text.charCodeAt(start - 1))) return false;
  const previous = wordBefore(text, start - 1);
  if (!previous) return false;
  const word = previous.word.toLowerCase();
  if (capitalised(previous.word) && (FIRM_BEFORE.has(word) || INSTITUTION_AFTER.has(word))) return true;
  if (word !== 'of' || !isBlank(text.charCodeAt(previous.at - 1))) return false;
  const institution = wordBefore(text, previous.at - 1);
  return !!institution && capitalised(institution.word) && (INSTITUTION_OF.has(institution.word.toLowerCase()) || pluralBeforeOf(text, institution));
}

const OPENING_QUOTES = /^[\u201c\u2018"']+/;

/**
 * A capitalised plural after another capitalised word, right before "of", names a group: "United
 * Muslims of America", "Boy Scouts of America". A title before "of" is singular ("Foreign Minister
 * of Russia"), and the country stays the reader's there.
 */
function pluralBeforeOf(text: string, plural: { word: string; at: number }): boolean {
  const w = plural.word;
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || !isBlank(text.charCodeAt(plural.at - 1))) return false;
  const first = wordBefore(text, plural.at - 1);
  // The name may open a quotation: "“United Muslims of America”".
  return !!first && capitalised(first.word.replace(OPENING_QUOTES, ''));
}
