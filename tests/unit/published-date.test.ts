import { afterEach, describe, expect, it } from 'vitest';
import { dateFromDateline, dateFromPlaceDateline, dateFromStamp, dateFromUrl, dateInText, datePublishedFromJsonLd, toIsoDay } from '../../lib/page/published-date';

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('toIsoDay', () => {
  it('takes the day of an ISO date or date-time as written', () => {
    expect(toIsoDay('2019-05-14')).toBe('2019-05-14');
    expect(toIsoDay('2019-05-14T23:30:00-07:00')).toBe('2019-05-14');
    expect(toIsoDay('  2019-05-14T08:00:00Z ')).toBe('2019-05-14');
  });

  it('parses other date forms', () => {
    expect(toIsoDay('Tue, 14 May 2019 12:00:00 GMT')).toBe('2019-05-14');
  });

  it('reads a day written in digits alone, year first', () => {
    expect(toIsoDay('2019/08/12')).toBe('2019-08-12');
    expect(toIsoDay('2019.08.12')).toBe('2019-08-12');
    expect(toIsoDay('20190301')).toBe('2019-03-01');
    expect(toIsoDay('20190230')).toBeUndefined();
    expect(toIsoDay('2019/0812')).toBeUndefined();
  });

  it('is undefined for nothing or nonsense', () => {
    for (const v of [undefined, null, '', 'yesterday', 'not a date']) expect(toIsoDay(v)).toBeUndefined();
  });

  // A date without a time is parsed as local midnight, then written as a UTC day: east of UTC,
  // "May 14, 2019" (as JSON-LD datePublished sometimes has it) becomes 13 May.
  it('reads a date without a time as that day, in any time zone', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(toIsoDay('May 14, 2019')).toBe('2019-05-14');
  });
});

describe('datePublishedFromJsonLd', () => {
  it('reads a NewsArticle', () => {
    expect(datePublishedFromJsonLd(JSON.stringify({ '@type': 'NewsArticle', datePublished: '2019-05-14T10:00:00Z' }))).toBe('2019-05-14');
  });

  it('reads the first article of an array', () => {
    const json = JSON.stringify([{ '@type': 'Organization', name: 'Paper' }, { '@type': 'NewsArticle', datePublished: '2019-05-15' }]);
    expect(datePublishedFromJsonLd(json)).toBe('2019-05-15');
  });

  it('reads an @graph, nested or not', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@graph': [{ '@type': 'NewsArticle', datePublished: '2019-08-02T08:00:00+03:00' }] }],
    });
    expect(datePublishedFromJsonLd(json)).toBe('2019-08-02');
  });

  it('falls back to dateCreated, then dateModified', () => {
    expect(datePublishedFromJsonLd(JSON.stringify({ '@type': 'NewsArticle', dateCreated: '2018-07-11T17:05:00+02:00', dateModified: '2018-07-12' }))).toBe('2018-07-11');
  });

  it('falls back to dateModified where no object gives datePublished', () => {
    expect(datePublishedFromJsonLd(JSON.stringify({ '@type': 'NewsArticle', dateModified: '2019-12-27T16:20:00Z' }))).toBe('2019-12-27');
    const graph = { '@graph': [{ '@type': 'WebPage', dateModified: '2020-01-02' }, { '@type': 'NewsArticle', datePublished: '2019-12-27' }] };
    expect(datePublishedFromJsonLd(JSON.stringify(graph))).toBe('2019-12-27');
  });

  it('is undefined for invalid JSON or no date', () => {
    expect(datePublishedFromJsonLd('{ not json')).toBeUndefined();
    expect(datePublishedFromJsonLd(JSON.stringify({ '@type': 'NewsArticle', headline: 'Talks' }))).toBeUndefined();
    expect(datePublishedFromJsonLd('null')).toBeUndefined();
    expect(datePublishedFromJsonLd('"2019-05-14"')).toBeUndefined();
    expect(datePublishedFromJsonLd(JSON.stringify({ datePublished: 20190514 }))).toBeUndefined();
  });
});

