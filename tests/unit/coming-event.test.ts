import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('an event described before it happens', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'donald-trump', kind: 'person', name: 'Donald Trump' }),
      record({
        id: 'helsinki-summit-2018',
        kind: 'event',
        name: 'Helsinki summit 2018',
        start: '2018-07-16',
        cues: { anchors: ['Helsinki'], triggers: ['summit'], with: ['donald-trump'], from: '2018-07-16', to: '2018-12-31' },
      }),
      record({
        id: 'may-attacks',
        kind: 'event',
        name: 'May attacks',
        start: '2019-05-12',
        cues: { anchors: ['four ships'], triggers: ['sabotage'], with: ['donald-trump'], from: '2019-05-12', to: '2020-05-31' },
      }),
      record({
        id: 'june-attacks',
        kind: 'event',
        name: 'June attacks',
        start: '2019-06-13',
        cues: { anchors: ['four ships', 'oil tankers'], triggers: ['sabotage'], with: ['donald-trump'], from: '2019-06-13', to: '2020-06-30' },
      }),
    ]),
  );
  const found = (text: string, publishedDay: string) => resolveMentions(resolver, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

  it('is recognised in the month before, by its place and what will happen', () => {
    expect(found('Donald Trump flies on to his summit in Helsinki.', '2018-07-09')).toContain('summit in Helsinki→helsinki-summit-2018');
    expect(found('Donald Trump flies on to his summit in Helsinki.', '2018-05-09')).toEqual(['Donald Trump→donald-trump']);
  });

  it('gives way to an event that has happened and fits the same words', () => {
    expect(found('Donald Trump blamed Iran for the sabotage of four ships, two of them oil tankers.', '2019-05-20')).toEqual([
      'Donald Trump→donald-trump',
      'sabotage of four ships→may-attacks',
    ]);
  });
});
