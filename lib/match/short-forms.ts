/**
 * Whether a short form (a surname alone, a relative's first name, a ministry without its country)
 * stands, where it is written, for the record it is short for: not where it reads as a month, as
 * the start of another name, or as another's ministry.
 */
import { textPattern } from './text-pattern';

interface Span {
  start: number;
  end: number;
  text: string;
}

export function standsForItsRecord(text: string, span: Span): boolean {
  return !looksLikeDate(text, span) && !beginsOtherName(text, span) && !anothersBody(text, span);
}

/**
 * "Kim" in "Kim Hyok Chol": a surname followed by another capitalised name is someone else. In a
 * line set in capitals ("KIM SAYS TALKS STALLED") every word is capitalised, and says nothing.
 */
function beginsOtherName(text: string, span: Span): boolean {
  const next = NEXT_NAME.exec(text.slice(span.end, span.end + 40))?.[1];
  if (next === undefined) return false;
  return !(isCapitals(span.text) && isCapitals(next));
}

const NEXT_NAME = textPattern(String.raw`^[ \u00a0](\p{Lu}[\p{L}'\u2019-]*)`);
const LOWER_CASE = textPattern(String.raw`\p{Ll}`);
const isCapitals = (word: string) => !LOWER_CASE.test(word);

/** A capitalised word, or a possessive, right before: "Japanese", "Iran's", "Ukrainian". */
const QUALIFIED = textPattern(String.raw`(?:\p{Lu}[\p{L}.]*|['\u2019]s)[ \u00a0]+$`);
/** Words that begin a sentence or a name's phrase without qualifying it. */
const PLAIN_BEFORE = textPattern(String.raw`(?:^|[^\p{L}])(?:The|A|An|Its|And|But|In|On|At|By|Then|When|While|As|From|Of)[ \u00a0]+$`);

/** "Ministry of Foreign Affairs of Iran": a country named after it. */
const OF_NAME_AFTER = textPattern(String.raw`^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}`);

/**
 * A short form of several words ("Foreign Ministry") with another's word before or after it is
 * another's: "the Japanese Foreign Ministry", "Iran's Defence Ministry", "the Ministry of Foreign
 * Affairs of Iran". A surname after a title ("President Putin") is the person's, so this asks it
 * of several words only.
 */
function anothersBody(text: string, span: Span): boolean {
  if (!span.text.includes(' ')) return false;
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  return (QUALIFIED.test(before) && !PLAIN_BEFORE.test(before)) || OF_NAME_AFTER.test(text.slice(span.end, span.end + 12));
}

const MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/i;
const DATE_BEFORE = /(\b(in|on|since|until|till|by|from|to|of|early|late|mid|last|next|this|each|every)|\d)\s*[-\u2013]?\s*$/i;

/** A surname that is also a month ("May") and stands where a date would: "in May", "May 14", "3 May". */
function looksLikeDate(text: string, span: Span): boolean {
  if (!MONTH.test(span.text)) return false;
  return /^\s*\d/.test(text.slice(span.end, span.end + 4)) || DATE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start));
}
