/** Past forms of verbs: the irregular ones, and whether a word is one. */

/** Past forms that no rule gives, by the verb's plain form; the regular form where usage keeps both. */
export const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  arise: ['arose', 'arisen'],
  begin: ['began', 'begun'],
  blow: ['blew', 'blown'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  build: ['built'],
  buy: ['bought'],
  catch: ['caught'],
  come: ['came'],
  cut: ['cut'],
  do: ['did', 'done'],
  draw: ['drew', 'drawn'],
  fall: ['fell', 'fallen'],
  fight: ['fought'],
  find: ['found'],
  fly: ['flew', 'flown'],
  freeze: ['froze', 'frozen'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  hit: ['hit'],
  hold: ['held'],
  keep: ['kept'],
  lead: ['led'],
  leave: ['left'],
  lose: ['lost'],
  make: ['made'],
  meet: ['met'],
  overthrow: ['overthrew', 'overthrown'],
  plead: ['pleaded', 'pled'],
  put: ['put'],
  quit: ['quit'],
  run: ['ran'],
  say: ['said'],
  seek: ['sought'],
  sell: ['sold'],
  send: ['sent'],
  set: ['set'],
  shoot: ['shot'],
  shut: ['shut'],
  sink: ['sank', 'sunk'],
  speak: ['spoke', 'spoken'],
  spread: ['spread'],
  steal: ['stole', 'stolen'],
  strike: ['struck'],
  swear: ['swore', 'sworn'],
  take: ['took', 'taken'],
  tell: ['told'],
  throw: ['threw', 'thrown'],
  undo: ['undid', 'undone'],
  win: ['won'],
  withdraw: ['withdrew', 'withdrawn'],
  write: ['wrote', 'written'],
};

const PAST_FORMS = new Set(Object.values(IRREGULAR).flat());

/** Whether a word is a verb's past form ("captured", "died", "met"): what happened, told of its subject. */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  return /[a-z]ed$/.test(lower) || PAST_FORMS.has(lower);
}
