import type { NearTable, NearTerm } from './alias-table';
import { isLetterOrDigitAt } from './char-class';
import type { Hit, Mention } from './matcher';
import { textPattern } from './text-pattern';

/**
 * Phrasal verbs split by their object: "pulled the U.S. out of the deal", "kicked 23 diplomats
 * out", "pulls the US out of the 2015 nuclear deal". English puts a short object between a verb
 * and its particle as often as after both, and the object is often a name, which would otherwise
 * stand between the trigger and its anchor and keep the pair apart. The verb, its object and its
 * particle are one trigger hit here, the trigger "pulled out" met whole.
 */

/**
 * The particles of the phrasal triggers news uses ("pull out", "kick out", "walk away", "send
 * back"), and the complement a verdict puts after its object ("found Paul Manafort guilty").
 */
const PARTICLES = ['out', 'away', 'back', 'off', 'guilty'];

/** Whether a character would join the particle before it into a longer word ("outside", "off-duty"). */
function joinsWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
  return c === 0x2019 || isLetterOrDigitAt(text, at);
}

/**
 * Each particle standing as a word after a space, in order: found by plain searches, which cost a
 * page's first texts far less than a pattern does before the browser has compiled it.
 */
function particlesIn(text: string): Array<{ index: number; end: number; particle: string }> {
  const found: Array<{ index: number; end: number; particle: string }> = [];
  for (const particle of PARTICLES) {
    for (const needle of [` ${particle}`, `\u00a0${particle}`]) {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (!joinsWord(text, at + needle.length)) found.push({ index: at, end: at + needle.length, particle });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
/** At most this many words of object: a longer run between verb and particle is a clause, not an object. */
const OBJECT_WORDS = 3;
/** A word of the object: letters, digits, dots ("U.S.") and hyphens, no other punctuation. */
const OBJECT_WORD = textPattern(String.raw`^[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*$`);
/** A word that ends a sentence: two lower-case letters and a full stop, unlike an abbreviation's ("U.S."). */
const SENTENCE_END = textPattern(String.raw`\p{Ll}{2}\.$`);
const VERB = textPattern(String.raw`^\p{L}+$`);

/** The trigger terms of two words whose second is a particle, by their folded text: made once, with the table. */
export function phrasalTriggers(terms: readonly NearTerm[]): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  terms.forEach(({ folded, uses }, k) => {
    const space = folded.indexOf(' ');
    if (space < 0 || folded.indexOf(' ', space + 1) >= 0 || !PARTICLES.includes(folded.slice(space + 1))) return;
    if (uses.some((u) => u.role === 'trigger')) found.push([folded, k]);
  });
  return found;
}

const phrasalOf = new WeakMap<NearTable, Map<string, number>>();
const phrasalTerms = (near: NearTable) => {
  let map = phrasalOf.get(near);
  if (!map) phrasalOf.set(near, (map = new Map(near.phrasal)));
  return map;
};

/** A split trigger whose object is a name, and nothing else: "found [Paul Manafort] guilty". */
export interface NamedObject {
  hit: Hit;
  name: Mention;
}

/**
 * Adds to `termHits` a hit for each phrasal trigger split by an object of one to OBJECT_WORDS
 * words, from the verb to the particle; in place of a hit of the verb alone where the object holds
 * a name (`named`, sorted), since that hit could pair only across the name. Returns those whose
 * object is a name alone, which may say whose event it is (lib/match/pinned-cues.ts, `byObjectName`).
 */
export function addSplitTriggers(text: string, termHits: Hit[], near: NearTable, named: readonly Mention[]): NamedObject[] {
  const phrasal = phrasalTerms(near);
  const objects: NamedObject[] = [];
  if (phrasal.size === 0) return objects;
  for (const m of particlesIn(text)) {
    const particleEnd = m.end;
    const from = Math.max(0, m.index - 64);
    const words = [...text.slice(from, m.index).matchAll(/\S+/gu)];
    // The first word of a cut window may be cut too: never a verb.
    const first = from === 0 ? 0 : 1;
    for (let n = 1; n <= OBJECT_WORDS && words.length - 1 - n >= first; n++) {
      const verb = words[words.length - 1 - n]!;
      // The phrasal verb first: it settles most particles ("carried out") without the patterns.
      const entry = phrasal.get(`${verb[0].toLowerCase()} ${m.particle}`);
      if (entry === undefined) continue;
      const object = words.slice(words.length - n).map((w) => w[0]);
      // A full stop inside the object ends a sentence, unless it is an abbreviation's ("U.S.").
      if (!object.every((w) => OBJECT_WORD.test(w) && !SENTENCE_END.test(w))) break;
      if (!VERB.test(verb[0])) continue;
      const start = from + verb.index;
      const verbEnd = start + verb[0].length;
      const objectStart = from + words[words.length - n]!.index;
      if (named.some((x) => x.start > verbEnd && x.end <= m.index)) removeVerbAlone(termHits, start, verbEnd);
      const hit = { start, end: particleEnd, text: text.slice(start, particleEnd), entry };
      termHits.push(hit);
      const name = named.find((x) => x.start === objectStart && x.end === m.index);
      if (name) objects.push({ hit, name });
      break;
    }
  }
  return objects;
}

/** The verb's own hit ("pulled"), which the split trigger replaces. */
function removeVerbAlone(termHits: Hit[], start: number, end: number): void {
  for (let k = termHits.length - 1; k >= 0; k--) if (termHits[k]!.start === start && termHits[k]!.end <= end) termHits.splice(k, 1);
}
