/**
 * The forms of a cue's words. Reporters tell one event in many tenses and parts of speech ("expelled
 * 23 diplomats", "the expulsion of diplomats", "expelling diplomats"); a trigger written in one form
 * should meet them all, and an anchor its singular or plural. Expanded once, when the alias table is
 * built, so that matching stays one pass of the trie. English spelling is guessed by rule
 * where the rule is safe and from a short table where it is not; a guess that is not a word costs
 * only a node in the trie, since no page holds it.
 */
import { IRREGULAR } from './past-forms';

/** Nouns made from a verb that no rule gives ("expel", "expulsion"); the -ing noun comes by rule. */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
  abandon: ['abandonment'],
  acquit: ['acquittal'],
  announce: ['announcement'],
  annex: ['annexation'],
  appoint: ['appointment'],
  approve: ['approval'],
  assassinate: ['assassination'],
  close: ['closure'],
  collide: ['collision'],
  convict: ['conviction'],
  declare: ['declaration'],
  deploy: ['deployment'],
  deport: ['deportation'],
  destroy: ['destruction'],
  detain: ['detention'],
  dismiss: ['dismissal'],
  elect: ['election'],
  escalate: ['escalation'],
  execute: ['execution'],
  expel: ['expulsion'],
  explode: ['explosion'],
  extend: ['extension'],
  extradite: ['extradition'],
  impeach: ['impeachment'],
  impose: ['imposition'],
  inaugurate: ['inauguration'],
  indict: ['indictment'],
  interfere: ['interference'],
  intervene: ['intervention'],
  invade: ['invasion'],
  investigate: ['investigation'],
  negotiate: ['negotiation'],
  occupy: ['occupation'],
  oust: ['ouster'],
  plead: ['plea'],
  prosecute: ['prosecution'],
  ratify: ['ratification'],
  refuse: ['refusal'],
  reimpose: ['reimposition'],
  reject: ['rejection'],
  remove: ['removal'],
  renounce: ['renunciation'],
  resign: ['resignation'],
  retaliate: ['retaliation'],
  reveal: ['revelation'],
  seize: ['seizure'],
  suspend: ['suspension'],
  terminate: ['termination'],
  violate: ['violation'],
  withdraw: ['withdrawal'],
};

/** Verbs of several syllables stressed on the last, whose final consonant doubles ("admitted"). */
const STRESSED_LAST = new Set(['acquit', 'admit', 'commit', 'compel', 'control', 'expel', 'omit', 'occur', 'patrol', 'prefer', 'refer', 'regret', 'submit', 'transfer']);

/** Each irregular or derived form, and the plural of each derived noun, to its verb. */
const LEMMA_OF = new Map<string, string>();
for (const [verb, forms] of Object.entries(IRREGULAR)) for (const form of forms) if (form !== verb && !LEMMA_OF.has(form)) LEMMA_OF.set(form, verb);
for (const [verb, nouns] of Object.entries(DERIVED))
  for (const noun of nouns) {
    LEMMA_OF.set(noun, verb);
    LEMMA_OF.set(plural(noun), verb);
  }

/** A verb phrase keeps its verb first ("pulled out", "found guilty"); other phrases end in their head ("flight test"). */
const AFTER_VERB = new Set(['out', 'off', 'up', 'down', 'over', 'back', 'away', 'into', 'in', 'on', 'to', 'from', 'guilty', 'a', 'an', 'the', 'its', 'his', 'their', 'himself', 'herself', 'itself', 'themselves', 'fire']);

const VOWEL = /[aeiou]/;
const isLowerWord = (w: string) => /^[a-z]+$/.test(w);

/**
 * A trigger and its forms: a lone word as every form of its verb or noun, with the nouns made from
 * the verb ("expelled": expel, expels, expelling, expulsion, expulsions); a phrase with its verb or,
 * failing one, its last word inflected ("pulled out": pulls out, pulling out). Words with capitals
 * are names, left as written. The trigger itself comes first.
 */
export function triggerForms(trigger: string): string[] {
  const words = trigger.split(/[ -]/);
  if (words.length === 1) return unique([trigger, ...(isLowerWord(trigger) ? wordFamily(trigger) : [])]);
  const at = AFTER_VERB.has(words[1]!) ? 0 : words.length - 1;
  const word = words[at]!;
  if (!isLowerWord(word)) return [trigger];
  // A phrase that ends in a noun ("flight test", "told reporters") varies only in number.
  const verb = at === 0 || /(ed|ing)$/.test(word) || LEMMA_OF.has(word);
  const forms = verb ? lemmas(word).flatMap((lemma) => inflections(lemma, false)) : numberForms(word);
  return unique([trigger, ...forms.map((form) => words.map((w, i) => (i === at ? form : w)).join(' '))]);
}

/**
 * A phrase that opens with a verb in the past and names its object ("fired James Comey", "annexed
 * Crimea", "hacked the Democratic National Committee") also in the present, as headlines and
 * timelines tell events ("Trump fires James Comey", "Russia annexes Crimea"). Only those with a
 * name: each form costs the compiled matcher every tab maps a few hundred bytes.
 */
export function presentForms(phrase: string): string[] {
  const space = phrase.indexOf(' ');
  const word = phrase.slice(0, space);
  if (space < 0 || !/^[a-z]+ed$/.test(word) || !NAMED_OBJECT.test(phrase.slice(space))) return [];
  return unique(lemmas(word).map((lemma) => `${plural(lemma)}${phrase.slice(space)}`));
}

/** A name right after the verb, perhaps after "the": " James Comey", " the Democratic National Committee". */
const NAMED_OBJECT = /^ (?:the )?[A-Z]/;

