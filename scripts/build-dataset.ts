/**
 * Validates every dataset source file and compiles them into what the extension ships:
 * data/generated/dataset.json (the records, for the background), and public/generated/aliases.json
 * with public/generated/matcher.bin (the cue and hint tables, and the compiled matcher with the
 * alias entries, which the content script fetches from the extension rather than carrying in its
 * own code). Exits non-zero, naming file and record, on any error.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset, type SourceFile } from '../lib/dataset/validate';
import { shipTable } from '../lib/match/ship-table';

const root = join(import.meta.dirname, '..');
const sourceDir = join(root, 'data', 'records');
const outDir = join(root, 'data', 'generated');

const files: SourceFile[] = [];
const hash = createHash('sha256');
for (const name of readdirSync(sourceDir).filter((f) => f.endsWith('.json')).sort()) {
  const text = readFileSync(join(sourceDir, name), 'utf8');
  hash.update(name).update(text);
  const file = `data/records/${name}`;
  try {
    files.push({ file, data: JSON.parse(text) });
  } catch (error) {
    console.error(`${file}: not valid JSON: ${(error as Error).message}`);
    process.exit(1);
  }
}

const blockersText = readFileSync(join(root, 'data', 'blockers.json'), 'utf8');
hash.update('blockers').update(blockersText);
// The version is the content's hash: any change to the facts reseeds every installed copy.
const version = hash.digest('hex').slice(0, 12);
const { errors, dataset, aliases } = compileDataset(version, files, JSON.parse(blockersText));
if (errors.length > 0) {
  console.error(`Dataset invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
  for (const error of errors) console.error(`  ${error}`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'dataset.json'), JSON.stringify(dataset));
// The matcher, compiled now so that no page has to build it: the content script maps this file.
const publicDir = join(root, 'public', 'generated');
mkdirSync(publicDir, { recursive: true });
const shipped = shipTable(aliases);
writeFileSync(join(publicDir, 'aliases.json'), JSON.stringify(shipped.file));
writeFileSync(join(publicDir, 'matcher.bin'), shipped.matcher);
const byKind = new Map<string, number>();
for (const r of dataset.records) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
console.log(
  `Dataset ${version}: ${dataset.records.length} records (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}), ${aliases.entries.length} aliases`,
);
