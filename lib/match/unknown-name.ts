/**
 * A one-word name followed at once by capitalised words we do not know begins a longer name that
 * is not its record's: "Tehran Dry Fruits" is a firm, "Trump Turnberry" a golf resort, "a Moscow
 * Mule" a drink, "Kim Yong Chol" another Kim. Titles, days and months stand next to names without
 * joining them ("Moscow Mayor Sergei Sobyanin", "Putin Tuesday said"), as do the words for a
 * leader's government ("the Trump Administration"), and a name after it is a name of its own. A
 * name after a capitalised word may be in a headline ("Trump Meets Kim"), and one in capitals an
 * acronym ("NATO Secretary General"), so those are left alone.
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

/** Whether the name text[start, end) begins an unknown longer name; `mentionAt` says where other names start. */
export function beginsUnknownName(text: string, start: number, end: number, mentionAt: (at: number) => boolean): boolean {
  const name = text.slice(start, end);
  if (name.includes(' ') || !HAS_LOWER.test(name)) return false;
  const next = NEXT_CAPITALISED.exec(text.slice(end, end + 40))?.[1];
  if (next === undefined || mentionAt(end + 1)) return false;
  const word = next.toLowerCase();
  if (NOT_GIVEN_NAMES.has(word) || GOVERNMENT.has(word)) return false;
  return RUNNING_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
