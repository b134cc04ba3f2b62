import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { createResolver, resolveMentions } from '../../lib/match/resolve';
import { withSameWords } from '../../lib/match/same-words';
import { record } from './support/records';

describe('entries that share their words', () => {
  it('each get every hit of those words', () => {
    const entries = [{ folded: 'presidential race' }, { folded: 'summit' }, { folded: 'presidential race' }];
    const hit = { start: 0, end: 17, text: 'presidential race', entry: 0 };
    expect(withSameWords(entries, [hit])).toEqual([hit, { ...hit, entry: 2 }]);
    const alone = [{ start: 0, end: 6, text: 'summit', entry: 1 }];
    expect(withSameWords(entries, alone)).toBe(alone);
  });

  it('let an anchor that is also another record’s phrase, once its year is left out, describe its event', () => {
    const resolver = createResolver(
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
