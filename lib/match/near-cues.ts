import type { DatasetRecord } from '../dataset/types';
import type { AliasTable, CueRule, NearRole, NearTerm } from './alias-table';
import { aliasVariant } from './case-rules';
import { foldCue } from './fold';
import { otherHeads, servantsOf } from './anchor-nouns';
import { countsIn } from './counts';
import { anchorForms, triggerForms } from './inflect';
import { phrasalTriggers } from './split-verbs';
import { synonymsOf } from './synonyms';
import type { Years } from './years';

/**
 * The years a record spans: from its start to its end or its last key date, whichever is later.
 * The first is when it happened, or when a treaty was signed; the month, when it began.
 */
export function yearsOf(record: DatasetRecord): { years?: Years; began?: string; ended?: string } {
  if (!record.start) return {};
  const first = Number(record.start.slice(0, 4));
  const last = Math.max(first, ...[record.end, ...record.dates.map((d) => d.date)].filter((d) => d !== undefined).map((d) => Number(d.slice(0, 4))));
  const ended = record.end?.length === 10 && record.start.length === 10 ? { ended: record.end } : {};
  return { years: [first, last], ...(record.start.length >= 7 ? { began: record.start } : {}), ...ended };
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
export function nearCues(records: readonly DatasetRecord[]): AliasTable['near'] {
  const events: CueRule[] = [];
  const targetsOf = new Map<CueRule, string[]>();
  const byFolded = new Map<string, NearTerm>();
  for (const record of records) {
    const c = record.cues;
    const treaty = record.kind === 'treaty' && record.start !== undefined;
    if (!treaty && (!c?.anchors?.length || !c.triggers?.length)) continue;
    const counts = [...new Set([record.name, ...record.aliases.map((a) => aliasVariant(a).text), ...(c?.phrases ?? [])].flatMap(countsIn))];
    const rule: CueRule = c
      ? { recordId: record.id, with: c.with, from: c.from, to: c.to, ahead: daysBefore(c.from, AHEAD_DAYS), ...yearsOf(record), ...(counts.length > 0 ? { counts } : {}) }
      : { recordId: record.id, with: [record.id, ...record.related], from: record.start!, to: '9999-12-31', treaty: true as const, ...yearsOf(record) };
    const event = events.push(rule) - 1;
    if (!treaty) targetsOf.set(rule, [...new Set([...(c?.with ?? []), ...record.related])]);
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
  addTargets(targetsOf, new Map(records.map((r) => [r.id, r.kind])));
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
  const anchorWords = anchors.flatMap((a) => [...anchorForms(a), ...otherHeads(a).flatMap(anchorForms), ...servantsOf(a)].filter((f, k) => k === 0 || !written.has(foldCue(f))));
  const taken = new Set(anchorWords.map(foldCue));
  const synonyms = writtenTriggers.flatMap(synonymsOf).filter((v) => !written.has(foldCue(v)) && !taken.has(foldCue(v)));
  const triggers = [...writtenTriggers, ...new Set(synonyms)];
  const triggerWords = triggers.flatMap((t) => triggerForms(t).filter((f, k) => k === 0 || !taken.has(foldCue(f))));
  return [...anchorWords.map((text) => ({ text, role: 'anchor' as const })), ...triggerWords.map((text) => ({ text, role: 'trigger' as const }))];
}

/**
 * An event's object, written after one of its triggers, describes it (lib/match/target-cues.ts)
 * where the object is particular: a place, an organisation or a programme that few events concern.
 * A country or a ministry that many concern says too little ("sanctions on Russia"), and a person's
 * name stays theirs to hover. A treaty is particular however many events concern it: what was done
 * to it is told by the trigger ("suspend the INF Treaty", "signed the INF Treaty"), and `decide`
 * keeps a description only where one event fits.
 */
const MAX_EVENTS_PER_TARGET = 10;
const TARGET_KINDS = new Set<DatasetRecord['kind']>(['place', 'organisation', 'programme', 'treaty']);

function addTargets(targetsOf: ReadonlyMap<CueRule, string[]>, kinds: ReadonlyMap<string, DatasetRecord['kind']>): void {
  const counts = new Map<string, number>();
  for (const ids of targetsOf.values()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [rule, ids] of targetsOf) {
    const targets = ids.filter((id) => TARGET_KINDS.has(kinds.get(id)!) && (kinds.get(id) === 'treaty' || counts.get(id)! <= MAX_EVENTS_PER_TARGET));
    if (targets.length > 0) rule.targets = targets;
  }
}
