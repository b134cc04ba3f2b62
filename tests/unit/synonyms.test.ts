import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { synonymsOf } from '../../lib/match/synonyms';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('verbs news uses for one another', () => {
  it('gives a trigger in any form the rest of its family, in plain forms', () => {
    expect(synonymsOf('expelled')).toEqual(['kick out', 'throw out', 'order out', 'send home']);
    expect(synonymsOf('pulled out')).toEqual(['withdraw', 'take out', 'quit', 'exit', 'abandon', 'walk away', 'walk out', 'ditch', 'scrap', 'tear up', 'renounce']);
    expect(synonymsOf('talks')).toEqual([]);
  });

  it('lets an event’s trigger meet its synonyms beside an anchor, never a word the event holds as an anchor', () => {
    const resolver = resolverFor(
      buildAliasTable('t', [
        record({ id: 'theresa-may', kind: 'person', name: 'Theresa May' }),
        record({
          id: 'expulsions',
          kind: 'event',
          name: 'Expulsions',
          start: '2018-03-14',
          cues: { anchors: ['Russian diplomats', 'hit list'], triggers: ['expelled'], with: ['theresa-may'], from: '2018-03-14', to: '2019-12-31' },
        }),
      ]),
    );
    const found = (text: string) => resolveMentions(resolver, text, { publishedDay: '2018-07-01' }).map((m) => `${m.text}→${m.recordId}`);
    expect(found('Theresa May kicked out 23 Russian diplomats.')).toContain('kicked out 23 Russian diplomats→expulsions');
  });
});
