/**
 * "Warmbier" in "his father, Fred Warmbier": a surname right after a given name that is not the
 * person's is a relative of theirs, or someone else of that name ("Kathleen Manafort", "Viktoria
 * Skripal"). The person's own full name would have matched as a whole, so any capitalised word
 * there that is not a title, a day or a month is another given name. A word that begins a sentence
 * may be anything ("When Warmbier…"), and one after another capitalised word may be a headline's
 * ("Jury Convicts Manafort"), so those are left alone.
 */
import { textPattern } from './text-pattern';

/** Titles, days and months: capitalised words that stand next to a name without being one. */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `mr mrs ms miss mister madam madame sir dame lord lady dr doctor professor prof father reverend rev
  president vice prime minister premier chancellor king queen prince princess crown emperor sheikh
  emir sultan ayatollah imam mullah pope cardinal archbishop bishop patriarch senator congressman
  congresswoman representative governor mayor speaker leader chairman chairwoman chair chief director
  secretary ambassador envoy deputy general admiral colonel major captain lieutenant sergeant corporal
  private commander marshal officer agent inspector detective judge justice counsel attorney
  prosecutor comrade candidate nominee defendant dictator tsar czar foreign defence defense state
  special supreme first former spokesman spokeswoman spokesperson aide adviser advisor ally
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/** The word before, a capitalised word, and one space, right before the name. */
const GIVEN_BEFORE = textPattern(String.raw`(\S*)[ \u00a0](\p{Lu}\p{Ll}+)[ \u00a0]$`);
const LOWER_CASE_WORD = textPattern(String.raw`^\p{Ll}[\p{L}'’-]*$`);

/** True if the surname at `start` follows another given name in running text. */
export function namesAnother(text: string, start: number): boolean {
  const before = GIVEN_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!before || NOT_GIVEN_NAMES.has(before[2]!.toLowerCase())) return false;
  const previous = before[1]!;
  return previous.endsWith(',') || LOWER_CASE_WORD.test(previous);
}
