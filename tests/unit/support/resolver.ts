import type { AliasTable } from '../../../lib/match/alias-table';
import { decodeMatcherFile } from '../../../lib/match/matcher-file';
import { createResolver, type Resolver } from '../../../lib/match/resolve';
import { shipTable } from '../../../lib/match/ship-table';

/** A resolver for a table as a page gets it: the shipped file, and the compiled matcher decoded. */
export function resolverFor(table: AliasTable): Resolver {
  const { file, matcher } = shipTable(table);
  const bytes = matcher.buffer.slice(matcher.byteOffset, matcher.byteOffset + matcher.byteLength) as ArrayBuffer;
  return createResolver(file, decodeMatcherFile(bytes, table.version)!);
}
