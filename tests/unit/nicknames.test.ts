import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../lib/dataset/types';
import { recordAliases } from '../../lib/match/alias-table';
import { nicknameForms } from '../../lib/match/nicknames';

const person = (name: string, aliases: string[] = [], kind: DatasetRecord['kind'] = 'person') =>
  ({ id: 'p', kind, name, aliases, summary: '', related: [], sources: [], dates: [] }) as unknown as DatasetRecord;
const forms = (record: DatasetRecord) => nicknameForms(record, recordAliases(record)).map((v) => v.text);

describe('nicknameForms', () => {
  it('writes the familiar given name for a formal one, and back', () => {
    expect(forms(person('Michael Calvey', ['Calvey']))).toEqual(['Mike Calvey']);
    expect(forms(person('Robert Mueller'))).toEqual(['Bob Mueller', 'Rob Mueller', 'Bobby Mueller']);
    expect(forms(person('Mike Pompeo'))).toEqual(['Michael Pompeo']);
    expect(forms(person('Steve Biegun'))).toEqual(['Stephen Biegun', 'Steven Biegun']);
  });

  it('leaves forms the record already has, surnames alone, and other kinds of record', () => {
    expect(forms(person('William Barr', ['Bill Barr', 'Will Barr']))).toEqual([]);
    expect(forms(person('Sergei Lavrov', ['Lavrov']))).toEqual([]);
    expect(forms(person('Robert Mueller', [], 'event'))).toEqual([]);
  });
});
