import type { AliasFile, NearTerm } from './alias-table';

type Use = NearTerm['uses'][number];

/**
 * The alias file's table as a page keeps it. Each anchor or trigger word lists the events it serves
 * and how; there are only two uses per event, but tens of thousands of them in the file, so each
 * distinct one is kept once and shared (they are never changed).
 */
export function parseAliasFile(text: string): AliasFile {
  const file = JSON.parse(text) as AliasFile;
  const shared: Use[] = [];
  const once = (use: Use) => (shared[use.event * 2 + (use.role === 'trigger' ? 1 : 0)] ??= use);
  for (const term of file.near.terms) term.uses = term.uses.map(once);
  return file;
}
