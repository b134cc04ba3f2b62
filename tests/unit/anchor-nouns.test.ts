import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { otherHeads, servantsOf } from '../../lib/match/anchor-nouns';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('nouns news uses for one another at the head of an anchor', () => {
  it('gives a qualified anchor the other nouns for its head, in its number', () => {
    expect(otherHeads('two tankers')).toEqual(['two ships', 'two vessels']);
    expect(otherHeads('Ukrainian sailors')).toEqual(['Ukrainian seamen', 'Ukrainian crewmen']);
    expect(otherHeads('Saudi journalist')).toEqual(['Saudi columnist', 'Saudi reporter', 'Saudi writer']);
  });

  it('leaves a lone noun, and a head with no others, as written; a ship is not a tanker', () => {
    expect(otherHeads('tankers')).toEqual([]);
    expect(otherHeads('nerve agent')).toEqual([]);
    expect(otherHeads('Ukrainian ships')).not.toContain('Ukrainian tankers');
  });

  it('lets a description meet them', () => {
    const resolver = resolverFor(
      buildAliasTable('t', [
        record({ id: 'petro-poroshenko', kind: 'person', name: 'Petro Poroshenko' }),
        record({
          id: 'kerch',
          kind: 'event',
          name: 'Kerch incident',
          start: '2018-11-25',
          cues: { anchors: ['Ukrainian ships'], triggers: ['seized'], with: ['petro-poroshenko'], from: '2018-11-25', to: '2019-12-31' },
        }),
      ]),
    );
    const found = resolveMentions(resolver, 'Petro Poroshenko said Russia seized three Ukrainian vessels.', { publishedDay: '2018-11-26' });
    expect(found.map((m) => `${m.text}→${m.recordId}`)).toContain('seized three Ukrainian vessels→kerch');
  });
});

describe('servantsOf', () => {
  it('inverts an anchor for people of a body, as news writes it', () => {
    expect(servantsOf('GRU officers')).toEqual(['officers of the GRU']);
    expect(servantsOf('military intelligence officers')).toEqual(['officers of military intelligence']);
  });

  it('but not where the qualifier is no body', () => {
    expect(servantsOf('Russian officers')).toEqual([]);
    expect(servantsOf('Russian diplomats')).toEqual([]);
    expect(servantsOf('officers')).toEqual([]);
  });
});
