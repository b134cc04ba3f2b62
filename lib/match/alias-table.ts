import type { AliasSource, DatasetRecord } from '../dataset/types';
import { FAMILY_FIRST, familyFirstNames } from './family-names';
import { aliasVariant } from './case-rules';
import { foldAlias, foldCue } from './fold';
import { nearCues, yearsOf } from './near-cues';
import { presentForms } from './inflect';
import { ministryShortForms } from './ministry-forms';
import { initialsForms } from './initials';
import { nicknameForms } from './nicknames';
import type { EntryList } from './lazy-list';
import { sameWordsAs } from './same-words';
import type { Years } from './years';

/** How a match's letter case is checked against the alias it matched. */
export type CaseRule = 'exact' | 'name';

export interface AliasVariant {
  text: string;
  rule: CaseRule;
}

/**
 * Every alias that folds to the same text, and the records it may mean. An entry that means no
 * record is a blocker: a longer name ("National Security Council") that holds a shorter alias
 * ("Security Council") but is something else; matched like any alias, it keeps the shorter one out.
 */
export interface AliasEntry {
  folded: string;
  variants: AliasVariant[];
  recordIds: string[];
  /**
   * A short form (a person's surname alone, a relative's first name, a ministry without its
   * country): it means its record only on a page that names it in full (lib/match/short-forms.ts).
   */
  short?: true;
  /** The relatives of a first name's person: naming one of them in full lets it count too ("Sergei Skripal and his daughter Yulia"). */
  kin?: string[];
}

/** The event a cue means, and when it may be taken to mean it. */
export interface CueRule {
  recordId: string;
  /** One of these records must be mentioned on the page too. */
  with: string[];
  from: string;
  to: string;
  /** The event's years: a description that writes another year means something else. */
  years?: Years;
  /**
   * From when a report may speak of it ahead ("his summit in Helsinki with Putin" a week before):
   * proximity cues only, since an anchor and a trigger are specific enough to name a coming event.
   */
  ahead?: string;
  /** A treaty's nouns, which name it ("the 2015 deal") but describe nothing that happened. */
  treaty?: true;
  /**
   * Places, organisations and programmes the event concerns (its `with` and `related`) that few
   * other events do, which written after a trigger describe it: "the seizure of Crimea", "a meeting of the UN Security Council" (lib/match/target-cues.ts).
   */
  targets?: string[];
  /** When it began, to the month at least (`YYYY-MM` or `YYYY-MM-DD`): a trigger beside that month describes it. */
  began?: string;
  /** Its last day, where it lasted several (`YYYY-MM-DD`): a weekday of any of them dates it. */
  ended?: string;
  /** What its names and phrases count ("12 Russian intelligence officers"): a description counting otherwise is of another event (lib/match/counts.ts). */
  counts?: number[];
}

/** A phrase that describes an event. */
export interface CueEntry extends CueRule {
  folded: string;
  variants: AliasVariant[];
}

export type NearRole = 'anchor' | 'trigger';

/** An anchor or trigger word (lib/match/near.ts), with every event that uses it and how. */
export interface NearTerm {
  folded: string;
  variants: AliasVariant[];
  /** `event` indexes `near.events`. */
  uses: Array<{ event: number; role: NearRole }>;
}

/** What disambiguation needs to know of a record that shares an alias. */
export interface RecordHint {
  start?: string;
  end?: string;
  related: string[];
}

/** Events recognised by an anchor near a trigger, and the words of all of them. */
export interface NearTable {
  events: readonly CueRule[];
  terms: EntryList<NearTerm>;
  /** The two-word triggers whose second word is a particle ("pulled out"), folded, with their term's index (split-verbs.ts). */
  phrasal: ReadonlyArray<readonly [string, number]>;
}

/** Later cue phrases and near terms (cues first, then terms) with the same words as an earlier one (same-words.ts). */
export type Twins = ReadonlyArray<readonly [number, readonly number[]]>;

