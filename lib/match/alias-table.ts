import type { AliasSource, DatasetRecord } from '../dataset/types';
import { FAMILY_FIRST, familyFirstNames } from './family-names';
import { foldAlias, foldText } from './fold';
import { ministryShortForms } from './ministry-forms';
import { anchorForms, triggerForms } from './inflect';
import { synonymsOf } from './synonyms';
import type { EntryList } from './lazy-list';
import { sameWordsAs } from './same-words';
import { phrasalTriggers } from './split-verbs';
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
  /** When it began, to the month at least (`YYYY-MM` or `YYYY-MM-DD`): a trigger beside that month describes it. */
  began?: string;
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

const ACRONYM = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** An all-capitals alias ("INF", "U.S.") is matched in capitals only; other aliases as names. */
export function aliasVariant(source: AliasSource): AliasVariant {
  const text = typeof source === 'string' ? source : source.text;
  const stated = typeof source === 'string' ? undefined : source.case;
  return { text, rule: stated ?? (ACRONYM.test(text) ? 'exact' : 'name') };
}

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
  for (const [folded, entry] of [...shortForms(records), ...familyFirstNames(records), ...ministryShortForms(records)]) if (!byFolded.has(folded)) byFolded.set(folded, entry);
  const people = new Map(records.filter((r) => r.kind === 'person').map((r) => [r.id, r]));
  for (const record of records) {
    for (const variant of [...treatyForms(record), ...possessiveForms(record, people)]) {
      const folded = foldAlias(variant.text);
      if (folded && !byFolded.has(folded)) byFolded.set(folded, { folded, variants: [variant], recordIds: [record.id] });
    }
  }
  const entries = [...byFolded.values()].sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
  const cues = records.flatMap((record) =>
    (record.cues?.phrases ?? [])
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
  return { version, entries, cues, near, twins, hints, people: [...people.keys()] };
}

/** A cue's word as matched: folded, and without free-standing numbers, like the text it is matched in. */
export function foldCue(text: string): string {
  return foldText(text, true).text.trim();
}

/**
 * The years a record spans: from its start to its end or its last key date, whichever is later.
 * The first is when it happened, or when a treaty was signed; the month, when it began.
 */
function yearsOf(record: DatasetRecord): { years?: Years; began?: string } {
  if (!record.start) return {};
  const first = Number(record.start.slice(0, 4));
  const last = Math.max(first, ...[record.end, ...record.dates.map((d) => d.date)].filter((d) => d !== undefined).map((d) => Number(d.slice(0, 4))));
  return { years: [first, last], ...(record.start.length >= 7 ? { began: record.start } : {}) };
}

/** How long before an event a report may describe it as coming. */
const AHEAD_DAYS = 30;

/** `YYYY-MM-DD` (or a shorter date, read as its first day) less `days`. */
function daysBefore(day: string, days: number): string {
  const [y, m, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7) || 1), Number(day.slice(8, 10) || 1)];
  return new Date(Date.UTC(y, m - 1, d) - days * 86_400_000).toISOString().slice(0, 10);
}

/** What a treaty is called once its year says which: "the 2015 deal", "the 1987 treaty". */
const TREATY_NOUNS = ['treaty', 'deal', 'accord', 'agreement', 'pact', 'convention'];

/**
 * Each event with anchors and triggers, and each of their words once, with the events that use it.
 * A treaty has its nouns as triggers and no anchors: it is never described by proximity, but a
 * year before one of its nouns names it (lib/match/years.ts), on a page that names it or a
 * record related to it.
 */
function nearCues(records: readonly DatasetRecord[]): AliasTable['near'] {
  const events: CueRule[] = [];
  const byFolded = new Map<string, NearTerm>();
  for (const record of records) {
    const c = record.cues;
    const treaty = record.kind === 'treaty' && record.start !== undefined;
    if (!treaty && (!c?.anchors?.length || !c.triggers?.length)) continue;
    const rule: CueRule = c
      ? { recordId: record.id, with: c.with, from: c.from, to: c.to, ahead: daysBefore(c.from, AHEAD_DAYS), ...yearsOf(record) }
      : { recordId: record.id, with: [record.id, ...record.related], from: record.start!, to: '9999-12-31', treaty: true as const, ...yearsOf(record) };
    const event = events.push(rule) - 1;
    for (const { text, role } of nearWords(c?.anchors ?? [], c?.triggers ?? TREATY_NOUNS)) {
      const folded = foldCue(text);
      if (!folded) continue;
      let term = byFolded.get(folded);
      if (!term) {
        term = { folded, variants: [], uses: [] };
        byFolded.set(folded, term);
      }
      const variant = aliasVariant(text);
      if (!term.variants.some((v) => v.text === variant.text && v.rule === variant.rule)) term.variants.push(variant);
      if (!term.uses.some((u) => u.event === event && u.role === role)) term.uses.push({ event, role });
    }
  }
  const terms = [...byFolded.values()];
  return { events, terms, phrasal: phrasalTriggers(terms) };
}

/**
 * An event's anchors and triggers with their other forms (lib/match/inflect.ts), the triggers with
 * the verbs news uses for them (lib/match/synonyms.ts). A form that is
 * also a word of the other role is left to the word as written: an anchor stays an anchor.
 */
function nearWords(anchors: readonly string[], writtenTriggers: readonly string[]): Array<{ text: string; role: NearRole }> {
  const written = new Set([...anchors, ...writtenTriggers].map(foldCue));
  const anchorWords = anchors.flatMap((a) => anchorForms(a).filter((f, k) => k === 0 || !written.has(foldCue(f))));
  const taken = new Set(anchorWords.map(foldCue));
  const synonyms = writtenTriggers.flatMap(synonymsOf).filter((v) => !written.has(foldCue(v)) && !taken.has(foldCue(v)));
  const triggers = [...writtenTriggers, ...new Set(synonyms)];
  const triggerWords = triggers.flatMap((t) => triggerForms(t).filter((f, k) => k === 0 || !taken.has(foldCue(f))));
  return [...anchorWords.map((text) => ({ text, role: 'anchor' as const })), ...triggerWords.map((text) => ({ text, role: 'trigger' as const }))];
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
