/**
 * Term hits that describe nothing that happened, whatever pairs they would make: filtered out as
 * the cue pass reads them (lib/match/resolve.ts).
 */
import type { NearTerm } from './alias-table';
import type { Hit } from './matcher';
import { textPattern } from './text-pattern';
import { isLetterAt } from './char-class';

/**
 * A participle that ends a hyphenated word is an adjective, not what happened: "ground-launched,
 * intermediate-range missiles" are a kind of weapon, "Saudi-led" a coalition. A word that is also
 * an anchor keeps that role, and a noun keeps its place in a compound ("sixty-day ultimatum").
 */
export function inCompound(text: string, hit: Hit, term: NearTerm): boolean {
  return text[hit.start - 1] === '-' && hit.start >= 2 && isLetterAt(text, hit.start - 2) && /(?:ed|en)$/u.test(hit.text) && term.uses.every((u) => u.role === 'trigger');
}

/**
 * "Not", "never", "n't" or "can" and at most one word before a trigger ("has not tested", "did not
 * formally withdraw", "can be shot down"), not "not only"; or "if" and at most one word ("if Moscow
 * expels").
 */
const NEGATION_BEFORE = textPattern(
  String.raw`(?:(?:(?<![\p{L}])(?:not|never|can)|n['\u2019]t)(?:[ \u00a0]+(?!only\b)\p{Ll}+)?|(?<![\p{L}])if(?:[ \u00a0]+\p{L}+)?)[ \u00a0]+$`,
);

/**
 * A trigger that is denied describes nothing that happened: "It has not tested a missile or a
 * nuclear device since November" is about the months since, not the test. So is one only said to
 * be possible: "a fuelled rocket engine can explode on its own" tells of engines, not an explosion,
 * and "retaliation comes if Moscow expels Czech diplomats" of no expulsion yet.
 * A word that is also an anchor keeps that role.
 */
export function negated(text: string, hit: Hit, term: NearTerm): boolean {
  if (!term.uses.every((u) => u.role === 'trigger')) return false;
  const before = text.slice(Math.max(0, hit.start - 24), hit.start);
  // Most words have no negation before them: settled without the pattern (and without it for
  // "American" or "different", which hold "can" and "if" but not as words).
  return /n['\u2019]t|\b(?:not|never|can|if)\b/.test(before) && NEGATION_BEFORE.test(before);
}

/** Verbs that, capitalised, are months: "since March last year" is no march, "in May" no permission. */
const MONTHS_AS_VERBS = new Set(['March', 'May']);

/** A trigger written as a month's name is the month. */
export function namesMonth(hit: Hit): boolean {
  return MONTHS_AS_VERBS.has(hit.text);
}
