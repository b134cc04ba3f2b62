import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('an event named by its month or year', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'moon-jae-in', kind: 'person', name: 'Moon Jae-in' }),
      record({
        id: 'summit-apr-2018',
        kind: 'event',
        name: 'April 2018 summit',
        start: '2018-04-27',
        cues: { anchors: ['Peace House'], triggers: ['summit'], with: ['moon-jae-in'], from: '2018-04-27', to: '2018-12-31' },
      }),
    ]),
  );
  const found = (text: string, publishedDay: string) => resolveMentions(resolver, `Moon Jae-in spoke. ${text}`, { publishedDay }).slice(1).map((m) => `${m.text}→${m.recordId}`);

  it('names the event that began in the month or year written before its word', () => {
    expect(found('He recalled the April summit.', '2019-03-01')).toEqual(['April summit→summit-apr-2018']);
    expect(found('He recalled the April inter-Korean summit.', '2019-03-01')).toEqual(['April inter-Korean summit→summit-apr-2018']);
    expect(found('He recalled last month’s summit.', '2018-05-20')).toEqual(['last month’s summit→summit-apr-2018']);
    expect(found('He recalled last year’s summit.', '2019-05-20')).toEqual(['last year’s summit→summit-apr-2018']);
  });

  it('and one still to come this year, but not another month, nor a name', () => {
    expect(found('He prepared for the April summit.', '2018-04-01')).toEqual(['April summit→summit-apr-2018']);
    expect(found('He recalled the June summit.', '2019-03-01')).toEqual([]);
    expect(found('He recalled this year’s summit.', '2019-05-20')).toEqual([]);
    expect(found('He visited the April Summit Hotel.', '2019-03-01')).toEqual([]);
  });
});
