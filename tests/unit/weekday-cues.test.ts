import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('an event dated by its weekday', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un' }),
      record({
        id: 'hanoi-summit',
        kind: 'event',
        name: 'Hanoi summit',
        start: '2019-02-27',
        end: '2019-02-28',
        cues: { anchors: ['Metropole'], triggers: ['summit'], with: ['kim-jong-un'], from: '2019-02-26', to: '2019-12-31' },
      }),
    ]),
  );
  const found = (text: string, publishedDay: string) => resolveMentions(resolver, `Kim Jong Un spoke. ${text}`, { publishedDay }).slice(1).map((m) => `${m.text}→${m.recordId}`);

  it('names it where the weekday, read from the page’s date, is one of its days', () => {
    // 1 March 2019 was a Friday: the Thursday before it is 28 February, the summit's second day.
    expect(found('Thursday’s summit ended early.', '2019-03-01')).toEqual(['Thursday’s summit→hanoi-summit']);
    expect(found('Kim Jong Un left the summit early on Thursday.', '2019-03-01')).toEqual(['Kim Jong Un→kim-jong-un', 'summit early on Thursday→hanoi-summit']);
    // Read on 25 February 2019, a Monday, "Wednesday" is the coming one.
    expect(found('Kim Jong Un will arrive for the summit on Wednesday.', '2019-02-25')).toEqual(['Kim Jong Un→kim-jong-un', 'summit on Wednesday→hanoi-summit']);
  });

  it('but not another weekday, a weekday with nothing of the event in its sentence, or one past a name', () => {
    expect(found('Thursday’s summit ended early.', '2019-03-10')).toEqual([]);
    expect(found('Kim Jong Un left the summit on Saturday.', '2019-03-04')).toEqual(['Kim Jong Un→kim-jong-un']);
    expect(found('The summit resumed on Thursday.', '2019-03-01')).toEqual([]);
    expect(found('Kim Jong Un thanked the summit host Vietnam on Thursday.', '2019-03-01')).toEqual(['Kim Jong Un→kim-jong-un']);
  });
});
