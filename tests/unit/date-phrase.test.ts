import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { findDatePhrases, monthMeant } from '../../lib/match/date-phrase';
import { resolveMentions } from '../../lib/match/resolve';
import { sentenceAround } from '../../lib/match/sentence';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('month phrases', () => {
  const words = (text: string) => findDatePhrases(text).map((p) => text.slice(p.start, p.end));

  it('finds a month written as a date, with its day and year', () => {
    expect(words('poisoned in March, on 25 November, last July, Aug. 2, 4 March 2018 and in March 2018')).toEqual([
      'in March',
      'on 25 November',
      'last July',
      'Aug. 2',
      '4 March 2018',
      'in March 2018',
    ]);
    expect(findDatePhrases('killed there on April 7, when')[0]).toMatchObject({ month: 4, day: 7, last: false });
  });

  it('finds a year on its own, and reads it from the publication date', () => {
    expect(words('abandoned it last year, and in 2018, but not in 2018-19 or this year’s')).toEqual(['last year', 'in 2018']);
    const [lastYear, in2018] = findDatePhrases('last year and in 2018');
    expect(monthMeant(lastYear!, '2019-07-02')).toBe('2018');
    expect(monthMeant(in2018!, '2019-07-02')).toBe('2018');
  });

  it('reads “next year” as the year after publication, before its noun too', () => {
    expect(words('the vote next year, and next year’s presidential election')).toEqual(['next year', 'next year’s']);
    expect(monthMeant(findDatePhrases('next year’s election')[0]!, '2019-12-06')).toBe('2020');
  });

  it('leaves a month word that is not a date', () => {
    expect(words('Theresa May said the march in Caracas went ahead; May sees it.')).toEqual([]);
  });

  it('reads a month without a year back from the publication date', () => {
    const [inMarch, lastJuly, lastNovember] = findDatePhrases('in March, last July, last November');
    expect(monthMeant(inMarch!, '2018-07-09')).toBe('2018-03');
    expect(monthMeant(lastJuly!, '2019-07-20')).toBe('2018-07');
    expect(monthMeant(lastNovember!, '2019-09-08')).toBe('2018-11');
    expect(monthMeant(findDatePhrases('in March 2016')[0]!, '2019-07-09')).toBe('2016-03');
  });

  it('reads “last month” and “this month” from the publication date', () => {
    expect(words('his visit last month, and earlier this month, but not last month’s')).toEqual(['last month', 'this month']);
    const [lastMonth, thisMonth] = findDatePhrases('last month and this month');
    expect(monthMeant(lastMonth!, '2019-05-15')).toBe('2019-04');
    expect(monthMeant(lastMonth!, '2019-01-10')).toBe('2018-12');
    expect(monthMeant(thisMonth!, '2019-08-22')).toBe('2019-08');
  });
});

describe('a sentence around a position', () => {
  it('ends at a full stop after a word, not inside U.S.', () => {
    const text = 'He left. The U.S. envoy came in March. Then';
    expect(text.slice(sentenceAround(text, 15).start, sentenceAround(text, 15).end)).toBe(' The U.S. envoy came in March');
  });
});

describe('a trigger beside the event’s month describes it', () => {
  const table = buildAliasTable('t', [
    record({ id: 'sergei-skripal', kind: 'person', name: 'Sergei Skripal' }),
    record({ id: 'crimea', kind: 'place', name: 'Crimea' }),
    record({
      id: 'salisbury-attack',
      kind: 'event',
      name: 'Salisbury attack',
      start: '2018-03-04',
      dates: [{ date: '2018-03-04', label: 'Attack' }],
      cues: { anchors: ['Salisbury'], triggers: ['poisoned', 'attack'], with: ['sergei-skripal'], from: '2018-03-04', to: '2019-12-31' },
    }),
    record({
      id: 'annexation',
      kind: 'event',
      name: 'Annexation',
      start: '2014-02-20',
      dates: [{ date: '2014-03-18', label: 'Treaty' }],
      cues: { anchors: ['Crimea'], triggers: ['seized'], with: ['crimea'], from: '2014-02-20', to: '2020-12-31' },
    }),
  ]);
  const resolver = resolverFor(table);
  const found = (text: string, publishedDay: string) => resolveMentions(resolver, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

  it('when the page’s date makes the month the event’s, in a sentence naming what it concerns', () => {
    expect(found('Sergei Skripal was poisoned in March.', '2018-07-09')).toEqual(['Sergei Skripal→sergei-skripal', 'poisoned in March→salisbury-attack']);
    expect(found('Sergei Skripal was poisoned in March.', '2019-07-09')).toEqual(['Sergei Skripal→sergei-skripal']);
    expect(found('Sergei Skripal was found on 4 March. He had been poisoned on 9 March.', '2018-07-09')).toEqual(['Sergei Skripal→sergei-skripal']);
  });

  it('not from the next clause, which has its own date', () => {
    expect(found('Sergei Skripal was poisoned in May, and in March his case was reopened.', '2018-07-09')).toEqual(['Sergei Skripal→sergei-skripal']);
  });

  it('not from a treaty’s noun, which names it but says nothing happened', () => {
    const t = resolverFor(
      buildAliasTable('t', [
        record({ id: 'crimea', kind: 'place', name: 'Crimea' }),
        record({ id: 'minsk', kind: 'treaty', name: 'Minsk Protocol', start: '2014-09-05', related: ['crimea'] }),
      ]),
    );
    expect(resolveMentions(t, 'Crimea: they broke the treaty in 2014.', { publishedDay: '2019-09-08' }).map((m) => m.recordId)).toEqual(['crimea']);
  });

  it('swallowing no person’s name between the trigger and the month', () => {
    expect(found('Sergei Skripal was poisoned last month.', '2018-04-09')).toContain('poisoned last month→salisbury-attack');
    expect(found('Russia poisoned Sergei Skripal last month, police say.', '2018-04-09')).toEqual(['Sergei Skripal→sergei-skripal']);
  });

  it('not from a verb and a month alone', () => {
    expect(found('Sergei Skripal spoke. A dog was poisoned in March.', '2018-07-09')).toEqual(['Sergei Skripal→sergei-skripal']);
  });

  it('a month phrase after a description can rule its event out', () => {
    expect(found('Ships were seized off Crimea in 2014.', '2019-09-08')).toEqual(['seized off Crimea in 2014→annexation']);
    expect(found('Ships were seized off Crimea on 25 November.', '2019-09-08')).toEqual(['Crimea→crimea']);
  });
});
