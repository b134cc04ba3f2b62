import { browser } from 'wxt/browser';
import type { AliasFile } from '../match/alias-table';
import { decodeMatcherFile, type CompiledMatcher } from '../match/matcher-file';

export const MATCHER_PATH = '/generated/matcher.bin';
export const ALIASES_PATH = '/generated/aliases.json';

/**
 * The table's small part (events' rules, hints, people), fetched from the extension's own file:
 * kept out of the content script's code, which every tab loads; the aliases and cues themselves
 * are in the compiled matcher file. Null if it cannot be read, and then the page is left alone.
 */
export async function loadAliasTable(): Promise<AliasFile | null> {
  try {
    const response = await fetch(browser.runtime.getURL(ALIASES_PATH as '/popup.html'));
    return response.ok ? ((await response.json()) as AliasFile) : null;
  } catch {
    return null;
  }
}

/**
 * The matcher compiled at build time, mapped from the extension's own file; null if it cannot be
 * read or belongs to another dataset version, and then the page is left alone.
 */
export async function loadCompiledMatcher(version: string): Promise<CompiledMatcher | null> {
  try {
    const response = await fetch(browser.runtime.getURL(MATCHER_PATH as '/popup.html'));
    return response.ok ? decodeMatcherFile(await response.arrayBuffer(), version) : null;
  } catch {
    return null;
  }
}
