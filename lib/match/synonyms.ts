import { lemmas } from './inflect';

/**
 * Verbs that news uses for one another when it recalls an event: a withdrawal is also "pulled out",
 * "quit", "abandoned", "scrapped"; an expulsion "kicked out"; a seizure "captured"; a dismissal
 * "sacked" or "ousted". A trigger in one family meets the rest at build time, so a record's cues
 * need not list every way each reporter puts it. Plain forms; lib/match/inflect.ts gives the tenses
 * and nouns. Only verbs that keep their meaning beside an anchor belong here: the anchor still has
 * to be near. Meeting, talking and summits, or launching and firing, do not: beside the anchors of
 * one event they also tell of others ("talks" about missile plans at the UN, "fired" missiles).
 */
const FAMILIES: readonly (readonly string[])[] = [
  ['withdraw', 'pull out', 'take out', 'quit', 'exit', 'abandon', 'walk away', 'walk out', 'ditch', 'scrap', 'tear up', 'renounce'],
  ['expel', 'kick out', 'throw out', 'order out', 'send home'],
  ['attack', 'hit', 'target'],
  ['seize', 'capture', 'detain'],
  ['kill', 'die', 'assassinate', 'murder'],
  ['indict', 'charge'],
  ['convict', 'find guilty'],
  ['explode', 'blast', 'blow up'],
  ['implement', 'take effect', 'enter into force'],
  ['dismiss', 'sack', 'oust', 'axe'],
  ['suspend', 'freeze', 'halt'],
  ['cancel', 'call off'],
  ['reimpose', 'restore', 'bring back', 'snap back'],
  ['collapse', 'fall ill'],
  ['publish', 'release', 'make public'],
];

const FAMILY_OF = new Map<string, readonly string[]>();
for (const family of FAMILIES) for (const verb of family) FAMILY_OF.set(verb, family);

/** The other verbs of a trigger's family, in their plain forms; none for a trigger in no family. */
export function synonymsOf(trigger: string): string[] {
  const words = trigger.split(' ');
  const head = words.length === 1 ? lemmas(trigger) : [[lemmas(words[0]!)[0], ...words.slice(1)].join(' ')];
  const family = head.map((h) => FAMILY_OF.get(h)).find((f) => f !== undefined);
  return family ? family.filter((verb) => !head.includes(verb)) : [];
}
