import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('a trigger with the treaty it concerns for its object', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'inf-treaty', kind: 'treaty', name: 'INF Treaty', start: '1987-12-08' }),
      record({ id: 'new-start', kind: 'treaty', name: 'New START', start: '2010-04-08' }),
      record({
        id: 'inf-withdrawal',
        kind: 'event',
        name: 'US withdrawal from the INF Treaty',
        start: '2019-08-02',
        cues: { anchors: ['Cold War-era treaty'], triggers: ['withdrew', 'pulled out'], with: ['inf-treaty'], from: '2019-08-01', to: '2020-12-31' },
      }),
    ]),
  );
  const found = (text: string, publishedDay = '2019-08-22') => resolveMentions(resolver, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

  it('describes the event, as its own anchor would', () => {
    expect(found('Washington withdrew from the INF Treaty, citing Russia.')).toEqual(['withdrew from the INF Treaty→inf-withdrawal']);
    expect(found('Since the US pulled out of the landmark INF Treaty, tests resumed.')).toContain('pulled out of the landmark INF Treaty→inf-withdrawal');
  });

  it('by its year and its noun as well as by its name', () => {
    expect(found('The INF Treaty is dead. Washington withdrew from the landmark 1987 pact on Aug. 2.')).toContain('withdrew from the landmark 1987 pact→inf-withdrawal');
    expect(found('New START stands. Washington withdrew from the 2010 treaty.')).toEqual(['New START→new-start', '2010 treaty→new-start']);
  });

  it('needs “from” or “of”, the event’s own treaty, and the event’s window', () => {
    expect(found('US quits Cold War-era INF Treaty')).toEqual(['INF Treaty→inf-treaty']);
    expect(found('Washington withdrew from New START.')).toEqual(['New START→new-start']);
    expect(found('Washington withdrew from the INF Treaty.', '2019-06-01')).toEqual(['INF Treaty→inf-treaty']);
  });
});
