import { describe, expect, it } from 'vitest';
import { buildAliasTable } from '../../lib/match/alias-table';
import { resolveMentions } from '../../lib/match/resolve';
import { record } from './support/records';
import { resolverFor } from './support/resolver';

const resolver = resolverFor(
  buildAliasTable('t', [
    record({ id: 'troll-factory', kind: 'organisation', name: 'Internet Research Agency' }),
    record({ id: 'chemical-watchdog', kind: 'organisation', name: 'Organisation for the Prohibition of Chemical Weapons' }),
  ]),
);
const found = (text: string) => resolveMentions(resolver, text).map((m) => `${m.text}→${m.recordId}`);

describe('initials of a name', () => {
  it('stand for it on a page that names it in full, in capitals only', () => {
    expect(found('The Internet Research Agency hired hundreds. The IRA paid them; the ira did not.')).toEqual([
      'Internet Research Agency→troll-factory',
      'IRA→troll-factory',
    ]);
  });

  it('stand for nothing on a page that does not name it', () => {
    expect(found('The IRA ceasefire held.')).toEqual([]);
  });

  it('are read with the small words between and without them', () => {
    const page = 'The Organisation for the Prohibition of Chemical Weapons met.';
    expect(found(`${page} The OPCW said so.`)).toEqual(['Organisation for the Prohibition of Chemical Weapons→chemical-watchdog', 'OPCW→chemical-watchdog']);
  });
});
