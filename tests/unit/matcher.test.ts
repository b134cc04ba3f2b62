import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../lib/dataset/types';
import { buildAliasTable } from '../../lib/match/alias-table';
import { createMatcher, findHits, findMentions, longestLeftmost, type Matcher } from '../../lib/match/matcher';
import { matcherFor } from './support/records';

/** The page's words of each mention, checking on the way that offsets map back into the text. */
function mentioned(matcher: Matcher, text: string): string[] {
  return findMentions(matcher, text).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return m.text;
  });
}

describe('findMentions: acronyms', () => {
  const inf = matcherFor(['INF']);
  const un = matcherFor(['UN']);
  const us = matcherFor(['US']);

  it('"INF" matches in "INF Treaty" but not in "inflating" nor as "inf"', () => {
    expect(mentioned(inf, 'the INF Treaty collapsed')).toEqual(['INF']);
    expect(mentioned(inf, 'inflating prices')).toEqual([]);
    expect(mentioned(inf, 'INFLATING PRICES')).toEqual([]);
    expect(mentioned(inf, 'set to inf')).toEqual([]);
    expect(mentioned(inf, 'the Inf treaty')).toEqual([]);
  });

  it('"UN" matches neither "UNITED" nor "un"', () => {
    expect(mentioned(un, 'UNITED NATIONS')).toEqual([]);
    expect(mentioned(un, 'un homme')).toEqual([]);
    expect(mentioned(un, 'the UN said')).toEqual(['UN']);
  });

  it('"US" matches "US-Russia" and "US officials" but not "US$38 million"', () => {
    expect(mentioned(us, 'a loan of US$38 million')).toEqual([]);
    expect(mentioned(us, 'US-Russia relations')).toEqual(['US']);
    expect(mentioned(us, 'US officials said')).toEqual(['US']);
    expect(mentioned(us, 'let us go')).toEqual([]);
    expect(mentioned(us, 'BUS')).toEqual([]);
  });

  it('"U.S." matches only in capitals', () => {
    const m = matcherFor(['U.S.']);
    expect(mentioned(m, 'the U.S. said')).toEqual(['U.S.']);
    expect(mentioned(m, 'the u.s. said')).toEqual([]);
  });
});

