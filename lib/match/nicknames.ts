import type { DatasetRecord } from '../dataset/types';
import type { AliasVariant } from './alias-table';

/**
 * The familiar forms of given names that English-language news writes for people named formally
 * in the record, and back: "Mike Calvey" for Michael Calvey, "Bob Mueller" for Robert Mueller,
 * "Michael Pompeo" for Mike Pompeo. Without them the surname after a familiar form reads as a
 * namesake's (lib/match/namesake.ts).
 */
const FAMILIAR: Record<string, readonly string[]> = {
  Alexander: ['Alex'],
  Andrew: ['Andy'],
  Anthony: ['Tony'],
  Benjamin: ['Ben'],
  Charles: ['Chuck', 'Charlie'],
  Christopher: ['Chris'],
  Daniel: ['Dan'],
  Edward: ['Ed', 'Ted'],
  Frederick: ['Fred'],
  Gregory: ['Greg'],
  James: ['Jim', 'Jimmy'],
  Jefferson: ['Jeff'],
  Jeffrey: ['Jeff'],
  Joseph: ['Joe'],
  Kenneth: ['Ken'],
  Lawrence: ['Larry'],
  Matthew: ['Matt'],
  Michael: ['Mike'],
  Nicholas: ['Nick'],
  Patrick: ['Pat'],
  Peter: ['Pete'],
  Richard: ['Rick', 'Dick'],
  Robert: ['Bob', 'Rob', 'Bobby'],
  Ronald: ['Ron'],
  Rudolph: ['Rudy'],
  Samuel: ['Sam'],
  Stephen: ['Steve'],
  Steven: ['Steve'],
  Thomas: ['Tom'],
  Timothy: ['Tim'],
  William: ['Bill', 'Will'],
};

const FORMAL = new Map<string, string[]>();
for (const [formal, familiar] of Object.entries(FAMILIAR)) for (const name of familiar) FORMAL.set(name, [...(FORMAL.get(name) ?? []), formal]);

/** The other forms of a person's names of two words or more, given name first: familiar for formal, formal for familiar. */
export function nicknameForms(record: DatasetRecord, aliases: readonly AliasVariant[]): AliasVariant[] {
  if (record.kind !== 'person') return [];
  const written = new Set(aliases.map((a) => a.text));
  const forms: AliasVariant[] = [];
  for (const { text } of aliases) {
    const space = text.indexOf(' ');
    if (space < 0) continue;
    const given = text.slice(0, space);
    for (const other of [...(FAMILIAR[given] ?? []), ...(FORMAL.get(given) ?? [])]) {
      const form = `${other}${text.slice(space)}`;
      if (!written.has(form)) {
        written.add(form);
        forms.push({ text: form, rule: 'name' });
      }
    }
  }
  return forms;
}
