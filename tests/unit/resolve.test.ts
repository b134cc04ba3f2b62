import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/match/fold';
import { buildAliasTable } from '../../lib/match/alias-table';
import { createResolver, resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';

const table = buildAliasTable(
  't',
  [
    record({ id: 'theresa-may', kind: 'person', name: 'Theresa May', aliases: [] }),
    record({ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', aliases: [] }),
    record({ id: 'sergei-skripal', kind: 'person', name: 'Sergei Skripal', aliases: ['Skripal'] }),
    record({ id: 'un-security-council', kind: 'organisation', name: 'UN Security Council', aliases: ['Security Council'] }),
    record({
      id: 'expulsions-2018',
      kind: 'event',
      name: 'Expulsions of 2018',
      aliases: [],
      start: '2018-03-14',
      cues: { phrases: ['expulsion of Russian diplomats'], with: ['sergei-skripal'], from: '2018-03-14', to: '2018-04-30' },
    }),
  ],
  ['National Security Council'],
);
const resolver = createResolver(table);
const found = (text: string, publishedDay = '2018-03-20') => resolveMentions(resolver, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

describe('resolving mentions', () => {
  it('keeps a longer name that holds an alias out: a blocker means nothing', () => {
    expect(found('The National Security Council met; the Security Council did not.')).toEqual(['Security Council→un-security-council']);
  });

  it('reads a surname alone as the person once the page names them in full', () => {
    expect(found('Theresa May spoke. Later, May said more.')).toEqual(['Theresa May→theresa-may', 'May→theresa-may']);
    expect(found('Kim Jong Un arrived. Kim smiled.')).toEqual(['Kim Jong Un→kim-jong-un', 'Kim→kim-jong-un']);
    expect(found('Later, May said more.')).toEqual([]);
  });

  it('does not take a month for a surname', () => {
    expect(found('Theresa May spoke in May 2018, and again on 3 May.')).toEqual(['Theresa May→theresa-may']);
  });

  it('recognises a described event whatever number stands in the phrase', () => {
    expect(found('After the Skripal case came the expulsion of 23 Russian diplomats.')).toEqual([
      'Skripal→sergei-skripal',
      'expulsion of 23 Russian diplomats→expulsions-2018',
    ]);
  });

  it('keeps a specific description valid for two years, beyond a narrow window', () => {
    const text = 'Skripal aside, the expulsion of Russian diplomats still rankles.';
    expect(found(text, '2019-12-01')).toContain('expulsion of Russian diplomats→expulsions-2018');
    expect(found(text, '2020-04-01')).not.toContain('expulsion of Russian diplomats→expulsions-2018');
  });

  it('folds numbers out only when asked', () => {
    expect(foldText('of 23 Russian').text).toBe('of 23 russian');
    expect(foldText('of 23 Russian', true).text).toBe('of russian');
    expect(foldText('a 60-day ultimatum', true).text).toBe('a 60 day ultimatum');
  });
});

describe('a surname shared by several people on the page', () => {
  const kims = createResolver(
    buildAliasTable('k', [
      record({ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', aliases: [] }),
      record({ id: 'kim-yong-chol', kind: 'person', name: 'Kim Yong Chol', aliases: [] }),
    ]),
  );
  it('goes to the one the page names most, and to nobody on a tie', () => {
    const text = 'Kim smiled.';
    const onPage = new Set(['kim-jong-un', 'kim-yong-chol']);
    const most = resolveMentions(kims, text, { onPage, namedCounts: new Map([['kim-jong-un', 3], ['kim-yong-chol', 1]]) });
    expect(most.map((m) => m.recordId)).toEqual(['kim-jong-un']);
    const tie = resolveMentions(kims, text, { onPage, namedCounts: new Map([['kim-jong-un', 1], ['kim-yong-chol', 1]]) });
    expect(tie).toEqual([]);
  });
});
