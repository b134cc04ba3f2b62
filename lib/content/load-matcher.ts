import { browser } from 'wxt/browser';
import type { Trie } from '../match/word-trie';
import type { AliasTable } from '../match/alias-table';
import { decodeTries } from '../match/trie-codec';

export const MATCHER_PATH = '/generated/matcher.bin';
export const ALIASES_PATH = '/generated/aliases.json';

/**
 * The alias table, fetched from the extension's own file: kept out of the content script's code,
 * which every tab loads. Null if it cannot be read, and then the page is left alone.
 */
export async function loadAliasTable(): Promise<AliasTable | null> {
  try {
    const response = await fetch(browser.runtime.getURL(ALIASES_PATH as '/popup.html'));
    return response.ok ? ((await response.json()) as AliasTable) : null;
  } catch {
    return null;
  }
}

/**
 * The matcher compiled at build time, mapped from the extension's own file; null if it cannot be
 * read or belongs to another dataset version, in which case the page builds it itself.
 */
export async function loadCompiledMatcher(version: string): Promise<[Trie, Trie] | null> {
  try {
    const response = await fetch(browser.runtime.getURL(MATCHER_PATH as '/popup.html'));
    const tries = decodeTries(await response.arrayBuffer(), version);
    return tries?.length === 2 ? [tries[0]!, tries[1]!] : null;
  } catch {
    return null;
  }
}