describe('findMentions: overlaps', () => {
  it('the longest wins ("Sochi talks" over "Sochi")', () => {
    const m = matcherFor([['sochi', 'Sochi'], ['sochi-talks', 'Sochi talks']]);
    const found = findMentions(m, 'after the Sochi talks in May');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'Sochi talks', recordIds: ['sochi-talks'], key: 'sochi talks' });
    expect(findMentions(m, 'in Sochi, talks')[0]).toMatchObject({ text: 'Sochi', recordIds: ['sochi'] });
  });

  it('nested aliases give one mention, the longest', () => {
    const m = matcherFor(['INF', 'INF Treaty', 'collapse of the INF Treaty']);
    expect(mentioned(m, 'after the collapse of the INF Treaty, and the INF Treaty itself, INF')).toEqual([
      'collapse of the INF Treaty',
      'INF Treaty',
      'INF',
    ]);
  });

  it('where spans overlap without nesting, the leftmost wins even if shorter', () => {
    const m = matcherFor(['North Korea', 'Korea–Russia summit']);
    expect(mentioned(m, 'the North Korea–Russia summit')).toEqual(['North Korea']);
  });

  it('reports mentions leftmost first, with non-overlapping spans', () => {
    const m = matcherFor(['Putin', 'Trump', 'Helsinki']);
    const found = findMentions(m, 'Trump met Putin in Helsinki; Putin smiled.');
    expect(found.map((f) => f.text)).toEqual(['Trump', 'Putin', 'Helsinki', 'Putin']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('findMentions: folding', () => {
  it('a curly apostrophe matches a straight one ("Russia’s Foreign Ministry")', () => {
    const m = matcherFor(["Russia's Foreign Ministry"]);
    expect(mentioned(m, 'Russia’s Foreign Ministry said')).toEqual(['Russia’s Foreign Ministry']);
    expect(mentioned(m, "Russia's Foreign Ministry said")).toEqual(["Russia's Foreign Ministry"]);
  });

  it('hyphens fold to spaces ("Kim Jong-un" matches "Kim Jong Un")', () => {
    const m = matcherFor(['Kim Jong Un']);
    expect(mentioned(m, 'North Korean leader Kim Jong-un said')).toEqual(['Kim Jong-un']);
    expect(mentioned(m, 'Kim Jong–Un')).toEqual(['Kim Jong–Un']);
  });

  it('line breaks and no-break spaces inside a mention still match', () => {
    const m = matcherFor(['Kim Jong Un', 'Sergei Lavrov']);
    expect(mentioned(m, 'leader Kim\nJong Un and Sergei\u00a0Lavrov')).toEqual(['Kim\nJong Un', 'Sergei\u00a0Lavrov']);
    expect(mentioned(m, 'Kim   Jong \r\n Un')).toEqual(['Kim   Jong \r\n Un']);
  });

  it('is insensitive to diacritics, either way round', () => {
    expect(mentioned(matcherFor(['Lavrov']), 'Lávrov spoke')).toEqual(['Lávrov']);
    expect(mentioned(matcherFor(['Lávrov']), 'Lavrov spoke')).toEqual(['Lavrov']);
  });
});

describe('findMentions: possessives and punctuation', () => {
  it('a name followed by an apostrophe-s, straight or curly, is still found', () => {
    const m = matcherFor(['Putin']);
    expect(mentioned(m, "Putin’s spokesman and Putin's aide")).toEqual(['Putin', 'Putin']);
  });

  it('a mention inside quotes, brackets or before punctuation is found', () => {
    const m = matcherFor(['INF']);
    expect(mentioned(m, '“INF” (INF), INF; INF.')).toEqual(['INF', 'INF', 'INF', 'INF']);
  });
});

describe('findMentions: case rules', () => {
  it('"Trump" (exact) is not found in "trumped-up" or "trump", but is in a headline\'s "TRUMP"', () => {
    const m = matcherFor([{ text: 'Trump', case: 'exact' }]);
    expect(mentioned(m, 'trumped-up charges')).toEqual([]);
    expect(mentioned(m, 'a trump card')).toEqual([]);
    expect(mentioned(m, 'TRUMP WINS')).toEqual(['TRUMP']);
    expect(mentioned(m, 'President Trump said')).toEqual(['Trump']);
  });

  it('a name alias matches in capitals ("SERGEI LAVROV") but not in lower case', () => {
    const m = matcherFor(['Sergei Lavrov']);
    expect(mentioned(m, 'MOSCOW — SERGEI LAVROV SAID')).toEqual(['SERGEI LAVROV']);
    expect(mentioned(m, 'sergei lavrov')).toEqual([]);
  });

  it('lower-case "helsinki summit" does not match the alias "Helsinki summit"', () => {
    const m = matcherFor(['Helsinki summit']);
    expect(mentioned(m, 'a helsinki summit of sorts')).toEqual([]);
    expect(mentioned(m, 'the Helsinki summit')).toEqual(['Helsinki summit']);
    expect(mentioned(m, 'the Helsinki Summit')).toEqual(['Helsinki Summit']);
  });

  it('a lower-case alias matches in any case', () => {
    const m = matcherFor(['annexation of Crimea']);
    expect(mentioned(m, 'The Annexation of Crimea')).toEqual(['Annexation of Crimea']);
  });

  it('an alias written two ways accepts either', () => {
    const m = matcherFor([
      ['trump', { text: 'Trump', case: 'exact' }],
      ['trump', { text: 'TRUMP', case: 'exact' }],
    ]);
    expect(mentioned(m, 'TRUMP and Trump, not trump')).toEqual(['TRUMP', 'Trump']);
  });
});

describe('findMentions: offsets', () => {
  it('map back into the original text, through folding that shortens it', () => {
    const m = matcherFor(['Kim Jong Un', 'Lavrov', "Russia's Foreign Ministry", 'INF']);
    const text = '  \n Lávrov \u2014 and  Kim \u00a0 Jong --- Un, of Russia’s Foreign\nMinistry; INF.';
    const found = findMentions(m, text);
    expect(found.map((f) => f.text)).toEqual(['Lávrov', 'Kim \u00a0 Jong --- Un', 'Russia’s Foreign\nMinistry', 'INF']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[3]).toMatchObject({ start: text.length - 4, end: text.length - 1 });
  });

  it('carry the record ids and the folded key', () => {
    const m = matcherFor([
      ['helsinki-1975', 'Helsinki summit'],
      ['helsinki-2018', 'Helsinki summit'],
    ]);
    const [found] = findMentions(m, 'at the Helsinki Summit');
    expect(found).toEqual({ start: 7, end: 22, text: 'Helsinki Summit', recordIds: ['helsinki-1975', 'helsinki-2018'], key: 'helsinki summit' });
  });
});

describe('findHits and longestLeftmost', () => {
  it('findHits reports every allowed occurrence, overlapping ones too', () => {
    const m = matcherFor(['Sochi', 'Sochi talks']);
    const hits = findHits(m, 'the Sochi talks');
    expect(hits.map((h) => [h.text, m.entries.at(h.entry)!.folded])).toEqual(
      expect.arrayContaining([
        ['Sochi', 'sochi'],
        ['Sochi talks', 'sochi talks'],
      ]),
    );
    expect(hits).toHaveLength(2);
  });

  it('longestLeftmost keeps leftmost spans, longest first at a tie', () => {
    const spans = [
      { start: 5, end: 9, id: 'c' },
      { start: 0, end: 3, id: 'a' },
      { start: 0, end: 6, id: 'b' },
      { start: 6, end: 8, id: 'd' },
      { start: 8, end: 10, id: 'e' },
    ];
    expect(longestLeftmost(spans).map((s) => s.id)).toEqual(['b', 'd', 'e']);
    expect(longestLeftmost([])).toEqual([]);
  });
});

describe('with the real dataset', () => {
  const dir = join(import.meta.dirname, '../../data/records');
  // Every record as written, so that these tests read the aliases whatever the validator says.
  const records = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as DatasetRecord[]);
  const matcher = createMatcher(buildAliasTable('real', records));
  const ids = (text: string) => findMentions(matcher, text).map((m) => [m.text, m.recordIds[0]]);

  it('finds the people, places and treaties of a news sentence', () => {
    expect(ids('US Secretary of State Mike Pompeo met Sergei Lavrov in Sochi to discuss the INF Treaty.')).toEqual([
      ['US', 'united-states'],
      ['Mike Pompeo', 'mike-pompeo'],
      ['Sergei Lavrov', 'sergey-lavrov'],
      ['Sochi', 'sochi'],
      ['INF Treaty', 'inf-treaty'],
    ]);
  });

  it('keeps out of ordinary words', () => {
    expect(ids('The inflating costs of trumped-up charges were un-American, said a union of US$38 million.')).toEqual([]);
  });

  it('reads a possessive with a curly apostrophe and a hyphenated name', () => {
    expect(ids('Russia’s Foreign Ministry said Kim Jong-un would visit.')).toEqual([
      ['Russia’s Foreign Ministry', 'russian-foreign-ministry'],
      ['Kim Jong-un', 'kim-jong-un'],
    ]);
  });
});
