/**
 * Nouns that news uses for one another at the head of a description: a tanker is also a ship or a
 * vessel, an airliner a jet or a plane, a journalist a columnist. An anchor that qualifies one
 * ("Malaysian airliner", "two tankers") meets the others at build time ("Malaysian jet", "two
 * vessels"), so a record's cues need not list every way each reporter puts it. The qualifier keeps
 * the anchor particular; a lone noun is left as written. The nouns follow one way only where the
 * other way would say more than the record does: a tanker is a ship, but not every ship a tanker.
 */
const OTHER_NOUNS: Readonly<Record<string, readonly string[]>> = {
  airliner: ['jet', 'plane', 'aircraft', 'passenger jet'],
  boat: ['ship', 'vessel'],
  columnist: ['journalist', 'writer'],
  diplomat: ['envoy'],
  drone: ['unmanned aircraft'],
  facility: ['plant'],
  journalist: ['columnist', 'reporter', 'writer'],
  plant: ['facility'],
  sailor: ['seaman', 'crewman'],
  ship: ['vessel', 'boat'],
  tanker: ['ship', 'vessel'],
  vessel: ['ship', 'boat'],
};

/** An anchor with each other noun for its head, singular or plural as the anchor is ("two tankers": "two ships", "two vessels"). */
export function otherHeads(anchor: string): string[] {
  const words = anchor.split(' ');
  if (words.length < 2) return [];
  const head = words[words.length - 1]!;
  const plural = !OTHER_NOUNS[head] && head.endsWith('s');
  const singular = plural ? (head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.slice(0, -1)) : head;
  const others = OTHER_NOUNS[singular] ?? [];
  const front = words.slice(0, -1).join(' ');
  return others.map((noun) => `${front} ${plural ? pluralOf(noun) : noun}`);
}

function pluralOf(noun: string): string {
  if (noun.endsWith('aircraft')) return noun;
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (noun.endsWith('y')) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** People named by whom they serve, and the bodies they may serve. */
const SERVANTS = new Set(['officer', 'officers', 'agent', 'agents', 'official', 'officials', 'operative', 'operatives']);
const BODIES = new Set(['intelligence', 'security', 'police', 'military']);

/**
 * An anchor for people of a body also as news inverts it: "GRU officers" as "officers of the GRU",
 * "military intelligence officers" as "officers of Russian military intelligence" where the
 * qualifier is one the anchor holds. Only where the qualifier ends in the body's name (an acronym,
 * "intelligence", "security"): "officers of Russian" is no English.
 */
export function servantsOf(anchor: string): string[] {
  const words = anchor.split(' ');
  const head = words[words.length - 1]!;
  const body = words[words.length - 2];
  if (words.length < 2 || !SERVANTS.has(head) || body === undefined || !(BODIES.has(body) || /^[A-Z]{2,}$/.test(body))) return [];
  const qualifier = words.slice(0, -1).join(' ');
  // An acronym takes its article ("officers of the GRU"); a body named in words goes without ("officers of military intelligence").
  return [/^[A-Z]{2,}$/.test(body) ? `${head} of the ${qualifier}` : `${head} of ${qualifier}`];
}
