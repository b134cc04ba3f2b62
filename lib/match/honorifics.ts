/**
 * "Ms Kim", the tour guide, is not Kim Jong Un; "Mr Trump" is not Ivanka Trump. An honorific right
 * before a surname says whether a man or a woman is meant, and a person of the other sex is
 * someone else of that name.
 */

const MEN = new Set(['mr', 'mr.', 'mister']);
const WOMEN = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss', 'madam', 'madame', 'mme', 'mme.']);

/** The sex the honorific right before `start` gives, if one does. */
function honorificBefore(text: string, start: number): 'female' | 'male' | undefined {
  if (start < 2 || (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0')) return undefined;
  let at = start - 1;
  while (at > 0 && text[at - 1] !== ' ' && text[at - 1] !== '\u00a0' && start - at < 8) at--;
  const word = text.slice(at, start - 1).toLowerCase();
  return MEN.has(word) ? 'male' : WOMEN.has(word) ? 'female' : undefined;
}

/** The people among `ids` whom an honorific right before `start` fits (`women` being those who are women): all where there is none. */
export function honorificFits(text: string, start: number, ids: string[], women: ReadonlySet<string>): string[] {
  const sex = honorificBefore(text, start);
  if (sex === undefined) return ids;
  return ids.filter((id) => (sex === 'female') === women.has(id));
}
