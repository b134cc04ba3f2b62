/**
 * "MAY" in a line set in capitals may be the verb: "THIS COPY MAY NOT BE IN ITS FINAL FORM",
 * "TALKS MAY BE DELAYED". In mixed case the name and the verb never meet ("may" is the verb); in
 * capitals, a word that only a verb takes after it says which.
 */
import { isBlank } from './char-class';

/** Names that are also modal verbs. */
const MODALS = new Set(['MAY']);
/** Words after which the modal is a verb: "MAY NOT", "MAY BE", "MAY WELL"; never a name's next word in a headline. */
const AFTER_VERB = new Set(['NOT', 'BE', 'HAVE', 'NEVER', 'WELL']);

/** Whether text[start, end), a name in capitals, is a modal verb there. */
export function verbInCapitals(text: string, start: number, end: number): boolean {
  if (!MODALS.has(text.slice(start, end)) || !isBlank(text.charCodeAt(end))) return false;
  let after = end + 1;
  while (after < text.length && text.charCodeAt(after) >= 65 && text.charCodeAt(after) <= 90) after++;
  return AFTER_VERB.has(text.slice(end + 1, after));
}