describe('dateFromDateline', () => {
  it.each([
    ['Updated 15 May 2019', '2019-05-15'],
    ['Published May 14, 2019', '2019-05-14'],
    ['Posted: 2 Aug. 2019 at 10:00', '2019-08-02'],
    ['Last updated on Sept 3, 2019', '2019-09-03'],
    ['PUBLISHED 1 JANUARY 2019', '2019-01-01'],
    ['By A. Writer — published Dec 31 2019', '2019-12-31'],
    ['Updated: Jun 9, 2019', '2019-06-09'],
    ['22.04.2019 11:05', '2019-04-22'],
    ['Kyiv, 7.9.2019', '2019-09-07'],
    ['Aired July 16, 2018 - 18:30 ET', '2018-07-16'],
    ['Broadcast on 3rd March 2019', '2019-03-03'],
    ['Filed Sept. 3, 2019', '2019-09-03'],
    ['First aired on 12 June 2019', '2019-06-12'],
    ['Iyar 29, 5778, 5/14/2018 - 21:12', '2018-05-14'],
    ['14/05/2018 09:30', '2018-05-14'],
  ])('%s', (text, day) => {
    expect(dateFromDateline(text)).toBe(day);
  });

  it('finds the dateline within longer text', () => {
    expect(dateFromDateline('MOSCOW (Reuters)\nPublished 14 May 2019\nRussian officials said…')).toBe('2019-05-14');
  });

  it('needs a word that marks a dateline, or a day written with dots', () => {
    expect(dateFromDateline('The summit of 16 July 2018 in Helsinki')).toBeUndefined();
    expect(dateFromDateline('May 14, 2019')).toBeUndefined();
    expect(dateFromDateline('version 1.2.2019.4 and 31.13.2019')).toBeUndefined();
  });

  it('is undefined for a day that does not exist', () => {
    expect(dateFromDateline('Published 45 May 2019')).toBeUndefined();
  });

  it('is undefined for nothing', () => {
    expect(dateFromDateline('')).toBeUndefined();
  });

  // The Date.parse check refuses day 32 and up, but V8 rolls 30 or 31 February over into March,
  // so a day the month does not have comes back as an ISO day that does not exist.
  it('is undefined for a day the month does not have', () => {
    expect(dateFromDateline('Published 31 February 2019')).toBeUndefined();
  });
});

describe('dateFromStamp', () => {
  it('reads a line that is a date alone, with a time and a zone or not', () => {
    expect(dateFromStamp('April 7, 2017 / 5:32 PM')).toBe('2017-04-07');
    expect(dateFromStamp(' 7 April 2017 17:32 GMT ')).toBe('2017-04-07');
    expect(dateFromStamp('Sept. 14, 2019')).toBe('2019-09-14');
  });

  it('reads it with its weekday, an ordinal, "at" before the time, after the byline it closes, or as an ISO day', () => {
    expect(dateFromStamp('Tuesday, May 14, 2019')).toBe('2019-05-14');
    expect(dateFromStamp('Tue 14th May 2019 10.32 BST')).toBe('2019-05-14');
    expect(dateFromStamp('May 14, 2019 at 10:32 am')).toBe('2019-05-14');
    expect(dateFromStamp('By Tom Ashdown | May 14, 2019')).toBe('2019-05-14');
    expect(dateFromStamp('· 14 May 2019')).toBe('2019-05-14');
    expect(dateFromStamp('2019-05-14')).toBe('2019-05-14');
    expect(dateFromStamp('2019-02-30')).toBeUndefined();
  });

  it('leaves a date inside a sentence, and a day that does not exist', () => {
    expect(dateFromStamp('By then, on May 14, 2019, talks had begun')).toBeUndefined();
    expect(dateFromStamp('On April 7, 2017, the US struck an air base')).toBeUndefined();
    expect(dateFromStamp('April 31, 2017')).toBeUndefined();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://news.example/travel/asia/2019/08/17/dmz-day-trip/', '2019-08-17'],
    ['https://news.example/world/2018-03-14/sketch', '2018-03-14'],
    ['https://news.example/story/20190301-hanoi', '2019-03-01'],
  ])('%s', (url, day) => {
    expect(dateFromUrl(url)).toBe(day);
  });

  it('is undefined for an address without a whole day in its path', () => {
    for (const url of ['https://news.example/2019/08/', 'https://news.example/story/123456789', 'https://news.example/2019/13/40/x', null]) expect(dateFromUrl(url)).toBeUndefined();
  });
});

describe('dateFromPlaceDateline', () => {
  it('reads a place in capitals, then the day, opening a paragraph', () => {
    expect(dateFromPlaceDateline('WESTMINSTER, 14 March 2018 — There are days when')).toBe('2018-03-14');
    expect(dateFromPlaceDateline('NEW YORK, Tuesday, May 14, 2019 (Reuters) - Talks')).toBe('2019-05-14');
  });

  it('leaves a sentence that begins with a place and a date', () => {
    expect(dateFromPlaceDateline('In Washington, 14 March 2018 was a busy day')).toBeUndefined();
    expect(dateFromPlaceDateline('Helsinki, 16 July 2018 — the summit')).toBeUndefined();
  });
});

describe('dateInText', () => {
  it('reads the first written day', () => {
    expect(dateInText('Saturday 9 February 2019')).toBe('2019-02-09');
    expect(dateInText('Feb. 9, 2019, 10:00')).toBe('2019-02-09');
    expect(dateInText('Saturday')).toBeUndefined();
  });
});
