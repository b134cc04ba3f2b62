/**
 * A one-word name followed at once by capitalised words we do not know begins a longer name that
 * is not its record's: "Tehran Dry Fruits" is a firm, "Trump Turnberry" a golf resort, "a Moscow
 * Mule" a drink, "Kim Yong Chol" another Kim. Titles, days and months stand next to names without
 * joining them ("Moscow Mayor Sergei Sobyanin", "Putin Tuesday said"), as do the words for a
 * leader's government ("the Trump Administration"), and a name after it is a name of its own. A
 * name after a capitalised word may be in a headline ("Trump Meets Kim"), and one in capitals an
 * acronym ("NATO Secretary General"), so those are left alone; one that opens a sentence counts
 * where running text follows to a full stop ("Iran International and the BBC disagreed.").
 */
import { NOT_GIVEN_NAMES } from './namesake';
import { textPattern } from './text-pattern';

/** Capitalised words for a leader's government or time, which some styles capitalise. */
const GOVERNMENT = new Set(['administration', 'government', 'cabinet', 'campaign', 'presidency', 'regime', 'era']);

/** The capitalised word right after a name, with one space between. */
const NEXT_CAPITALISED = textPattern(String.raw`^[ \u00a0](\p{Lu}\p{Ll}[\p{L}'’-]*)`);
/** The word right before a name: running text has a lower-case word or a comma there. */
const RUNNING_BEFORE = textPattern(String.raw`(?:(?:^|[\s(“"‘])\p{Ll}[\p{L}'’-]*|,)[ \u00a0]$`);
const HAS_LOWER = textPattern(String.raw`\p{Ll}`);
/** A sentence's start right before a name, perhaps with an article: ". Iran International", "; The Putin Doctrine". */
const SENTENCE_BEFORE = textPattern(String.raw`(?:^|[.!?;:]["”’)]?[ \u00a0])(?:(?:The|A|An)[ \u00a0])?$`);
/** The rest of a sentence in running text: a lower-case word of four letters or more, then its full stop. */
const SENTENCE_AFTER = textPattern(String.raw`^[^.!?\n\u0000]*?[ \u00a0]\p{Ll}{4,}[^\n\u0000]*?[.!?]`);

/** Whether the name text[start, end) begins an unknown longer name; `mentionAt` says where other names start. */
export function beginsUnknownName(text: string, start: number, end: number, mentionAt: (at: number) => boolean): boolean {
  const name = text.slice(start, end);
  if (name.includes(' ') || !HAS_LOWER.test(name)) return false;
  const next = NEXT_CAPITALISED.exec(text.slice(end, end + 40))?.[1];
  if (next === undefined || mentionAt(end + 1)) return false;
  const word = next.toLowerCase();
  if (NOT_GIVEN_NAMES.has(word) || GOVERNMENT.has(word)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  if (RUNNING_BEFORE.test(before)) return true;
  // At a sentence's start, only where running text follows: a headline capitalises every word.
  return SENTENCE_BEFORE.test(start > 30 ? `x${before}` : before) && SENTENCE_AFTER.test(text.slice(end, end + 80));
}
