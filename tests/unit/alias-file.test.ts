import { describe, expect, it } from 'vitest';
import { parseAliasFile } from '../../lib/match/alias-file';
import type { AliasFile } from '../../lib/match/alias-table';

describe('the alias file as a page keeps it', () => {
  const file: AliasFile = {
    version: 'v1',
    cues: [],
    near: {
      events: [],
      terms: [
        { folded: 'talks', variants: [{ text: 'talks', rule: 'name' }], uses: [{ event: 0, role: 'trigger' }, { event: 1, role: 'trigger' }] },
        { folded: 'sochi', variants: [{ text: 'Sochi', rule: 'name' }], uses: [{ event: 0, role: 'anchor' }] },
        { folded: 'met', variants: [{ text: 'met', rule: 'name' }], uses: [{ event: 1, role: 'trigger' }, { event: 0, role: 'anchor' }] },
      ],
    },
    hints: {},
    people: [],
  };

  it('reads the same table, with each distinct use of an anchor or trigger word held once', () => {
    const parsed = parseAliasFile(JSON.stringify(file));
    expect(parsed).toEqual(file);
    const [talks, sochi, met] = parsed.near.terms;
    expect(met!.uses[0]).toBe(talks!.uses[1]);
    expect(met!.uses[1]).toBe(sochi!.uses[0]);
  });
});
