/**
 * Month and year phrases in running text ("in March", "last July", "on 25 November", "in March
 * 2018", "Aug. 2", "last year", "in 2018") and the month or year each means, read from the
 * article's publication date. Reports date the events they recall this way, and a month that is
 * an event's own, beside one of its trigger words, describes it: "poisoned in March", in a July
 * 2018 report, is the Salisbury attack.
 */
import { isLetterOrDigitAt } from './char-class';
import { textPattern } from './text-pattern';

export interface DatePhrase {
  start: number;
  end: number;
  /** 1 to 12, or 0 for a whole year ("last year", "in 2018"). */
  month: number;
  /** The day of the month, where written. */
  day?: number;
  /** Written out ("March 2018"); else read from the publication date. */
  year?: number;
  /** "last July": a month before the publication's own; "last year": the year before its own. */
  last: boolean;
  /** "next year", "next year's election": the year after the publication's own. */
  next?: true;
  /** "this month" (0), "last month" (1): the month that many before the publication's own; `month` is then 0. */
  monthsBack?: 0 | 1;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** An English month's number (1 for January) from its name or its usual short form, else 0. */
export const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?(?![\p{N}])`;
const SPACE = String.raw`[ \u00a0]+`;
/**
 * A month counts only where it stands as a date: after a preposition or "last", or with a day or
 * a year, so that "May" the surname and "a march" are left alone.
 */
const PHRASE = textPattern(
  String.raw`(?<![\p{L}\p{N}])(?:(?<prep>last|in|on|since|by|until|early|late|this past)${SPACE}(?:(?<d1>${DAY})${SPACE})?(?<m1>${MONTH})(?:${SPACE}(?<d2>${DAY}))?|(?<d3>${DAY})${SPACE}(?<m2>${MONTH})|(?<m3>${MONTH})${SPACE}(?<d4>${DAY}))(?:,?${SPACE}(?<year>(?:19|20)\d\d))?(?![\p{L}\p{N}])`,
  'g',
);

/**
 * A year on its own: "last year", "this year", "in 2018", and "next year", which reports also
 * put before what it dates ("next year's presidential election").
 */
const YEAR_PHRASE = textPattern(
  String.raw`(?<![\p{L}\p{N}])(?:(?<which>last|this)[ \u00a0]+year|(?<next>next)[ \u00a0]+year(?:['\u2019]s)?|(?:in|during)[ \u00a0]+(?<year>(?:19|20)\d\d))(?![\p{L}\p{N}]|['\u2019]s|[ \u00a0]*[-\u2013])`,
  'gi',
);

/** A month read from the publication's own: "last month", "earlier this month". */
const MONTH_BACK = textPattern(String.raw`(?<![\p{L}\p{N}])(?<which>last|this)[ \u00a0]+month(?![\p{L}\p{N}]|['\u2019]s)`, 'gi');

/** The word every phrase holds: a month's name, "year", "month", or a year's digits. Cheap to look for. */
const KEY_WORD = /January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|year|month|(?:19|20)\d\d/gi;
/** How far a phrase reaches before and after its key word ("this past 25 July 2018"). */
const BEFORE = 24;
const AFTER = 14;

/**
 * Every month or year phrase in `text`, in order. The full patterns run only around key words:
 * run over a whole page's text, their look-behinds cost more than the rest of matching.
 */
export function findDatePhrases(text: string): DatePhrase[] {
  const phrases: DatePhrase[] = [];
  let from = -1;
  let to = -1;
  for (const key of text.matchAll(KEY_WORD)) {
    const start = Math.max(0, key.index - BEFORE);
    // Windows that touch are one: a phrase may run from one key word to the next ("March 2018").
    if (start <= to) to = Math.min(text.length, key.index + key[0].length + AFTER);
    else {
      if (to > from) collect(text, from, to, phrases);
      from = start;
      to = Math.min(text.length, key.index + key[0].length + AFTER);
    }
  }
  if (to > from) collect(text, from, to, phrases);
  return phrases.sort((a, b) => a.start - b.start);
}

/** The phrases that lie whole in text[from, to), their words judged by the whole text's letters around them. */
function collect(text: string, from: number, to: number, phrases: DatePhrase[]): void {
  const window = text.slice(from, to);
  const apart = (at: number, end: number) => (at === 0 || !isLetterOrDigitAt(text, at - 1)) && (end === text.length || !isLetterOrDigitAt(text, end));
  for (const m of window.matchAll(YEAR_PHRASE.for(window))) {
    const start = from + m.index;
    if (!apart(start, start + m[0].length)) continue;
    const g = m.groups!;
    phrases.push({
      start,
      end: start + m[0].length,
      month: 0,
      ...(g.year ? { year: Number(g.year) } : {}),
      last: g.which?.toLowerCase() === 'last',
      ...(g.next ? { next: true as const } : {}),
    });
  }
  for (const m of window.matchAll(MONTH_BACK.for(window))) {
    const start = from + m.index;
    if (!apart(start, start + m[0].length)) continue;
    const last = m.groups!.which!.toLowerCase() === 'last';
    phrases.push({ start, end: start + m[0].length, month: 0, last, monthsBack: last ? 1 : 0 });
  }
  for (const m of window.matchAll(PHRASE.for(window))) {
    const start = from + m.index;
    if (!apart(start, start + m[0].length)) continue;
    const g = m.groups!;
    const month = monthNumber((g.m1 ?? g.m2 ?? g.m3)!);
    const day = g.d1 ?? g.d2 ?? g.d3 ?? g.d4;
    phrases.push({
      start,
      end: start + m[0].length,
      month,
      ...(day ? { day: parseInt(day, 10) } : {}),
      ...(g.year ? { year: Number(g.year) } : {}),
      last: g.prep?.toLowerCase() === 'last',
    });
  }
}

/**
 * The month a phrase means as `YYYY-MM` (a whole year as `YYYY`), for an article published on
 * `day` (`YYYY-MM-DD`): a month without a year is the latest such month up to publication ("in
 * March" in July is this March), or before it after "last" ("last July" in July is a year ago).
 */
export function monthMeant(phrase: DatePhrase, day: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = Number(day.slice(0, 4));
  if (phrase.monthsBack !== undefined) {
    const months = year * 12 + Number(day.slice(5, 7)) - 1 - phrase.monthsBack;
    return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
  }
  if (phrase.month === 0) return String(phrase.year ?? (phrase.last ? year - 1 : phrase.next ? year + 1 : year));
  if (phrase.year !== undefined) return `${phrase.year}-${pad(phrase.month)}`;
  const now = Number(day.slice(5, 7));
  const sameYear = phrase.last ? phrase.month < now : phrase.month <= now;
  return `${sameYear ? year : year - 1}-${pad(phrase.month)}`;
}
