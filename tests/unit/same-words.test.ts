import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { createPatternMatcher, findHits } from '../../lib/match/matcher';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('entries that share their words', () => {
  it('each get every hit of those words, under their own case rules', () => {
    const entry = (text: string, rule: 'name' | 'exact' = 'name') => ({ folded: text.toLowerCase(), variants: [{ text, rule }] });
    const matcher = createPatternMatcher([entry('presidential race'), entry('summit'), entry('presidential race'), entry('Presidential Race', 'exact')]);
    const hits = (text: string) => findHits(matcher, text).map((h) => `${h.text}#${h.entry}`);
    expect(hits('the presidential race')).toEqual(['presidential race#0', 'presidential race#2']);
    expect(hits('the Presidential Race')).toEqual(['Presidential Race#0', 'Presidential Race#2', 'Presidential Race#3']);
    expect(hits('the summit')).toEqual(['summit#1']);
  });

  it('let an anchor that is also another record’s phrase, once its year is left out, describe its event', () => {
    const resolver = resolverFor(
      buildAliasTable('t', [
        record({ id: 'russia', kind: 'place', name: 'Russia' }),
        record({
          id: 'election-2016',
          kind: 'event',
          name: 'US election of 2016',
          start: '2016-11-08',
          cues: { phrases: ['2016 presidential race'], with: ['russia'], from: '2016-11-08', to: '2021-01-20' },
        }),
        record({
          id: 'interference-2016',
          kind: 'event',
          name: 'Russian interference',
          start: '2016-07-01',
          cues: { anchors: ['presidential race'], triggers: ['interfered'], with: ['russia'], from: '2016-07-01', to: '2020-12-31' },
        }),
      ]),
    );
    const found = resolveMentions(resolver, 'Russia interfered in the 2016 presidential race.', { publishedDay: '2019-05-15' }).map((m) => `${m.text}→${m.recordId}`);
    expect(found).toEqual(['Russia→russia', 'interfered in the 2016 presidential race→interference-2016']);
  });
});