/** What a resolver reads of a table: the whole table built, or the parts a page maps from the extension's files. */
export interface ResolverTable {
  version: string;
  cues: EntryList<CueEntry>;
  near: NearTable;
  twins: Twins;
  /** For every record named by an ambiguous alias. */
  hints: Readonly<Record<string, RecordHint>>;
  /** Ids of the people: "Mueller's inquiry" is theirs; "Ukraine's parliament voted" is no event of Ukraine's. */
  people: readonly string[];
  /** Ids of the women among them: "Ms" or "Mrs" before a man's surname names someone else. */
  women: readonly string[];
}

export interface AliasTable extends ResolverTable {
  entries: AliasEntry[];
  cues: CueEntry[];
  near: NearTable & { events: CueRule[]; terms: NearTerm[] };
}

/**
 * The table as the extension's file holds it: the alias entries, cue phrases and near terms travel
 * in the compiled matcher file instead (matcher-file.ts), where a page decodes only those it meets.
 */
export type AliasFile = Omit<ResolverTable, 'cues' | 'near'> & { near: Omit<NearTable, 'terms'> };

export function isAmbiguous(source: AliasSource): boolean {
  return typeof source !== 'string' && source.ambiguous === true;
}

/** The record's aliases and its name; an alias that restates the name keeps its own case rule. */
export function recordAliases(record: DatasetRecord): AliasVariant[] {
  const variants = [...record.aliases.map(aliasVariant), aliasVariant(record.name)];
  const seen = new Set<string>();
  return variants.filter((v) => !seen.has(v.text) && seen.add(v.text));
}

export function buildAliasTable(version: string, records: readonly DatasetRecord[], blockers: readonly string[] = []): AliasTable {
  const byFolded = new Map<string, AliasEntry>();
  for (const text of blockers) {
    const folded = foldAlias(text);
    if (folded && !byFolded.has(folded)) byFolded.set(folded, { folded, variants: [{ text, rule: 'name' }], recordIds: [] });
  }
  for (const record of records) {
    for (const variant of recordAliases(record)) {
      const folded = foldAlias(variant.text);
      if (!folded) continue;
      let entry = byFolded.get(folded);
      if (!entry) {
        entry = { folded, variants: [], recordIds: [] };
        byFolded.set(folded, entry);
      }
      if (!entry.variants.some((v) => v.text === variant.text && v.rule === variant.rule)) {
        entry.variants.push(variant);
      }
      if (!entry.recordIds.includes(record.id)) entry.recordIds.push(record.id);
    }
  }
  for (const [folded, entry] of [...shortForms(records), ...familyFirstNames(records), ...ministryShortForms(records), ...initialsForms(records)]) if (!byFolded.has(folded)) byFolded.set(folded, entry);
  const people = new Map(records.filter((r) => r.kind === 'person').map((r) => [r.id, r]));
  for (const record of records) {
    for (const variant of [...treatyForms(record), ...possessiveForms(record, people), ...nicknameForms(record, recordAliases(record))]) {
      const folded = foldAlias(variant.text);
      if (folded && !byFolded.has(folded)) byFolded.set(folded, { folded, variants: [variant], recordIds: [record.id] });
    }
  }
  const entries = [...byFolded.values()].sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
  const cues = records.flatMap((record) =>
    (record.cues?.phrases ?? [])
      .flatMap((phrase) => [phrase, ...presentForms(phrase)])
      // Cues are matched with free-standing numbers left out; one left a single word ("2016 vote") is too vague.
      .map((phrase) => ({ phrase, folded: foldCue(phrase) }))
      .filter(({ folded }) => folded.includes(' '))
      .map(({ phrase, folded }) => ({
        folded,
        variants: [aliasVariant(phrase)],
        recordId: record.id,
        with: record.cues!.with,
        from: record.cues!.from,
        to: record.cues!.to,
        ...yearsOf(record),
      })),
  );
  const near = nearCues(records);
  const byId = new Map(records.map((r) => [r.id, r]));
  const hints: Record<string, RecordHint> = {};
  for (const entry of entries) {
    if (entry.recordIds.length < 2) continue;
    for (const id of entry.recordIds) {
      const r = byId.get(id)!;
      hints[id] = { related: r.related, ...(r.start ? { start: r.start } : {}), ...(r.end ? { end: r.end } : {}) };
    }
  }
  const twins = [...sameWordsAs([...cues, ...near.terms])];
  const women = [...people.values()].filter((r) => r.gender === 'female').map((r) => r.id);
  return { version, entries, cues, near, twins, hints, people: [...people.keys()], women };
}


