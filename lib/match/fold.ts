import { isDigit } from './char-class';
import { isPlainText } from './text-pattern';

/**
 * Folds text for matching: lower case, no diacritics, one kind of apostrophe, and every run of
 * white space, hyphens and dashes as a single space. `origin[i]` is the index in the input of the
 * folded character `i`, so a match in folded text maps back to the page's own text.
 */
export interface FoldedText {
  /** The folded code units. Valid, like `origin`, until the next fold of the same kind. */
  codes: Uint16Array;
  /** Valid until the next fold of the same kind: it lives in working space that is reused. */
  origin: Int32Array;
  /** The folded text as a string, made on first read, which must come before the next fold of the same kind. */
  readonly text: string;
}

/**
 * Working space for folding, reused by every call and grown when a text needs more: a page is
 * folded in thousands of pieces, and allocating typed arrays for each cost more than the folding.
 */
class Scratch {
  out = new Uint16Array(1024);
  origin = new Int32Array(1024);
  /** Counts the folds made in this space, so that a string is never made from a later one. */
  generation = 0;
  fit(length: number): this {
    if (this.out.length < length) {
      this.out = new Uint16Array(length * 2);
      this.origin = new Int32Array(length * 2);
    }
    this.generation += 1;
    return this;
  }
}

/**
 * Folded code units in working space. The trie walk reads the code units, so the string, which
 * cost as much as the folding and was thrown away at once, is made only for those who ask.
 */
class Folded implements FoldedText {
  private made: string | undefined;
  private readonly generation: number;
  constructor(
    private readonly scratch: Scratch,
    readonly codes: Uint16Array,
    readonly origin: Int32Array,
  ) {
    this.generation = scratch.generation;
  }
  get text(): string {
    if (this.made === undefined) {
      if (this.scratch.generation !== this.generation) throw new Error('Folded text read after its working space was reused');
      this.made = UTF16.decode(this.codes);
    }
    return this.made;
  }
}
const folding = new Scratch();
const dropping = new Scratch();
/** Aliases have their own: an entry is decoded, and its alias folded, in the middle of a text's scan. */
const aliasFolding = new Scratch();

const SEPARATOR = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const APOSTROPHE = /['\u2018\u2019\u02bc\u2032\uff07]/;
/** Invisible characters a page may put inside a word (soft hyphens, joiners): read through them. */
const INVISIBLE = /[\u00ad\u200c\u200d\u2060\ufeff]/;
const foldCache = new Map<string, string>();

/** The accents of Latin letters, decomposed; the Unicode class of marks is left for other scripts. */
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const MARKS = /\p{M}/gu;
function withoutMarks(decomposed: string): string {
  const rest = decomposed.replace(COMBINING_DIACRITICS, '');
  return isPlainText(rest) ? rest : rest.replace(MARKS, '');
}

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let folded: string;
  if (INVISIBLE.test(ch)) folded = '';
  else if (SEPARATOR.test(ch)) folded = ' ';
  else if (APOSTROPHE.test(ch)) folded = "'";
  else {
    const base = withoutMarks(ch.normalize('NFKD')).toLowerCase();
    // Keep the mapping one to one: a character that folds to several (ß, ﬁ) only loses its case.
    folded = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  foldCache.set(ch, folded);
  return folded;
}

const UTF16 = new TextDecoder('utf-16le');
const SPACE = 32;
const DROP = -1;
const codeCache = new Map<number, number>();

/** The folded code unit for one that is not plain ASCII, or DROP. */
function foldCode(code: number): number {
  let folded = codeCache.get(code);
  if (folded === undefined) {
    const ch = foldChar(String.fromCharCode(code));
    folded = ch === '' ? DROP : ch.charCodeAt(0);
    codeCache.set(code, folded);
  }
  return folded;
}

/**
 * `withoutNumbers` also drops free-standing numbers, for phrases that describe an event the same
 * way whatever the count ("the expulsion of 23 Russian diplomats" is "the expulsion of Russian diplomats").
 */
export function foldText(input: string, withoutNumbers = false): FoldedText {
  const folded = foldPlain(input);
  return withoutNumbers ? dropNumbers(input, folded) : folded;
}

/** A digit, a point or a comma: the characters of a written number. */
const isNumberPart = (c: number) => isDigit(c) || c === 46 || c === 44;

/**
 * Folded text without its free-standing numbers (a run of digits, points and commas with a space
 * or the end after it in the input) nor the space that follows each: derived from the folded text,
 * so that the input is folded once for both the aliases and the cues.
 */
export function dropNumbers(input: string, folded: FoldedText): FoldedText {
  const { codes, origin } = folded;
  const length = codes.length;
  if (!hasDigit(codes)) return folded;
  const scratch = dropping.fit(length);
  const { out, origin: kept } = scratch;
  let n = 0;
  for (let k = 0; k < length; k++) {
    const c = codes[k]!;
    if (isDigit(c) && (k === 0 || codes[k - 1] === SPACE)) {
      let end = k;
      while (end < length && isNumberPart(codes[end]!)) end++;
      const after = input.charCodeAt(origin[end - 1]! + 1);
      if (Number.isNaN(after) || after === SPACE || after === 160) {
        k = (end < length && codes[end] === SPACE ? end + 1 : end) - 1;
        continue;
      }
    }
    out[n] = c;
    kept[n++] = origin[k]!;
  }
  return new Folded(scratch, out.subarray(0, n), kept.subarray(0, n));
}

function hasDigit(codes: Uint16Array): boolean {
  for (let k = 0; k < codes.length; k++) if (isDigit(codes[k]!)) return true;
  return false;
}

/** Plain ASCII folded by table: lower case, and white space and the hyphen as a space. */
const ASCII_FOLD = Uint16Array.from({ length: 128 }, (_, code) =>
  code >= 65 && code <= 90 ? code + 32 : code === 32 || code === 45 || (code >= 9 && code <= 13) ? SPACE : code === 39 ? foldCode(code) : code,
);

function foldPlain(input: string, space = folding): FoldedText {
  const scratch = space.fit(input.length);
  const { out, origin } = scratch;
  let n = 0;
  let lastWasSpace = true;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const f = code < 128 ? ASCII_FOLD[code]! : foldCode(code);
    if (f === DROP) continue;
    if (f === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    out[n] = f;
    origin[n++] = i;
  }
  return new Folded(scratch, out.subarray(0, n), origin.subarray(0, n));
}

/** Folds an alias: the same folding, trimmed; a text being folded or scanned meanwhile is left as it was. */
export function foldAlias(alias: string): string {
  return foldPlain(alias, aliasFolding).text.trim();
}

/** A cue's word as matched: folded, and without free-standing numbers, like the text it is matched in. */
export function foldCue(text: string): string {
  return foldText(text, true).text.trim();
}
