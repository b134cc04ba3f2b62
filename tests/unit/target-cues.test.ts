import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { joinsObject } from '../../lib/match/target-cues';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

const table = buildAliasTable('t', [
  record({ id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin' }),
  record({ id: 'crimea', kind: 'place', name: 'Crimea' }),
  record({ id: 'salisbury', kind: 'place', name: 'Salisbury' }),
  record({ id: 'russia', kind: 'place', name: 'Russia' }),
  record({ id: 'nuclear-deal', kind: 'treaty', name: 'Joint Comprehensive Plan of Action', aliases: ['JCPOA'], start: '2015-07-14' }),
  record({
    id: 'walkout',
    kind: 'event',
    name: 'Walkout',
    start: '2018-05-08',
    related: ['nuclear-deal'],
    cues: { anchors: ['sanctions'], triggers: ['abandoned'], with: ['vladimir-putin'], from: '2018-05-08', to: '2020-12-31' },
  }),
  record({
    id: 'annexation',
    kind: 'event',
    name: 'Annexation',
    start: '2014-03-18',
    related: ['crimea', 'russia', 'vladimir-putin'],
    cues: { anchors: ['peninsula'], triggers: ['seizure', 'annexed'], with: ['vladimir-putin'], from: '2014-02-20', to: '2020-12-31' },
  }),
  record({
    id: 'blockade',
    kind: 'event',
    name: 'Blockade',
    start: '2019-01-10',
    related: ['crimea'],
    cues: { anchors: ['ports'], triggers: ['blockade'], with: ['vladimir-putin'], from: '2019-01-10', to: '2019-03-31' },
  }),
  // Ten more events concern Russia: too many for "seizure of Russia" to mean one.
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) =>
    record({
      id: `other-${n}`,
      kind: 'event',
      name: `Other ${n}`,
      start: '2015-01-01',
      related: ['russia'],
      cues: { anchors: [`anchor${n}`], triggers: ['talks'], with: ['vladimir-putin'], from: '2015-01-01', to: '2015-12-31' },
    }),
  ),
]);
const resolver = resolverFor(table);
const found = (text: string, publishedDay = '2019-06-01') =>
  resolveMentions(resolver, `Vladimir Putin spoke. ${text}`, { publishedDay }).slice(1).map((m) => `${m.text}→${m.recordId}`);

describe('descriptions by what an event was done to', () => {
  it('reads a trigger and, after it, a place the event concerns as the event, the name inside it', () => {
    expect(found('Five years after the seizure of Crimea, sanctions remain.')).toEqual(['seizure of Crimea→annexation']);
    expect(found('Moscow annexed Crimea in 2014.')).toEqual(['annexed Crimea→annexation']);
  });

  it('takes no object that many events concern, nor one outside the event’s dates', () => {
    expect(found('The seizure of Russia is a fantasy.')).toEqual(['Russia→russia']);
    expect(found('The seizure of Crimea was feared.', '2013-06-01')).toEqual(['Crimea→crimea']);
  });

  it('counts for two years at least, however narrow the window of vaguer words', () => {
    expect(found('The blockade of Crimea lasted weeks.', '2020-06-01')).toEqual(['blockade of Crimea→blockade']);
    expect(found('The blockade of Crimea lasted weeks.', '2021-06-01')).toEqual(['Crimea→crimea']);
  });

  it('reads a treaty as the object, by its name or by its year', () => {
    expect(found('Washington abandoned the JCPOA.')).toEqual(['abandoned the JCPOA→walkout']);
    expect(found('Washington abandoned the 2015 deal.')).toEqual(['abandoned the 2015 deal→walkout']);
  });

  it('reads a verb’s object with its article', () => {
    expect(found('Moscow annexed the Crimea in 2014.')).toEqual(['annexed the Crimea→annexation']);
  });

  it('takes no name that qualifies the word after it', () => {
    expect(found('The seizure of Crimea assets began.')).toEqual(['Crimea→crimea']);
    expect(found('The seizure of Crimea’s ports began.')).toEqual(['Crimea→crimea']);
  });

  it('joins a trigger to its object only by spaces, "the", or a preposition and "the"', () => {
    const at = (gap: string) => joinsObject(`x${gap}y`, 1, 1 + gap.length);
    expect(at(' ')).toBe(true);
    expect(at(' of the ')).toBe(true);
    expect(at(' of ')).toBe(true);
    expect(at(' the ')).toBe(true);
    expect(at(', ')).toBe(false);
    expect(at(' with ')).toBe(false);
    expect(at(' of three ')).toBe(false);
  });
});
