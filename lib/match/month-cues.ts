/**
 * "The April summit", "last month's attack", "this year's election": a month or a year written
 * before an event's word, as reports name an event by when it was, names the event that began then.
 * `decide` reads the month against the page's date (lib/match/cue-dates.ts, `onItsDate`), a month
 * still to come this year included ("the June summit", in May).
 */
import type { NearTable } from './alias-table';
import { monthNumber, type DatePhrase } from './date-phrase';
import { foldCue } from './fold';
import type { Hit } from './matcher';
import type { FoundCue } from './pinned-cues';
import { usesDatedTo } from './trigger-uses';

/**
 * Before an event's word, with at most one lower-case word between: "the April [inter-Korean]
 * summit", "last month's [chemical] attack", "this year's election". "The" before a month keeps
 * "May" the surname out ("Theresa May summit" has none).
 */
const MONTH_BEFORE = /(?:^|[^A-Za-z])(?:[Tt]he[ \u00a0]+(January|February|March|April|May|June|July|August|September|October|November|December)|([Ll]ast|[Tt]his)[ \u00a0]+(month|year)['\u2019]s)[ \u00a0]+(?:[a-z][A-Za-z-]*[ \u00a0]+)?$/;
/** How far back from a word its month may start ("the September inter-Korean summit"). */
const REACH = 40;

export function byMonth(near: NearTable, text: string, termHits: readonly Hit[], cues: FoundCue[]): void {
  for (const hit of termHits) {
    // An event's word in running text is in lower case: "the May Day Stadium" is a name.
    const first = text.charCodeAt(hit.start);
    if (first < 97 || first > 122) continue;
    const uses = usesDatedTo(near, hit.entry, 'month');
    if (uses.length === 0) continue;
    const from = Math.max(0, hit.start - REACH);
    const m = MONTH_BEFORE.exec(text.slice(from, hit.start));
    if (!m) continue;
    // The span starts at the month, as "the Nov. 6 midterms" gives "Nov. 6 midterms"; at "last" or "this" for the others.
    const start = from + m.index + m[0].indexOf((m[1] ?? m[2])!);
    const date = phraseOf(m, start, hit.start);
    const words = text.slice(start, hit.end);
    for (const use of uses) {
      const cue = near.events[use.event]!;
      cues.push({ start, end: hit.end, text: words, recordIds: [cue.recordId], key: foldCue(words), cue, byDate: date, byDay: true });
    }
  }
}

/** The month ("the April summit"), or the month or year back from the page's ("last month's attack"), that a match gives. */
function phraseOf(m: RegExpExecArray, start: number, end: number): DatePhrase {
  if (m[1]) return { start, end, month: monthNumber(m[1]), last: false };
  const last = m[2]!.toLowerCase() === 'last';
  if (m[3]!.toLowerCase() === 'year') return { start, end, month: 0, last };
  return { start, end, month: 0, last, monthsBack: last ? 1 : 0 };
}
