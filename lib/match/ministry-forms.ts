import type { DatasetRecord } from '../dataset/types';
import type { AliasEntry } from './alias-table';
import { foldAlias } from './fold';

/** "Russian Defence Ministry": a country's word, then the ministry's own words. */
const MINISTRY = /^\p{Lu}[\p{L}'\u2019]+ ((Foreign|Defen[cs]e|Interior|Finance|Justice) Ministry)$/u;
/** Both spellings of a ministry that British and American papers write differently. */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = { Defence: ['Defence', 'Defense'], Defense: ['Defence', 'Defense'] };
/** The other way news writes a ministry: "Ministry of Defence", "Ministry of Foreign Affairs". */
const OF_FORM: Readonly<Record<string, string>> = { Foreign: 'Foreign Affairs' };

/**
 * A country's ministry, once named in full ("Russia's Foreign Ministry"), is then "the Foreign
 * Ministry" or "the Ministry of Defence": short forms that count, like a surname, only on a page
 * that names the ministry in full, and not after another country's word ("Japan's Defence
 * Ministry", which `decide` leaves out).
 */
export function ministryShortForms(records: readonly DatasetRecord[]): Map<string, AliasEntry> {
  const forms = new Map<string, AliasEntry>();
  for (const record of records) {
    if (record.kind !== 'organisation') continue;
    const field = MINISTRY.exec(record.name)?.[2];
    if (!field) continue;
    for (const word of SPELLINGS[field] ?? [field]) {
      for (const text of [`${word} Ministry`, `Ministry of ${OF_FORM[word] ?? word}`]) {
        const folded = foldAlias(text);
        const entry = forms.get(folded) ?? { folded, variants: [{ text, rule: 'name' as const }], recordIds: [], short: true as const };
        if (!entry.recordIds.includes(record.id)) entry.recordIds.push(record.id);
        forms.set(folded, entry);
      }
    }
  }
  return forms;
}
