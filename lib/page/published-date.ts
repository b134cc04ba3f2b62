import { isPartialDate } from '../dataset/dates';

/** A day written with digits only, year first: "2019/08/12", "2019.08.12", "20190812". */
const DIGITS_DAY = /^((?:19|20)\d\d)([/.]?)(\d{2})\2(\d{2})(?!\d)/;

/** Reads an ISO day (`YYYY-MM-DD`) from the many ways pages write a publication date. */
export function toIsoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1];
  const digits = DIGITS_DAY.exec(value.trim());
  if (digits) {
    const day = `${digits[1]}-${digits[3]}-${digits[4]}`;
    return isPartialDate(day) ? day : undefined;
  }
  // Without its year a date would be read as some year the parser picks ("Fri 26 Apr" as 2001).
  if (!/\d{4}/.test(value)) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return undefined;
  // A date written without a zone is the day the page shows, wherever the reader is.
  const day = (d: number) => String(d).padStart(2, '0');
  return `${parsed.getFullYear()}-${day(parsed.getMonth() + 1)}-${day(parsed.getDate())}`;
}

/**
 * The day in an article's address, where publishing systems put it: ".../2019/08/17/slug",
 * ".../2019-08-17/slug", ".../20190817-slug".
 */
const URL_DAY = /\/((?:19|20)\d\d)(?:\/(\d{2})\/(\d{2})\/|-(\d{2})-(\d{2})[/-]|(\d{2})(\d{2})[/-])/;

export function dateFromUrl(url: string | null | undefined): string | undefined {
  const m = url ? URL_DAY.exec(url) : null;
  if (!m) return undefined;
  const day = `${m[1]}-${m[2] ?? m[4] ?? m[6]}-${m[3] ?? m[5] ?? m[7]}`;
  return isPartialDate(day) ? day : undefined;
}

/**
 * `datePublished` from JSON-LD text: a NewsArticle object, an array, or an @graph of them; where
 * no object gives one, `dateCreated`, then `dateModified`, which some pages give alone.
 */
export function datePublishedFromJsonLd(json: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  const queue: unknown[] = [data];
  let created: string | undefined;
  let modified: string | undefined;
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return toIsoDay(record.datePublished);
      if (typeof record.dateCreated === 'string') created ??= toIsoDay(record.dateCreated);
      if (typeof record.dateModified === 'string') modified ??= toIsoDay(record.dateModified);
      if (record['@graph']) queue.push(record['@graph']);
    }
  }
  return created ?? modified;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A written day: "14 May 2019", "May 14, 2019", "14th May 2019"; groups day, month, year or month, day, year. */
const WRITTEN_DAY = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\.?,?\\s+(\\d{4})|(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))`;
/** The words that introduce the date a page was written or shown: "Updated 15 May 2019", "Aired July 16, 2018". */
const DATELINE = new RegExp(
  `\\b(?:published|updated|posted|last updated|last modified|aired|broadcast|filed|issued)\\b[^\\d\\n]{0,20}?${WRITTEN_DAY}`,
  'i',
);
/** A wire dateline opening the story: a place in capitals, then the day ("WESTMINSTER, 14 March 2018 —"). */
const PLACE_DATELINE = new RegExp(`^\\s*[A-Z][A-Z.'\u2019 -]*[A-Z],\\s+(?:\\w+day,?\\s+)?${WRITTEN_DAY}\\s*(?:[-\u2013\u2014:(]|$)`, 'i');

/** The day a written date means: groups as WRITTEN_DAY sets them, from `at`. */
function writtenDay(m: RegExpExecArray, at: number): string | undefined {
  const [day, month, year] = m[at] ? [m[at]!, m[at + 1]!, m[at + 2]!] : [m[at + 4]!, m[at + 3]!, m[at + 5]!];
  return isoDay(year, month, day);
}

/**
 * A day written with slashes and followed by a time, as some sites' datelines are ("5/14/2018 -
 * 21:12", "14/05/2018 09:30"): the month is the part that can be one, and the first where both can,
 * as American sites write it.
 */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])(?=\s*[-\u2013|\u00b7,]?\s*\d{1,2}:\d{2})/;

function slashedDay(text: string): string | undefined {
  const m = SLASHED.exec(text);
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[2])];
  const [month, day] = first > 12 ? [second, first] : [first, second];
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isPartialDate(iso) ? iso : undefined;
}

/** A day written the European way, as datelines on many sites are ("22.04.2019 11:05"); prose rarely writes one. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)/;

/**
 * A visible dateline ("Updated 15 May 2019", "Published May 14, 2019", "Aired July 16, 2018",
 * "22.04.2019 11:05", "5/14/2018 - 21:12") as an ISO day.
 */
export function dateFromDateline(text: string): string | undefined {
  const m = DATELINE.exec(text);
  if (m) return writtenDay(m, 1);
  const dotted = DOTTED.exec(text);
  if (!dotted) return slashedDay(text);
  const iso = `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  return isPartialDate(iso) ? iso : undefined;
}

/** A wire dateline at the start of the story's first paragraph: "WESTMINSTER, 14 March 2018 — ...". */
export function dateFromPlaceDateline(paragraph: string): string | undefined {
  const m = PLACE_DATELINE.exec(paragraph);
  // The pattern reads months in any case; the place must be in capitals.
  if (!m || /[a-z]/.test(m[0].slice(0, m[0].indexOf(',')))) return undefined;
  return writtenDay(m, 1);
}

/** The first written day in a short text that shows a date, such as a `<time>` without `datetime`: "Saturday 9 February 2019". */
export function dateInText(text: string): string | undefined {
  const m = new RegExp(WRITTEN_DAY, 'i').exec(text);
  return m ? writtenDay(m, 1) : undefined;
}

/** A written day, month name and year as an ISO day, if that day exists. */
function isoDay(year: string, month: string, day: string): string | undefined {
  const monthIndex = MONTHS.split('|').findIndex((p) => new RegExp(`^(?:${p})$`, 'i').test(month));
  const iso = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isPartialDate(iso) ? iso : undefined;
}

/**
 * A line that is a date and nothing else, perhaps with its weekday, a time and a zone, or after
 * the byline it closes, as wire stamps and bylines set it ("April 7, 2017 / 5:32 PM", "7 April 2017
 * 17:32 GMT", "Tuesday, 14th May 2019", "By Tom Ashdown | May 14, 2019 at 10:32 am", "2019-05-14").
 * In a sentence a date says when something happened; alone on its line it says when the page was
 * written.
 */
const STAMP = new RegExp(
  `^(?:(?:[^\\d|\u00b7\u2022\\n]{1,60}?\\s*)?[|\u00b7\u2022\u2013\u2014]\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?` +
    `(?:(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\.?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))` +
    `(?:\\s*(?:[/|,\u00b7\u2022\u2013-]|at)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?$`,
  'i',
);

export function dateFromStamp(line: string): string | undefined {
  const m = STAMP.exec(line.trim());
  if (!m) return undefined;
  if (m[7]) return isPartialDate(`${m[7]}-${m[8]}-${m[9]}`) ? `${m[7]}-${m[8]}-${m[9]}` : undefined;
  const [day, month, year] = m[1] ? [m[2]!, m[1], m[3]!] : [m[4]!, m[5]!, m[6]!];
  return isoDay(year, month, day);
}