const SUFFIX = /^(Jr\.?|Sr\.?|II|III)$/;

/**
 * The other ways news writes a treaty's name: without "Treaty" once it is capitalised and two words
 * or more ("Open Skies"), and "Treaty on X" for "X Treaty" (X plural), and back. None that another record holds.
 */
function treatyForms(record: DatasetRecord): AliasVariant[] {
  if (record.kind !== 'treaty') return [];
  return recordAliases(record).flatMap(({ text }) => {
    const before = /^(\p{Lu}\S*(?: \S+)+) Treaty$/u.exec(text)?.[1];
    // "Treaty on Open Skies" reads; "Treaty on Anti-Ballistic Missile" does not: only a plural turns round.
    if (before) return [{ text: before, rule: 'exact' as const }, ...(/s$/.test(before) ? [{ text: `Treaty on ${before}`, rule: 'name' as const }] : [])];
    const after = /^Treaty on (\p{Lu}.*)$/u.exec(text)?.[1];
    return after ? [{ text: `${after} Treaty`, rule: 'name' as const }] : [];
  });
}

/** Acts a person may do as well as undergo: "Soleimani's strike" would be one he ordered, not his killing. */
const OWN_ACTS = new Set(['strike', 'attack', 'raid', 'expulsions']);

/**
 * "Steele dossier" is also written "Steele's dossier" and "Christopher Steele's dossier", as news
 * writes the possessive of the person an event or a document is named after: the person first
 * among those it concerns, where the rest of the alias is plain nouns.
 */
function possessiveForms(record: DatasetRecord, people: ReadonlyMap<string, DatasetRecord>): AliasVariant[] {
  if (record.kind === 'person') return [];
  const ownerId = [...(record.cues?.with ?? []), ...record.related].find((id) => people.has(id));
  if (!ownerId) return [];
  const owner = people.get(ownerId)!;
  const surname = owner.name.split(/\s+/).pop()!;
  const fullNames = recordAliases(owner).map((v) => v.text).filter((n) => n.includes(' ') && n.endsWith(` ${surname}`));
  return recordAliases(record).flatMap(({ text }) => {
    const rest = text.startsWith(`${surname} `) ? /^((?:\p{Ll}+ ?)+)$/u.exec(text.slice(surname.length + 1))?.[1] : undefined;
    if (!rest || OWN_ACTS.has(rest)) return [];
    return [surname, ...fullNames].map((name) => ({ text: `${name}\u2019s ${rest}`, rule: 'name' as const }));
  });
}

const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);

/**
 * The short forms news uses for a person after naming them in full: the surname, or the family
 * name where it comes first. Each becomes an entry that counts only where the full name is on the page.
 */
function shortForms(records: readonly DatasetRecord[]): Map<string, AliasEntry> {
  const forms = new Map<string, AliasEntry>();
  for (const record of records) {
    if (record.kind !== 'person') continue;
    const words = record.name.split(/\s+/).filter((w) => !SUFFIX.test(w));
    if (words.length < 2) continue;
    // After "bin" or "ibn" the last name is the father's: "Salman" alone is King Salman, not his son.
    if (PATRONYMIC.has(words[words.length - 2]!.toLowerCase())) continue;
    const form = FAMILY_FIRST.has(words[0]!) ? words[0]! : words[words.length - 1]!;
    if (!/^\p{Lu}/u.test(form) || form.length < 2) continue;
    const folded = foldAlias(form);
    const entry = forms.get(folded) ?? { folded, variants: [{ text: form, rule: 'name' as const }], recordIds: [], short: true as const };
    entry.recordIds.push(record.id);
    forms.set(folded, entry);
  }
  return forms;
}
