import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('descriptions that fit several events', () => {
  const test = (id: string, start: string) =>
    record({ id, kind: 'event', name: id, start, cues: { anchors: ['intercontinental ballistic missile'], triggers: ['tested'], with: ['north-korea'], from: start, to: '2018-12-31' } });
  const resolver = resolverFor(buildAliasTable('t', [record({ id: 'north-korea', kind: 'place', name: 'North Korea' }), test('july-test', '2017-07-04'), test('november-test', '2017-11-29')]));
  const found = (text: string) => resolveMentions(resolver, text, { publishedDay: '2017-12-20' }).filter((m) => m.via === 'cue').map((m) => m.recordId);

  it('mean the latest, unless they say "first"', () => {
    expect(found('North Korea tested an intercontinental ballistic missile again.')).toEqual(['november-test']);
    expect(found('North Korea tested its first intercontinental ballistic missile.')).toEqual(['july-test']);
  });
});
