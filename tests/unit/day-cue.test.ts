import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

describe('an event named by its day', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'donald-trump', kind: 'person', name: 'Donald Trump' }),
      record({
        id: 'midterms-2018',
        kind: 'event',
        name: '2018 midterm elections',
        start: '2018-11-06',
        cues: { anchors: ['midterms'], triggers: ['won'], with: ['donald-trump'], from: '2018-09-01', to: '2019-06-30' },
      }),
    ]),
  );
  const found = (text: string, publishedDay: string) => resolveMentions(resolver, text, { publishedDay }).map((m) => `${m.text}→${m.recordId}`);

  it('names the event that began that day, before it or still to come', () => {
    expect(found('Donald Trump cast the Nov. 6 midterms as a turning point.', '2018-12-01')).toContain('Nov. 6 midterms→midterms-2018');
    expect(found('Donald Trump cast the Nov. 6 midterms as a turning point.', '2018-10-21')).toContain('Nov. 6 midterms→midterms-2018');
    expect(found('Donald Trump cast the November 6 congressional midterms as a test.', '2018-10-21')).toContain(
      'November 6 congressional midterms→midterms-2018',
    );
  });

  it('not another day, nor a timeline’s date before an entry', () => {
    expect(found('Donald Trump cast the Nov. 9 midterms as a turning point.', '2018-12-01')).toEqual(['Donald Trump→donald-trump']);
    expect(found('Donald Trump spoke. 6 November 2018 Midterms held across the country.', '2018-12-01')).toEqual(['Donald Trump→donald-trump']);
  });
});
