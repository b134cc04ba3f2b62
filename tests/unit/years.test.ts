import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { yearBefore, yearsAgree } from '../../lib/match/years';
import { random } from '../../bench/generate';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('years written beside a description', () => {
  it('agree unless a year in the words comes after the record’s last', () => {
    const text = 'meddling in the 2016 election and meddling in the 2020 election';
    expect(yearsAgree(text, 0, 29, [2014, 2019])).toBe(true);
    expect(yearsAgree('left the 1987 treaty', 0, 20, [2019, 2019])).toBe(true);
    expect(yearsAgree(text, 34, text.length, [2014, 2019])).toBe(false);
    expect(yearsAgree(text, 34, text.length, undefined)).toBe(true);
  });

  it('reads sums of money and counts as no year', () => {
    expect(yearsAgree('a $2020 fine and 1,2020 votes', 0, 29, [2016, 2016])).toBe(true);
  });

  it('finds a year just before a noun, with up to two qualifiers between', () => {
    const text = 'under the 2015 nuclear deal';
    expect(yearBefore(text, text.indexOf('deal'))).toEqual({ start: 10, year: 2015 });
    expect(yearBefore('the 2015’s deal', 11)).toEqual({ start: 4, year: 2015 });
    expect(yearBefore('in 2015 the deal', 12)).toBeNull();
    expect(yearBefore('the 2015 very long nuclear deal', 27)).toBeNull();
    expect(yearBefore('the nuclear deal', 12)).toBeNull();
    expect(yearBefore('8 May 2018 Trump pulls', 18)).toBeNull();
  });

  it('finds the years in a description as a pattern would, on random text', () => {
    // The pattern the hand-written reading replaces, kept here as its reference.
    const pattern = /(?<![\p{L}\p{N}$£€.,-])(1[89]\d\d|20\d\d)(?![\p{N}]|[.,]\d|\p{L})/gu;
    const reference = (text: string, start: number, end: number, last: number) => [...text.slice(start, end).matchAll(pattern)].every((m) => Number(m[1]) <= last);
    const next = random(11);
    const pieces = ['2015', '1987', '2021', '1799', '2016', "'s", ' ', '.', ',', '5', 'x', 'é', '$', '€', '-', 'deal', 's'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const count = 1 + Math.floor(next() * 8);
      for (let k = 0; k < count; k++) text += pieces[Math.floor(next() * pieces.length)];
      const start = Math.floor(next() * 3);
      const end = Math.max(start, text.length - Math.floor(next() * 3));
      expect(yearsAgree(text, start, end, [2010, 2016]), JSON.stringify([text, start, end])).toBe(reference(text, start, end, 2016));
    }
  });

  it('reads a year before a noun as a pattern read from the left would, on random text', () => {
    // The pattern the hand-written reading replaces, kept here as its reference.
    const pattern = /(?<![\p{L}\p{N}$£€.,-])(1[89]\d\d|20\d\d)(?:['\u2019]s)?((?:[ \u00a0]+\p{Ll}[\p{L}-]*){0,2})[ \u00a0]+$/u;
    const CLAUSE = new Set(['the', 'and', 'of', 'in']);
    const reference = (text: string, at: number) => {
      const from = Math.max(0, at - 48);
      const m = pattern.exec(text.slice(from, at));
      if (!m) return null;
      const between = m[2]!.trim().split(/[ \u00a0]+/u).filter(Boolean);
      return between.some((w) => CLAUSE.has(w.toLowerCase())) ? null : { start: from + m.index, year: Number(m[1]) };
    };
    const next = random(7);
    const pieces = ['2015', '1987', '2020', '1799', '9015', "'s", '’s', ' ', '\u00a0', ' ', 'nuclear', 'iran', 'Iran', 'deal', 'the', 'of', 'x', '-', '$', '€', '.', ',', 'é', 'Ü', '2', 'summit'];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const count = 1 + Math.floor(next() * 9);
      for (let k = 0; k < count; k++) text += pieces[Math.floor(next() * pieces.length)];
      text += ' talks';
      const at = text.length - 5;
      expect(yearBefore(text, at), JSON.stringify(text)).toEqual(reference(text, at));
    }
  });
});

describe('a year names a treaty or an event', () => {
  const table = buildAliasTable('t', [
    record({ id: 'iran', kind: 'place', name: 'Iran' }),
    record({ id: 'ukraine', kind: 'place', name: 'Ukraine' }),
    record({ id: 'jcpoa', kind: 'treaty', name: 'Joint Comprehensive Plan of Action', start: '2015-07-14', related: ['iran'] }),
    record({ id: 'minsk-ii', kind: 'treaty', name: 'Minsk II', start: '2015-02-12', related: ['ukraine'] }),
    record({
      id: 'interference',
      kind: 'event',
      name: 'Russian interference in the 2016 election',
      start: '2016-01',
      dates: [{ date: '2016-11-08', label: 'Election day' }],
      cues: { phrases: ['meddling in the 2016 election'], with: ['iran'], from: '2016-07-01', to: '2020-12-31' },
    }),
  ]);
  const resolver = resolverFor(table);
  const found = (text: string) => resolveMentions(resolver, text, { publishedDay: '2019-07-02' }).map((m) => `${m.text}→${m.recordId}`);

  it('“the 2015 deal” is the treaty signed that year, on a page about what it concerns', () => {
    expect(found('Iran has passed a limit set by the 2015 nuclear deal.')).toEqual(['Iran→iran', '2015 nuclear deal→jcpoa']);
    expect(found('Kyiv says the 2015 agreement still stands in Ukraine.')).toEqual(['2015 agreement→minsk-ii', 'Ukraine→ukraine']);
  });

  it('where two fit, the one the words around or the page name, or the one with more of its related records named', () => {
    expect(found('Iran and Ukraine: the Joint Comprehensive Plan of Action holds, and so the 2015 agreement.')).toContain('2015 agreement→jcpoa');
    const onPage = new Set(['iran', 'ukraine', 'russia']);
    const wider = resolverFor(
      buildAliasTable('t', [
        record({ id: 'russia', kind: 'place', name: 'Russia' }),
        record({ id: 'iran', kind: 'place', name: 'Iran' }),
        record({ id: 'jcpoa', kind: 'treaty', name: 'Joint Comprehensive Plan of Action', start: '2015-07-14', related: ['iran', 'russia'] }),
        record({ id: 'minsk-ii', kind: 'treaty', name: 'Minsk II', start: '2015-02-12', related: ['ukraine'] }),
      ]),
    );
    expect(resolveMentions(wider, 'They spoke of the 2015 agreement.', { publishedDay: '2019-07-02', onPage }).map((m) => m.recordId)).toEqual(['jcpoa']);
    const minskOnPage = new Set(['iran', 'ukraine', 'minsk-ii']);
    expect(resolveMentions(wider, 'Iran has broken the limits of the 2015 agreement.', { publishedDay: '2019-07-02', onPage: minskOnPage }).map((m) => m.recordId)).toEqual(['iran', 'jcpoa']);
  });

  it('is no mention where it restates, in apposition, the name just before it', () => {
    expect(found('Iran keeps to the Joint Comprehensive Plan of Action, the 2015 agreement with six powers.')).toEqual(['Iran→iran', 'Joint Comprehensive Plan of Action→jcpoa']);
    expect(found('Iran keeps to the Joint Comprehensive Plan of Action; the 2015 agreement holds.')).toContain('2015 agreement→jcpoa');
  });

  it('names nothing where two records of that year fit the page equally, or none does', () => {
    expect(found('Iran and Ukraine: the 2015 agreement.')).toEqual(['Iran→iran', 'Ukraine→ukraine']);
    expect(found('The 2015 agreement was signed.')).toEqual([]);
    expect(found('Iran and the 2016 agreement.')).toEqual(['Iran→iran']);
  });

  /** What is found, in October 2018, beside the US exit from the Iran deal and another treaty. */
  const besideIranExit = (other: ReturnType<typeof record>) => {
    const t = resolverFor(
      buildAliasTable('t', [
        record({ id: 'iran', kind: 'place', name: 'Iran' }),
        other,
        record({ id: 'jcpoa', kind: 'treaty', name: 'Joint Comprehensive Plan of Action', start: '2015-07-14', related: ['iran'] }),
        record({
          id: 'jcpoa-exit',
          kind: 'event',
          name: 'US exit from the Iran deal',
          start: '2018-05-08',
          cues: { anchors: ['nuclear pact'], triggers: ['pull out'], with: ['iran', 'jcpoa'], from: '2018-05-08', to: '2020-12-31' },
        }),
      ]),
    );
    return (text: string) => resolveMentions(t, text, { publishedDay: '2018-10-21' }).map((m) => `${m.text}→${m.recordId}`);
  };

  it('a description that names another treaty by its year is not the event', () => {
    const seen = besideIranExit(record({ id: 'inf', kind: 'treaty', name: 'Intermediate-Range Nuclear Forces Treaty', start: '1987-12-08' }));
    expect(seen('Iran: Trump will pull out of the nuclear pact.')).toContain('pull out of the nuclear pact→jcpoa-exit');
    expect(seen('Iran: Trump will pull out of 1987 nuclear pact.')).toEqual(['Iran→iran']);
  });

  it('a description settles which of two treaties its year names, where one is its own', () => {
    const seen = besideIranExit(record({ id: 'minsk-ii', kind: 'treaty', name: 'Minsk II', start: '2015-02-12' }));
    expect(seen('Iran: Trump will pull out of the 2015 nuclear pact.')).toContain('pull out of the 2015 nuclear pact→jcpoa-exit');
  });

  it('a description with another year is not the event', () => {
    expect(found('Iran denied meddling in the 2016 election.')).toEqual(['Iran→iran', 'meddling in the 2016 election→interference']);
    expect(found('Iran denied meddling in the 2020 election.')).toEqual(['Iran→iran']);
    expect(found('Iran denied meddling in the election.')).toContain('meddling in the election→interference');
    expect(found('Iran denied meddling in the election next year.')).toEqual(['Iran→iran']);
  });
});
