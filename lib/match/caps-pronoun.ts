/**
 * "US" in a line set in capitals may be the pronoun: "SHE TOLD US", "JOIN US", "ALL OF US". In
 * mixed case the two never meet ("told US officials" is the country's), so this asks only where
 * the word before is in capitals too.
 */
import { textPattern } from './text-pattern';

/** Words after which "us" is their object, not a country a headline names without its article. */
const TAKES_PRONOUN = new Set(['TOLD', 'TELL', 'TELLS', 'GAVE', 'GIVE', 'GIVES', 'LET', 'LETS', 'JOIN', 'HELP', 'HELPS', 'SHOW', 'SHOWED', 'ASK', 'ASKED', 'ASKS', 'CALL', 'CALLED', 'WITH', 'FOR', 'ABOUT', 'OF', 'AMONG', 'LIKE']);
/** Words that follow the pronoun and never the country: "LET US ALL". */
const PRONOUN_AFTER = new Set(['ALL', 'BOTH']);

const WORD_BEFORE = textPattern(String.raw`(\p{L}+)[ \u00a0]+$`);
const WORD_AFTER = textPattern(String.raw`^[ \u00a0]+(\p{L}+)`);

/** Whether text[start, end), written "US", is the pronoun of a line in capitals. */
export function pronounInCapitals(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== 'US') return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 12))?.[1];
  return (before !== undefined && TAKES_PRONOUN.has(before)) || (after !== undefined && PRONOUN_AFTER.has(after));
}
