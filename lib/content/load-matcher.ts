import { browser } from 'wxt/browser';
import type { Automaton } from '../match/aho-corasick';
import { decodeAutomata } from '../match/automaton-codec';

export const MATCHER_PATH = '/generated/matcher.bin';

/**
 * The matcher compiled at build time, mapped from the extension's own file; null if it cannot be
 * read or belongs to another dataset version, in which case the page builds it itself.
 */
export async function loadCompiledMatcher(version: string): Promise<[Automaton, Automaton] | null> {
  try {
    const response = await fetch(browser.runtime.getURL(MATCHER_PATH as '/popup.html'));
    const automata = decodeAutomata(await response.arrayBuffer(), version);
    return automata?.length === 2 ? [automata[0]!, automata[1]!] : null;
  } catch {
    return null;
  }
}