/**
 * An anchor and its other number, where it ends in a common noun ("Russian diplomats", "Russian
 * diplomat"), after a hyphen too: "six-month" is "six months" once folded.
 */
export function anchorForms(anchor: string): string[] {
  const last = /[^ -]*$/.exec(anchor)![0];
  if (!isLowerWord(last) || last.length < 3) return [anchor];
  const before = anchor.slice(0, anchor.length - last.length);
  return unique([anchor, ...numberForms(last).map((f) => before + f)]);
}

/** A noun and its other number: the singular of what looks plural, else the plural. */
function numberForms(noun: string): string[] {
  return [noun, singular(noun) ?? plural(noun)];
}

/** Every form of the word's verb or noun: its inflections, the nouns made from it and theirs. */
function wordFamily(word: string): string[] {
  return lemmas(word).flatMap((lemma) => [...inflections(lemma), ...(DERIVED[lemma] ?? []).flatMap((noun) => [noun, plural(noun)])]);
}

/** The plain forms the word may be an inflection of: "fired" may be "fire" or "fir", "talks" is "talk". */
export function lemmas(word: string): string[] {
  const known = LEMMA_OF.get(word);
  if (known) return [known];
  if (IRREGULAR[word] || DERIVED[word]) return [word];
  if (word.length > 4 && word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.length > 4 && word.endsWith('ied')) return [`${word.slice(0, -3)}y`];
  if (word.length > 5 && word.endsWith('ing')) return stems(word.slice(0, -3));
  if (word.length > 4 && word.endsWith('eed')) return [word.slice(0, -1)];
  if (word.length > 4 && word.endsWith('ed')) return stems(word.slice(0, -2));
  return [singular(word) ?? word];
}

/** What a stem left by -ed or -ing was: "banned" was "ban", "seized" "seize", "fired" "fire" or "fir". */
function stems(stem: string): string[] {
  const last = stem[stem.length - 1]!;
  if (last === stem[stem.length - 2] && !VOWEL.test(last)) {
    const single = stem.slice(0, -1);
    if (!'lsz'.includes(last) || STRESSED_LAST.has(single)) return [single];
    // A word of one syllable keeps the double ("pulled", "passed"); of more, it may be either ("cancelled", "dismissed").
    return syllables(stem) === 1 ? [stem] : [stem, single];
  }
  if (/[aeiouy]$/.test(stem)) return [stem];
  return [silentE(stem) ? `${stem}e` : stem];
}

/**
 * Whether a stem left by -ed or -ing had lost a silent e. No English verb ends in these letters
 * ("moved", "forced", "charged", "argued", "closed", "seized", "debated"); a one-syllable stem
 * after a lone vowel would have doubled its consonant had it none ("fired", not "firred"); and a
 * longer one ending in a vowel and r keeps its e unless it is -er ("declared", "entered"). Where
 * the guess is wrong ("completed": "complet") only the plain and -s forms are; the rest are right.
 */
function silentE(stem: string): boolean {
  if (/(v|c|[^n]g|[^aeiou]u|s|z|at|bl|iz|dl|tl|gl|pl|kl)$/.test(stem)) return true;
  if (!/[^aeiou][aeiou][^aeiouwxy]$/.test(stem)) return false;
  return syllables(stem) === 1 || (stem.endsWith('r') && !stem.endsWith('er'));
}

/**
 * Forms a verb shares with a commoner word, met as an inflection only where a cue writes them:
 * "left the treaty" should not find "the deal leaves India open" or a tree's leaves.
 */
const OTHER_WORDS = new Set(['leaves', 'lives']);

/** The plain form, its -s form, its past forms and its -ing form, and for a lone word the -ing noun's plural ("meetings"). */
export function inflections(lemma: string, alone = true): string[] {
  const past = IRREGULAR[lemma] ?? regular(lemma, 'ed');
  const ing = regular(lemma, 'ing');
  return unique([lemma, plural(lemma), ...past, ...ing, ...(alone ? ing.map((f) => `${f}s`) : [])]).filter((f) => !OTHER_WORDS.has(f));
}

/** The -ed or -ing forms: a final consonant after a lone vowel doubles where stressed, which spelling alone cannot tell. */
function regular(lemma: string, suffix: 'ed' | 'ing'): string[] {
  if (suffix === 'ed' && lemma.endsWith('e')) return [`${lemma}d`];
  if (suffix === 'ing' && lemma.endsWith('ie')) return [`${lemma.slice(0, -2)}ying`];
  if (suffix === 'ing' && /[^eoy]e$/.test(lemma)) return [`${lemma.slice(0, -1)}ing`];
  if (suffix === 'ed' && /[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ied`];
  const plain = `${lemma}${suffix}`;
  const doubled = `${lemma}${lemma[lemma.length - 1]}${suffix}`;
  if (!/(^|[^aeiou])[aeiou][^aeiouwxy]$/.test(lemma)) return [plain];
  // One syllable doubles ("banned"); a final l doubles in British spelling ("cancelled"); in longer
  // words only a stressed last syllable does ("expelled", not "poisonned").
  if (syllables(lemma) === 1) return [doubled];
  if (STRESSED_LAST.has(lemma)) return [doubled];
  return lemma.endsWith('l') ? [plain, doubled] : [plain];
}

/** Vowel groups: enough to tell one syllable from several. */
function syllables(word: string): number {
  return word.match(/[aeiouy]+/g)?.length ?? 0;
}

function plural(word: string): string {
  if (/(s|x|z|ch|sh|[^aeiou]o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The singular of a regular plural, or null where the word does not look like one ("gas", "crisis", "news"). */
function singular(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s') || /(ss|us|is|as|news)$/.test(word)) return null;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(x|z|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function unique(forms: readonly string[]): string[] {
  return [...new Set(forms)];
}
