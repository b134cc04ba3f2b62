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
  // Ten more events concern Russia: too many for "seizure of Russia" to mean one. They concern
  // the nuclear deal too, which, a treaty, stays a target: the trigger tells what was done to it.
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) =>
    record({
      id: `other-${n}`,
      kind: 'event',
      name: `Other ${n}`,
      start: '2015-01-01',
      related: ['russia', 'nuclear-deal'],
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

describe('a treaty acted on by events that share a trigger', () => {
  const treaties = buildAliasTable('t', [
    record({ id: 'inf', kind: 'treaty', name: 'INF Treaty', start: '1987-12-08' }),
    record({ id: 'new-start', kind: 'treaty', name: 'New START', start: '2010-04-08' }),
    record({ id: 'united-states', kind: 'place', name: 'United States' }),
    record({
      id: 'us-suspension',
      kind: 'event',
      name: 'US suspension',
      start: '2019-02-01',
      cues: { anchors: ['obligations'], triggers: ['suspended'], with: ['inf', 'united-states'], from: '2019-02-01', to: '2019-12-31' },
    }),
    record({
      id: 'russian-decree',
      kind: 'event',
      name: 'Russian decree',
      start: '2019-03-04',
      cues: { anchors: ['decree'], triggers: ['suspended'], with: ['inf', 'united-states'], from: '2019-03-04', to: '2019-12-31' },
    }),
    record({
      id: 'new-start-suspension',
      kind: 'event',
      name: 'New START suspension',
      start: '2019-02-01',
      cues: { anchors: ['treaty'], triggers: ['suspended'], with: ['new-start', 'united-states'], from: '2019-02-01', to: '2019-12-31' },
    }),
  ]);
  const on = (text: string, publishedDay: string) =>
    resolveMentions(resolverFor(treaties), text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

  it('means the one that has happened, not one still to come', () => {
    expect(on('The United States will suspend the INF Treaty.', '2019-02-09')).toEqual(['United States→united-states', 'suspend the INF Treaty→us-suspension']);
  });

  it('is not described by an event of another treaty whose anchor its name holds', () => {
    expect(on('The United States suspended the INF Treaty, not New START.', '2019-05-01')).not.toContainEqual(expect.stringContaining('new-start-suspension'));
  });
});
