import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('two names joined by a dash before an event’s word', () => {
  const summit = (id: string, start: string, anchors: string[]) =>
    record({ id, kind: 'event', name: id, start, cues: { anchors, triggers: ['summit'], with: ['trump', 'kim'], from: start, to: '2020-12-31' } });
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump'] }),
      record({ id: 'kim', kind: 'person', name: 'Kim Jong Un', aliases: ['Kim'] }),
      record({ id: 'moon', kind: 'person', name: 'Moon Jae-in', aliases: ['Moon'] }),
      summit('singapore', '2018-06-12', ['Singapore', 'first summit']),
      summit('hanoi', '2019-02-27', ['Hanoi', 'second summit']),
    ]),
  );
  const found = (text: string, publishedDay: string) => resolveMentions(resolver, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

  it('name the event between the two, by the page’s date', () => {
    expect(found('The Trump–Kim summit was a show.', '2018-06-20')).toEqual(['Trump–Kim summit→singapore']);
    expect(found('The Kim-Trump summit was a show.', '2018-06-20')).toEqual(['Kim-Trump summit→singapore']);
  });

  it('by its ordinal, where the events’ anchors give one, and none where several fit', () => {
    expect(found('The second Trump–Kim summit collapsed.', '2019-05-10')).toEqual(['second Trump–Kim summit→hanoi']);
    expect(found('The Trump–Kim summit collapsed.', '2019-05-10')).toEqual(['Trump→trump', 'Kim→kim']);
  });

  it('but not for a pair the event was not between, nor one name twice', () => {
    expect(found('The Moon–Kim summit was warm.', '2018-06-20')).toEqual(['Moon→moon', 'Kim→kim']);
    expect(found('A Trump-Trump summit.', '2018-06-20')).toEqual(['Trump→trump', 'Trump→trump']);
  });
});
