import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('a phrasal trigger split by its object', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'donald-trump', kind: 'person', name: 'Donald Trump', aliases: [{ text: 'Trump', case: 'exact' }] }),
      record({ id: 'united-states', kind: 'place', name: 'United States', aliases: ['U.S.', 'US'] }),
      record({
        id: 'deal-withdrawal',
        kind: 'event',
        name: 'Deal withdrawal',
        start: '2018-05-08',
        cues: { anchors: ['nuclear deal', 'American troops'], triggers: ['pulled out', 'pulled'], with: ['donald-trump'], from: '2018-05-08', to: '2020-12-31' },
      }),
      record({
        id: 'expulsions',
        kind: 'event',
        name: 'Expulsions',
        start: '2018-03-14',
        cues: { anchors: ['Russian diplomats'], triggers: ['kicked out'], with: ['donald-trump'], from: '2018-03-14', to: '2018-12-31' },
      }),
    ]),
  );
  const found = (text: string, publishedDay = '2019-06-01') => resolveMentions(resolver, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

  it('meets the trigger across a name between the verb and its particle', () => {
    expect(found('Trump pulled the U.S. out of the nuclear deal.')).toEqual(['Trump→donald-trump', 'pulled the U.S. out of the nuclear deal→deal-withdrawal']);
    expect(found('Trump pulls the US out of the nuclear deal.')).toContain('pulls the US out of the nuclear deal→deal-withdrawal');
    // "take out", a synonym of the trigger, split the same way.
    expect(found('Trump took the US out of the nuclear deal.')).toContain('took the US out of the nuclear deal→deal-withdrawal');
  });

  it('meets a trigger whose verb alone is no term', () => {
    expect(found('Trump said Britain kicked them out, the Russian diplomats.', '2018-04-01')).toContain('kicked them out, the Russian diplomats→expulsions');
    expect(found('Trump saw London kick the envoys out with Russian diplomats.', '2018-04-01')).toContain('kick the envoys out with Russian diplomats→expulsions');
  });

  it('keeps the verb alone where the object is the anchor', () => {
    expect(found('Trump pulled American troops out of the way.')).toContain('pulled American troops→deal-withdrawal');
  });

  it('takes no longer run of words, and no sentence end, for an object', () => {
    expect(found('Trump pulled the big old US ship out of the nuclear deal.')).not.toContain('pulled the big old US ship out of the nuclear deal→deal-withdrawal');
    expect(found('Trump pulled ahead. Out of the nuclear deal came nothing.')).toEqual(['Trump→donald-trump']);
  });
});

describe('a verdict split by the name of the one it concerns', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'paul-manafort', kind: 'person', name: 'Paul Manafort' }),
      record({ id: 'michael-flynn', kind: 'person', name: 'Michael Flynn' }),
      record({
        id: 'manafort-conviction',
        kind: 'event',
        name: 'Manafort conviction',
        start: '2018-08-21',
        cues: { anchors: ['campaign chairman'], triggers: ['found guilty'], with: ['paul-manafort'], from: '2018-08-21', to: '2020-12-31' },
      }),
    ]),
  );
  const found = (text: string) => resolveMentions(resolver, text, { publishedDay: '2018-08-22' }).map((m) => `${m.text}→${m.recordId}`);

  it('describes that person’s event, the name inside it', () => {
    expect(found('A jury found Paul Manafort guilty of tax fraud.')).toEqual(['found Paul Manafort guilty→manafort-conviction']);
  });

  it('describes nothing where the word is not theirs', () => {
    expect(found('A jury found Michael Flynn guilty of lying.')).toEqual(['Michael Flynn→michael-flynn']);
  });
});
