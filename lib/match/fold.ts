/**
 * Folds text for matching: lower case, no diacritics, one kind of apostrophe, and every run of
 * white space, hyphens and dashes as a single space. `origin[i]` is the index in the input of the
 * folded character `i`, so a match in folded text maps back to the page's own text.
 */
export interface FoldedText {
  text: string;
  /** Valid until the next fold of the same kind: it lives in working space that is reused. */
  origin: Int32Array;
}

/**
 * Working space for folding, reused by every call and grown when a text needs more: a page is
 * folded in thousands of pieces, and allocating typed arrays for each cost more than the folding.
 */
class Scratch {
  out = new Uint16Array(1024);
  origin = new Int32Array(1024);
  fit(length: number): this {
    if (this.out.length < length) {
      this.out = new Uint16Array(length * 2);
      this.origin = new Int32Array(length * 2);
    }
    return this;
  }
}
const folding = new Scratch();
const dropping = new Scratch();

const SEPARATOR = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const APOSTROPHE = /['\u2018\u2019\u02bc\u2032\uff07]/;
/** Invisible characters a page may put inside a word (soft hyphens, joiners): read through them. */
const INVISIBLE = /[\u00ad\u200c\u200d\u2060\ufeff]/;
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let folded: string;
  if (INVISIBLE.test(ch)) folded = '';
  else if (SEPARATOR.test(ch)) folded = ' ';
  else if (APOSTROPHE.test(ch)) folded = "'";
  else {
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
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

const HAS_DIGIT = /\d/;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** A digit, a point or a comma: the characters of a written number. */
const isNumberPart = (c: number) => isDigit(c) || c === 46 || c === 44;

/**
 * Folded text without its free-standing numbers (a run of digits, points and commas with a space
 * or the end after it in the input) nor the space that follows each: derived from the folded text,
 * so that the input is folded once for both the aliases and the cues.
 */
export function dropNumbers(input: string, folded: FoldedText): FoldedText {
  const { text, origin } = folded;
  if (!HAS_DIGIT.test(text)) return folded;
  const { out, origin: kept } = dropping.fit(text.length);
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c) && (k === 0 || text.charCodeAt(k - 1) === SPACE)) {
      let end = k;
      while (end < text.length && isNumberPart(text.charCodeAt(end))) end++;
      const after = input.charCodeAt(origin[end - 1]! + 1);
      if (Number.isNaN(after) || after === SPACE || after === 160) {
        k = (end < text.length && text.charCodeAt(end) === SPACE ? end + 1 : end) - 1;
        continue;
      }
    }
    out[n] = c;
    kept[n++] = origin[k]!;
  }
  return { text: UTF16.decode(out.subarray(0, n)), origin: kept.subarray(0, n) };
}

/** Plain ASCII folded by table: lower case, and white space and the hyphen as a space. */
const ASCII_FOLD = Uint16Array.from({ length: 128 }, (_, code) =>
  code >= 65 && code <= 90 ? code + 32 : code === 32 || code === 45 || (code >= 9 && code <= 13) ? SPACE : code === 39 ? foldCode(code) : code,
);

function foldPlain(input: string): FoldedText {
  const { out, origin } = folding.fit(input.length);
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
  return { text: UTF16.decode(out.subarray(0, n)), origin: origin.subarray(0, n) };
}

/** Folds an alias: the same folding, trimmed. */
export function foldAlias(alias: string): string {
  return foldText(alias).text.trim();
}
