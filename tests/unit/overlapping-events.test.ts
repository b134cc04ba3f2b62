import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('descriptions of two events over the same words', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'iran', kind: 'place', name: 'Iran' }),
      record({
        id: 'may-attacks',
        kind: 'event',
        name: 'May attacks',
        start: '2019-05-12',
        cues: { phrases: ['four ships'], anchors: ['Fujairah', 'Emirati port'], triggers: ['damaged', 'explosions'], with: ['iran'], from: '2019-05-12', to: '2020-05-31' },
      }),
      record({
        id: 'june-attacks',
        kind: 'event',
        name: 'June attacks',
        start: '2019-06-13',
        cues: { anchors: ['tankers'], triggers: ['explosions'], with: ['iran'], from: '2019-06-13', to: '2020-06-30' },
      }),
    ]),
  );
  const found = (text: string) => resolveMentions(resolver, text, { publishedDay: '2019-09-20' }).map((m) => `${m.text}→${m.recordId}`);

  it('mean the event that the rest of the sentence describes too', () => {
    expect(found('Iran denies it. Four ships, two of them tankers, are damaged by explosions off the Emirati port of Fujairah.')).toEqual([
      'Iran→iran',
      'Four ships→may-attacks',
      'explosions off the Emirati port→may-attacks',
    ]);
  });

  it('are left as before where neither event has more', () => {
    expect(found('Iran denies that tankers were damaged by explosions.')).toContain('tankers were damaged by explosions→june-attacks');
  });
});

describe('proximity descriptions of two events that share a trigger', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'north-korea', kind: 'place', name: 'North Korea' }),
      record({ id: 'punggye-ri', kind: 'place', name: 'Punggye-ri' }),
      record({
        id: 'nuclear-test',
        kind: 'event',
        name: 'Sixth nuclear test',
        start: '2017-09-03',
        cues: { anchors: ['Punggye-ri'], triggers: ['blew up', 'test'], with: ['north-korea'], from: '2017-09-03', to: '2020-12-31' },
      }),
      record({
        id: 'demolition',
        kind: 'event',
        name: 'Demolition of the test site',
        start: '2018-05-24',
        cues: { anchors: ['Punggye-ri', 'tunnels', 'test site'], triggers: ['blew up'], with: ['north-korea'], from: '2018-05-24', to: '2020-12-31' },
      }),
    ]),
  );
  const found = (text: string) => resolveMentions(resolver, text, { publishedDay: '2018-09-20' }).map((m) => `${m.text}→${m.recordId}`);

  it('mean the event whose words cover more, not the one whose nearest anchor reaches further', () => {
    const mentions = found('North Korea blew up the tunnel entrances at its Punggye-ri test site.');
    expect(mentions).toContain('blew up the tunnel→demolition');
    expect(mentions.some((m) => m.endsWith('→nuclear-test'))).toBe(false);
  });
});
