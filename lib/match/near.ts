import type { NearTerm } from './alias-table';
import type { Hit } from './matcher';

/**
 * Events recognised by proximity. Reports word one event in many ways ("their talks in the Black
 * Sea resort city of Sochi", "the Sochi talks", "met in Sochi"), and no list of phrases holds them
 * all; but nearly every way puts what is particular to the event (an anchor: its place, its target,
 * its weapon) close to what happened (a trigger: "talks", "explosion", "seized"). An anchor and a
 * trigger of one event, in one sentence and at most NEAR_WORDS words apart, describe it.
 */
export const NEAR_WORDS = 8;
/** A gap longer than this holds more than NEAR_WORDS words of prose: not worth counting. */
const NEAR_CHARS = 90;

/** An anchor and a trigger of `event` (an index into the table's near events), and what lies between. */
export interface NearSpan {
  start: number;
  end: number;
  /** The words between the two: [gapStart, gapEnd). */
  gapStart: number;
  gapEnd: number;
  event: number;
}

/**
 * Pairs each anchor or trigger hit with the closest earlier hit of the other role for the same
 * event; where pairs of one event overlap, the shorter describes it. `hits` index `terms`; they
 * come from the one automaton pass over the text, so this costs what the hits cost.
 */
export function findNear(text: string, hits: readonly Hit[], terms: readonly NearTerm[]): NearSpan[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: NearSpan[] = [];
  const lastOf = new Map<number, number>();
  for (let i = 0; i < sorted.length; i++) {
    const hit = sorted[i]!;
    for (const use of terms[hit.entry]!.uses) {
      for (let j = i - 1; j >= 0; j--) {
        const before = sorted[j]!;
        if (hit.start - before.start > NEAR_CHARS) break;
        if (before.end > hit.start) continue;
        if (!terms[before.entry]!.uses.some((u) => u.event === use.event && u.role !== use.role)) continue;
        if (!withinSentence(text, before.end, hit.start)) continue;
        add(spans, lastOf, { start: before.start, end: hit.end, gapStart: before.end, gapEnd: hit.start, event: use.event });
        break;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function add(spans: NearSpan[], lastOf: Map<number, number>, span: NearSpan): void {
  const last = lastOf.get(span.event);
  const previous = last === undefined ? undefined : spans[last];
  if (previous && previous.end > span.start) {
    if (span.end - span.start < previous.end - previous.start) spans[last!] = span;
    return;
  }
  lastOf.set(span.event, spans.push(span) - 1);
}

const isSpace = (c: number) => c === 32 || c === 160 || (c >= 9 && c <= 13) || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether text[from, to) is a gap inside one sentence of at most NEAR_WORDS words. A full stop
 * ends a sentence only after a lower-case letter or a digit and before a space, so that "U.S."
 * does not; "Mr." does, which loses a pair rather than inventing one.
 */
function withinSentence(text: string, from: number, to: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 33 || c === 63) return false; // ! ?
    if (c === 46 && k + 1 < text.length && isSpace(text.charCodeAt(k + 1)) && k > 0) {
      const p = text.charCodeAt(k - 1);
      if (isLower(p) || isDigit(p)) return false;
    }
    if (isSpace(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > NEAR_WORDS) return false;
    }
  }
  return true;
}
