import { describe, expect, it } from 'vitest';
import type { CueRule } from '../../lib/match/alias-table';
import { datedElsewhere } from '../../lib/match/cue-dates';
import { findDatePhrases } from '../../lib/match/date-phrase';

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
});
