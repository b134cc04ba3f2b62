/**
 * A pattern written with Unicode letter, digit and mark classes (`\p{L}`, `\p{Lu}`, `\p{Ll}`,
 * `\p{N}`, `\p{M}`) that runs as its ASCII twin on text those classes cannot tell apart from
 * ASCII: text of ASCII and the plain punctuation of `char-class.ts` (curly quotes, dashes, the
 * no-break space). A Unicode class costs a page a millisecond or two to compile, the twin a
 * tenth of that, and most news text needs no more; the Unicode pattern is compiled only for text
 * that does (a name with an accent).
 */
import { isPlainCode } from './char-class';

const ASCII_CLASS: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };

/** The source with each Unicode class replaced by its ASCII members, in or out of brackets. */
export function asciiTwin(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const property = /^\\[pP]\{(\w+)\}/.exec(source.slice(i));
      if (property) {
        const members = ASCII_CLASS[property[1]!];
        if (members === undefined || property[0][1] === 'P') throw new Error(`No ASCII twin for ${property[0]}`);
        out += inClass ? members : `[${members}]`;
        i += property[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** Whether every code unit of `text` is ASCII or plain punctuation. */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlainCode(text.charCodeAt(i))) return false;
  return true;
}

export interface TextPattern {
  /** The compiled pattern fit for `text`: the twin where it may stand in, else the Unicode one. */
  for(text: string): RegExp;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** `flags` without `u`, which the Unicode pattern adds; both are compiled on first use. */
export function textPattern(source: string, flags = ''): TextPattern {
  let twin: RegExp | undefined;
  let unicode: RegExp | undefined;
  const pattern: TextPattern = {
    for: (text) => (isPlainText(text) ? (twin ??= new RegExp(asciiTwin(source), flags)) : (unicode ??= new RegExp(source, `${flags}u`))),
    test: (text) => pattern.for(text).test(text),
    exec: (text) => pattern.for(text).exec(text),
  };
  return pattern;
}
