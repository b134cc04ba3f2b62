import type { DatasetRecord } from '../dataset/types';
import { recordAliases, type AliasEntry } from './alias-table';
import { foldAlias } from './fold';

const KINDS = new Set<DatasetRecord['kind']>(['organisation', 'programme', 'treaty']);
/** Small words that some initials keep ("JCPOA": Plan of Action) and others drop ("FBI"). */
const SMALL = new Set(['of', 'and', 'on', 'for']);

/**
 * The initials of a name of three capitalised words or more, with the small words between and
 * without them: "Federal Bureau of Investigation" gives "FBOI" and "FBI".
 */
function initialsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w.toLowerCase() !== 'the');
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (capitalised.length < 3 || !words.every((w) => SMALL.has(w) || /^\p{Lu}\p{Ll}/u.test(w))) return [];
  const initial = (w: string) => w[0]!.toUpperCase();
  return [...new Set([words.map(initial).join(''), capitalised.map(initial).join('')])];
}

/**
 * Initials that stand for an organisation, a programme or a treaty once the page has written
 * its name in full: "the Internet Research Agency", later "the IRA". Short forms, like a surname,
 * they count only on a page that names the record, so initials that mean something else on
 * other pages (the IRA of Ireland) stay unmarked there.
 */
export function initialsForms(records: readonly DatasetRecord[]): Map<string, AliasEntry> {
  const forms = new Map<string, AliasEntry>();
  for (const record of records) {
    if (!KINDS.has(record.kind)) continue;
    for (const text of new Set(recordAliases(record).flatMap((v) => initialsOf(v.text)))) {
      const folded = foldAlias(text);
      const entry = forms.get(folded) ?? { folded, variants: [{ text, rule: 'exact' as const }], recordIds: [], short: true as const };
      if (!entry.recordIds.includes(record.id)) entry.recordIds.push(record.id);
      forms.set(folded, entry);
    }
  }
  return forms;
}
