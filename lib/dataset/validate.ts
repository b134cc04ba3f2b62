import { buildAliasTable, isAmbiguous, recordAliases } from '../match/alias-table';
import { foldCue } from '../match/fold';
import { foldAlias } from '../match/fold';
import { compareDates, isPartialDate } from './dates';
import { COMMON_WORDS } from './common-words';
import { sourceProblem } from './source-policy';
import { MAX_SUMMARY_LENGTH, RECORD_KINDS, type DatasetRecord } from './types';

export interface SourceFile {
  file: string;
  data: unknown;
}

export interface ValidationResult {
  records: DatasetRecord[];
  errors: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Check = (record: Record<string, unknown>, say: (problem: string) => void) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const checks: Check[] = [
  (r, say) => (typeof r.id === 'string' && ID.test(r.id)) || say('id must be kebab-case'),
  (r, say) => (RECORD_KINDS as readonly unknown[]).includes(r.kind) || say(`kind must be one of ${RECORD_KINDS.join(', ')}`),
  (r, say) => isText(r.name) || say('name is missing'),
  (r, say) => {
    if (r.kind === 'person') (r.gender === 'female' || r.gender === 'male') || say('a person must give gender: "female" or "male"');
    else if (r.gender !== undefined && (RECORD_KINDS as readonly unknown[]).includes(r.kind)) say('only people have a gender');
  },
  (r, say) => {
    if (!isText(r.summary)) return say('summary is missing');
    if (r.summary.length > MAX_SUMMARY_LENGTH) say(`summary is ${r.summary.length} characters; at most ${MAX_SUMMARY_LENGTH}`);
  },
  (r, say) => {
    if (!Array.isArray(r.aliases)) return say('aliases must be an array');
    for (const a of r.aliases) {
      const ok =
        isText(a) ||
        (isObject(a) &&
          isText(a.text) &&
          (a.case === undefined || a.case === 'exact' || a.case === 'name') &&
          (a.ambiguous === undefined || typeof a.ambiguous === 'boolean'));
      if (!ok) say(`alias ${JSON.stringify(a)} must be a string or { text, case?: "exact" | "name", ambiguous?: boolean }`);
    }
  },
  (r, say) => {
    for (const key of ['start', 'end'] as const) {
      if (r[key] !== undefined && !isPartialDate(r[key])) say(`${key} ${JSON.stringify(r[key])} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    if (isPartialDate(r.start) && isPartialDate(r.end) && compareDates(r.end, r.start) < 0) say('end is before start');
  },
  (r, say) => {
    if (!Array.isArray(r.dates) || r.dates.length === 0) return say('dates must list at least one key date');
    for (const d of r.dates) {
      if (!isObject(d) || !isPartialDate(d.date)) say(`key date ${JSON.stringify(d)} has no real date`);
      else if (!isText(d.label)) say(`key date ${d.date} has no label`);
      else if (d.status !== undefined && !isText(d.status)) say(`key date ${d.date} has an empty status`);
    }
  },
  (r, say) => {
    if (!Array.isArray(r.sources) || r.sources.length === 0) return say('sources must list at least one source');
    for (const s of r.sources) {
      if (!isObject(s) || !isText(s.title) || !isHttpUrl(s.url)) say(`source ${JSON.stringify(s)} needs a title and an http(s) url`);
      else {
        const problem = sourceProblem(s.url as string);
        if (problem) say(`source ${s.url}: ${problem}`);
      }
    }
  },
  (r, say) => {
    if (!Array.isArray(r.related) || !r.related.every((id) => typeof id === 'string')) say('related must be an array of ids');
  },
  (r, say) => {
    if (r.cues === undefined) return;
    const c = r.cues;
    if (r.kind !== 'event') return say('only events have cues');
    if (!isObject(c)) return say('cues must be an object');
    const listed = (key: 'phrases' | 'anchors' | 'triggers') => c[key] !== undefined;
    for (const key of ['phrases', 'anchors', 'triggers'] as const) {
      const list = c[key];
      if (list === undefined) continue;
      if (!Array.isArray(list) || list.length === 0 || !list.every(isText)) say(`cues.${key} must list words or phrases`);
      else
        for (const text of list) {
          if (!foldCue(text)) say(`cues.${key}: ${JSON.stringify(text)} is empty once numbers are left out`);
          // A phrase keeps its other words; a lone word with its number gone would mean something else.
          else if (key !== 'phrases' && foldCue(text) !== foldAlias(text)) say(`cues.${key}: ${JSON.stringify(text)} holds a number, which matching leaves out`);
        }
    }
    if (!listed('phrases') && !listed('anchors')) say('cues need phrases, or anchors and triggers');
    if (listed('anchors') !== listed('triggers')) say('cues.anchors and cues.triggers go together: an anchor counts only near a trigger');
    if (Array.isArray(c.anchors) && Array.isArray(c.triggers)) {
      const anchors = new Set(c.anchors.filter(isText).map(foldCue));
      for (const t of c.triggers.filter(isText)) if (anchors.has(foldCue(t))) say(`cues: "${t}" is both an anchor and a trigger`);
    }
    if (!Array.isArray(c.with) || c.with.length === 0 || !c.with.every(isText)) say('cues.with must list record ids');
    const day = (v: unknown) => typeof v === 'string' && v.length === 10 && isPartialDate(v);
    if (!day(c.from) || !day(c.to)) say('cues.from and cues.to must be days (YYYY-MM-DD)');
    else if (compareDates(c.to as string, c.from as string) < 0) say('cues.to is before cues.from');
  },
];

/** Checks that need the whole dataset: unique ids, relations that resolve, aliases that are safe. */
function checkAcrossRecords(located: Array<{ where: string; record: DatasetRecord }>, malformedIds: ReadonlySet<string>, errors: string[]): void {
  const ids = new Map<string, string>();
  for (const { where, record } of located) {
    const first = ids.get(record.id);
    if (first) errors.push(`${where}: duplicate id; first defined at ${first}`);
    else ids.set(record.id, where);
  }
  // A folded alias may stand in several records only where every one of them marks it ambiguous.
  const aliasOwners = new Map<string, Array<{ id: string; ambiguous: boolean }>>();
  for (const { where, record } of located) {
    for (const id of [...record.related, ...(record.cues?.with ?? [])]) {
      // A malformed record is reported once, by itself, not again by every record relating to it.
      if (!ids.has(id) && !malformedIds.has(id)) errors.push(`${where}: related id "${id}" does not exist`);
      if (id === record.id) errors.push(`${where}: relates to itself`);
    }
    const ambiguous = new Set(record.aliases.filter(isAmbiguous).map((a) => foldAlias(typeof a === 'string' ? a : a.text)));
    for (const variant of recordAliases(record)) {
      const folded = foldAlias(variant.text);
      if (!folded) errors.push(`${where}: alias ${JSON.stringify(variant.text)} is empty once folded`);
      if (variant.rule === 'name' && COMMON_WORDS.has(folded)) {
        errors.push(`${where}: alias "${variant.text}" is a common English word; give it case "exact" or drop it`);
      }
      const owners = aliasOwners.get(folded) ?? [];
      if (!owners.some((o) => o.id === record.id)) owners.push({ id: record.id, ambiguous: ambiguous.has(folded) });
      aliasOwners.set(folded, owners);
    }
  }
  for (const [folded, owners] of aliasOwners) {
    if (owners.length > 1 && owners.some((o) => !o.ambiguous)) {
      const where = located.find((l) => l.record.id === owners.find((o) => !o.ambiguous)!.id)!.where;
      errors.push(`${where}: alias "${folded}" is shared by ${owners.map((o) => o.id).join(', ')}; mark it ambiguous in each, or drop it`);
    }
  }
}

export function validateSources(files: readonly SourceFile[]): ValidationResult {
  const errors: string[] = [];
  const located: Array<{ where: string; record: DatasetRecord }> = [];
  const malformedIds = new Set<string>();
  for (const { file, data } of files) {
    if (!Array.isArray(data)) {
      errors.push(`${file}: must hold a JSON array of records`);
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const label = isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
      const where = `${file} [${label}]`;
      if (!isObject(raw)) return void errors.push(`${where}: not an object`);
      const before = errors.length;
      for (const check of checks) check(raw, (problem) => void errors.push(`${where}: ${problem}`));
      if (errors.length === before) located.push({ where, record: raw as unknown as DatasetRecord });
      else if (typeof raw.id === 'string') malformedIds.add(raw.id);
    });
  }
  checkAcrossRecords(located, malformedIds, errors);
  return { records: located.map((l) => l.record), errors };
}

/** Blockers are names that contain an alias but mean something else; none may be an alias itself. */
export function validateBlockers(data: unknown, records: readonly DatasetRecord[]): { blockers: string[]; errors: string[] } {
  if (!Array.isArray(data)) return { blockers: [], errors: ['data/blockers.json: must hold a JSON array'] };
  const aliases = new Set(records.flatMap((r) => recordAliases(r).map((v) => foldAlias(v.text))));
  const errors: string[] = [];
  const blockers: string[] = [];
  for (const b of data as unknown[]) {
    if (!isObject(b) || !isText(b.text) || !isText(b.why)) errors.push(`data/blockers.json: ${JSON.stringify(b)} needs text and why`);
    else if (aliases.has(foldAlias(b.text))) errors.push(`data/blockers.json: "${b.text}" is an alias of a record`);
    else blockers.push(b.text);
  }
  return { blockers, errors };
}

/** Everything the build and the loader need, or the reasons there is nothing. */
export function compileDataset(version: string, files: readonly SourceFile[], blockerData: unknown = []) {
  const { records, errors } = validateSources(files);
  const { blockers, errors: blockerErrors } = validateBlockers(blockerData, records);
  return { errors: [...errors, ...blockerErrors], dataset: { version, records }, aliases: buildAliasTable(version, records, blockers) };
}
