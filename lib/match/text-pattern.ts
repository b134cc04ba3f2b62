/**
 * A pattern written with Unicode letter, digit and mark classes (`\p{L}`, `\p{Lu}`, `\p{Ll}`,
 * `\p{N}`, `\p{M}`) that runs as its ASCII twin on text those classes cannot tell apart from
 * ASCII: text of ASCII and the plain punctuation of `char-class.ts` (curly quotes, dashes, the
 * no-break space). A Unicode class costs a page a millisecond or two to compile, the twin a
 * tenth of that, and most news text needs no more; the Unicode pattern is compiled only for text
 * that does (a name with an accent).
 */
const ASCII_CLASS: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };
/** A property class, an escape, or a bracket: what the twin's one pass over a source has to tell apart. */
const SOURCE_PART = /\\[pP]\{(\w+)\}|\\.|\[|\]/g;

/** The source with each Unicode class replaced by its ASCII members, in or out of brackets. */
export function asciiTwin(source: string): string {
  let inClass = false;
  return source.replace(SOURCE_PART, (part, property: string | undefined) => {
    if (part === '[') inClass = true;
    else if (part === ']') inClass = false;
    if (property === undefined) return part;
    const members = ASCII_CLASS[property];
    if (members === undefined || part[1] === 'P') throw new Error(`No ASCII twin for ${part}`);
    return inClass ? members : `[${members}]`;
  });
}

/**
 * Any code unit that is not ASCII or plain punctuation (char-class.ts's isPlainCode): ª ² ³ µ ¹ º
 * ¼ ½ ¾ and the rest of Latin-1's letters, and everything past it but General Punctuation and the
 * currency signs.
 */
const NOT_PLAIN = /[^\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20c0]/;

/** Whether every code unit of `text` is ASCII or plain punctuation. */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
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
