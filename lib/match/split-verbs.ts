import type { NearTerm } from './alias-table';
import type { Hit, Mention } from './matcher';

/**
 * Phrasal verbs split by their object: "pulled the U.S. out of the deal", "kicked 23 diplomats
 * out", "pulls the US out of the 2015 nuclear deal". English puts a short object between a verb
 * and its particle as often as after both, and the object is often a name, which would otherwise
 * stand between the trigger and its anchor and keep the pair apart. The verb, its object and its
 * particle are one trigger hit here, the trigger "pulled out" met whole.
 */

/** The particles of the phrasal triggers news uses ("pull out", "kick out", "walk away", "send back"). */
const PARTICLE = /[ \u00a0](out|away|back|off)(?![\p{L}\p{N}'\u2019-])/gu;
/** At most this many words of object: a longer run between verb and particle is a clause, not an object. */
const OBJECT_WORDS = 3;
/** A word of the object: letters, digits, dots ("U.S.") and hyphens, no other punctuation. */
const OBJECT_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*$/u;
const VERB = /^\p{L}+$/u;

const phrasalOf = new WeakMap<readonly NearTerm[], Map<string, number>>();

/** The trigger terms of two words whose second is a particle, by their folded text. */
function phrasalTerms(terms: readonly NearTerm[]): Map<string, number> {
  let map = phrasalOf.get(terms);
  if (map) return map;
  map = new Map();
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k]!;
    const words = term.folded.split(' ');
    if (words.length === 2 && /^(out|away|back|off)$/.test(words[1]!) && term.uses.some((u) => u.role === 'trigger')) map.set(term.folded, k);
  }
  phrasalOf.set(terms, map);
  return map;
}

/**
 * Adds to `termHits` a hit for each phrasal trigger split by an object of one to OBJECT_WORDS
 * words, from the verb to the particle; in place of a hit of the verb alone where the object holds
 * a name (`named`, sorted), since that hit could pair only across the name.
 */
export function addSplitTriggers(text: string, termHits: Hit[], terms: readonly NearTerm[], named: readonly Mention[]): void {
  const phrasal = phrasalTerms(terms);
  if (phrasal.size === 0) return;
  for (const m of text.matchAll(PARTICLE)) {
    const particleEnd = m.index + m[0].length;
    const from = Math.max(0, m.index - 64);
    const words = [...text.slice(from, m.index).matchAll(/\S+/gu)];
    // The first word of a cut window may be cut too: never a verb.
    const first = from === 0 ? 0 : 1;
    for (let n = 1; n <= OBJECT_WORDS && words.length - 1 - n >= first; n++) {
      const object = words.slice(words.length - n).map((w) => w[0]);
      // A full stop inside the object ends a sentence, unless it is an abbreviation's ("U.S.").
      if (!object.every((w) => OBJECT_WORD.test(w) && !/\p{Ll}{2}\.$/u.test(w))) break;
      const verb = words[words.length - 1 - n]!;
      if (!VERB.test(verb[0])) continue;
      const entry = phrasal.get(`${verb[0].toLowerCase()} ${m[1]}`);
      if (entry === undefined) continue;
      const start = from + verb.index;
      const verbEnd = start + verb[0].length;
      if (named.some((x) => x.start > verbEnd && x.end <= m.index)) removeVerbAlone(termHits, start, verbEnd);
      termHits.push({ start, end: particleEnd, text: text.slice(start, particleEnd), entry });
      break;
    }
  }
}

/** The verb's own hit ("pulled"), which the split trigger replaces. */
function removeVerbAlone(termHits: Hit[], start: number, end: number): void {
  for (let k = termHits.length - 1; k >= 0; k--) if (termHits[k]!.start === start && termHits[k]!.end <= end) termHits.splice(k, 1);
}
