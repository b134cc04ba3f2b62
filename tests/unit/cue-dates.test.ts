import { describe, expect, it } from 'vitest';
import type { CueRule } from '../../lib/match/alias-table';
import { datedElsewhere } from '../../lib/match/cue-dates';
import { findDatePhrases } from '../../lib/match/date-phrase';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

const withdrawal: CueRule = { recordId: 'inf-us-withdrawal-2019', with: [], from: '2018-10-20', to: '2020-12-31', years: [2018, 2019] };
const dateIn = (text: string) => findDatePhrases(text)[0]!;

describe('a month or year beside a description', () => {
  it('rules the event out in a past year before it began', () => {
    expect(datedElsewhere(dateIn('left the treaty in 2002'), '2019-12-27', withdrawal)).toBe(true);
    expect(datedElsewhere(dateIn('left the treaty last year'), '2017-05-01', withdrawal)).toBe(true);
  });

  it('rules it out after its last year', () => {
    expect(datedElsewhere(dateIn('left the treaty in 2021'), '2021-06-01', withdrawal)).toBe(true);
  });

  it('keeps its own years, and a year still to come, which may speak of it ahead', () => {
    expect(datedElsewhere(dateIn('left the treaty in August'), '2019-12-27', withdrawal)).toBe(false);
    expect(datedElsewhere(dateIn('will leave the treaty in 2018'), '2017-05-01', withdrawal)).toBe(false);
    expect(datedElsewhere(dateIn('will leave the treaty in 2019'), '2018-11-01', withdrawal)).toBe(false);
  });

  it('reads "last" and the month before the page’s as that month or the one a year earlier', () => {
    const exit: CueRule = { recordId: 'us-jcpoa-withdrawal-2018', with: [], from: '2018-05-08', to: '2020-12-31', years: [2018, 2018] };
    expect(datedElsewhere(dateIn('walked out of the deal last May'), '2019-06-21', exit)).toBe(false);
    expect(datedElsewhere(dateIn('walked out of the deal last April'), '2019-06-21', exit)).toBe(true);
  });

  it('reads a month without a year, before the event, as the coming one', () => {
    const summit: CueRule = { recordId: 'singapore-summit-2018', with: [], from: '2018-06-10', to: '2020-12-31', years: [2018, 2018] };
    expect(datedElsewhere(dateIn('his meeting in Singapore on June 12'), '2018-05-14', summit)).toBe(false);
    expect(datedElsewhere(dateIn('his meeting in Singapore last June'), '2018-05-14', summit)).toBe(true);
  });
});

describe('a description dated to its event', () => {
  const resolver = resolverFor(
    buildAliasTable('t', [
      record({ id: 'petro-poroshenko', kind: 'person', name: 'Petro Poroshenko' }),
      record({
        id: 'kerch-incident-2018',
        kind: 'event',
        name: 'Kerch incident',
        start: '2018-11-25',
        cues: { anchors: ['Kerch', 'Ukrainian ships'], triggers: ['seized'], with: ['petro-poroshenko'], from: '2018-11-25', to: '2019-12-31' },
      }),
    ]),
  );
  const found = (text: string, publishedDay: string) =>
    resolveMentions(resolver, text, { publishedDay, onPage: new Set(['petro-poroshenko']) }).map((m) => `${m.text}→${m.recordId}`);

  it('counts after its window where the month and year that open its line are its event’s, as a timeline dates each entry', () => {
    expect(found('November 25, 2018: Russia seized Ukrainian ships near Kerch.', '2020-06-01')).toContain('seized Ukrainian ships→kerch-incident-2018');
  });

  it('does not, without a date, or with another year', () => {
    expect(found('Russia seized Ukrainian ships near Kerch.', '2020-06-01')).toEqual([]);
    expect(found('November 25, 2016: Russia seized Ukrainian ships near Kerch.', '2018-12-01')).toEqual([]);
  });
});
