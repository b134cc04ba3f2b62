import { describe, expect, it } from 'vitest';
import type { AliasTable } from '../../lib/match/alias-table';
import { datedTriggerUses, eventTriggerUses, treatiesOf } from '../../lib/match/trigger-uses';
import { digitPositions, yearBefore } from '../../lib/match/years';

const near: AliasTable['near'] = {
  events: [
    { recordId: 'inf-treaty', with: [], from: '1987-12-08', to: '2030-12-31', treaty: true, began: '1987-12-08' },
    { recordId: 'sochi-talks-2019', with: [], from: '2019-05-14', to: '2019-12-31', began: '2019-05-14' },
    { recordId: 'old-talks', with: [], from: '2000-01-01', to: '2001-12-31' },
  ],
  terms: [{ folded: 'talks', variants: [{ text: 'talks', rule: 'name' }], uses: [{ event: 0, role: 'trigger' }, { event: 1, role: 'trigger' }, { event: 2, role: 'trigger' }, { event: 1, role: 'anchor' }] }],
  phrasal: [],
};

describe('the uses a pinned description reads', () => {
  it('keeps the triggers of events, not of treaties, and of those the ones with a month they began', () => {
    expect(eventTriggerUses(near, 0).map((u) => u.event)).toEqual([1, 2]);
    expect(datedTriggerUses(near, 0).map((u) => u.event)).toEqual([1]);
    expect([...treatiesOf(near)]).toEqual(['inf-treaty']);
  });

  it('gives the same year before a word with the text’s digits found once as without', () => {
    const text = 'Signed in 1987, the treaty; in 2015 the nuclear deal; the 2015 nuclear deal held.';
    const digits = digitPositions(text);
    for (const at of [text.indexOf('treaty'), text.indexOf('deal'), text.lastIndexOf('deal'), text.indexOf('held')]) {
      expect(yearBefore(text, at, digits)).toEqual(yearBefore(text, at));
    }
    expect(yearBefore(text, text.lastIndexOf('deal'), digits)).toEqual({ start: text.lastIndexOf('2015'), year: 2015 });
  });
});
