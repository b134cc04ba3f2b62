import type { DatasetRecord } from '../dataset/types';
import type { AliasEntry } from './alias-table';
import { foldAlias } from './fold';

/**
 * Family names written first, as news writes Korean and Chinese names ("Kim Jong Un", later
 * "Kim"); their given names do not stand alone.
 */
export const FAMILY_FIRST = new Set(['Kim', 'Ri', 'Choe', 'Moon', 'Xi', 'Wang', 'Geng', 'Hua', 'Li', 'Lee', 'Park', 'Jung']);

/**
 * Where people of one surname are in the dataset (a father and his daughter), the surname alone
 * cannot tell them apart, and news uses their first names once each is named in full: "Sergei
 * Skripal and his daughter, Yulia", later "Yulia was discharged". Each first name becomes a short
 * form, which counts only on a page that names its person, or one of their relatives, in full.
 */
export function familyFirstNames(records: readonly DatasetRecord[]): Map<string, AliasEntry> {
  const bySurname = new Map<string, DatasetRecord[]>();
  for (const record of records) {
    if (record.kind !== 'person') continue;
    const words = record.name.split(/\s+/);
    if (words.length < 2 || FAMILY_FIRST.has(words[0]!)) continue;
    const surname = foldAlias(words[words.length - 1]!);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), record]);
  }
  const forms = new Map<string, AliasEntry>();
  for (const family of bySurname.values()) {
    if (family.length < 2) continue;
    for (const person of family) {
      const first = person.name.split(/\s+/)[0]!;
      if (!/^\p{Lu}\p{Ll}/u.test(first)) continue;
      const folded = foldAlias(first);
      const kin = family.filter((r) => r !== person).map((r) => r.id);
      const entry = forms.get(folded);
      if (entry) {
        // Two families with one first name: neither relative alone says which is meant.
        entry.recordIds.push(person.id);
        delete entry.kin;
      } else forms.set(folded, { folded, variants: [{ text: first, rule: 'name' }], recordIds: [person.id], short: true, kin });
    }
  }
  return forms;
}
