/**
 * Deterministic benchmark inputs: news-like pages of three sizes, and alias dictionaries of three
 * sizes, all derived from the real dataset so that the pages mention what the dictionaries hold.
 */
import { buildAliasTable, type AliasEntry, type AliasTable } from '../lib/match/alias-table';
import { foldAlias } from '../lib/match/fold';
import type { Dataset } from '../lib/dataset/types';

/** A small, fast, seeded generator: the same inputs on every run and every machine. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = `the officials said on talks over a plan that would of in with for after before while as
  government ministers agreed week statement reporters told according rising tensions between delegations
  sanctions agreement missile defence security council meeting question diplomats capital spokesman
  inflating trumped-up united nations-style US$38 million unitedly informal treaty-like`.split(/\s+/);

function sentence(rand: () => number, names: readonly string[], markup: boolean): string {
  const words: string[] = [];
  const length = 12 + Math.floor(rand() * 14);
  for (let i = 0; i < length; i++) {
    if (rand() < 0.12) {
      const name = names[Math.floor(rand() * names.length)]!;
      words.push(markup && rand() < 0.3 ? `<a href="#"><strong>${name}</strong></a>` : markup && rand() < 0.2 ? `<em>${name}</em>` : name);
    } else words.push(FILLER[Math.floor(rand() * FILLER.length)]!);
  }
  return `${words.join(' ')}.`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2019-08-22T09:00:00Z"></head>
<body><header><nav><a href="#">World</a> <a href="#">Politics</a></nav></header><main><article><h1>${title}</h1>${body}</article></main>
<footer>Benchmark page generated for Backstory.</footer></body></html>`;
}

export function namesOf(dataset: Dataset): string[] {
  return dataset.records.flatMap((r) => [r.name, ...r.aliases.map((a) => (typeof a === 'string' ? a : a.text))]).filter((n) => !/[<>&]/.test(n));
}

/** About 1,500 words in 20 paragraphs, like a typical news article. */
export function articlePage(dataset: Dataset): string {
  const rand = random(1);
  const names = namesOf(dataset);
  const paragraphs = Array.from({ length: 20 }, () => `<p>${Array.from({ length: 4 }, () => sentence(rand, names, false)).join(' ')}</p>`);
  return page('A typical article', paragraphs.join('\n'));
}

/** A live blog of about `bytes`, entries with nested inline markup. */
export function liveBlogPage(dataset: Dataset, bytes: number, seed = 2): string {
  const rand = random(seed);
  const names = namesOf(dataset);
  const entries: string[] = [];
  let size = 0;
  while (size < bytes) {
    const entry = `<section class="entry"><time>10:${String(entries.length % 60).padStart(2, '0')}</time><p><span>${sentence(rand, names, true)}</span> <span><b>${sentence(rand, names, true)}</b></span></p></section>`;
    entries.push(entry);
    size += entry.length;
  }
  return page('A live blog', entries.join('\n'));
}

/** The real dataset's aliases, or that many aliases in all, the real ones among them. */
export function dictionary(dataset: Dataset, size: number | 'real'): AliasTable {
  const real = buildAliasTable(dataset.version, dataset.records);
  if (size === 'real') return real;
  const rand = random(size);
  const words = [...new Set(namesOf(dataset).flatMap((n) => n.split(/\s+/)).filter((w) => /^[A-Z][a-z]{2,}$/.test(w)))];
  const seen = new Set(real.entries.map((e) => e.folded));
  const entries: AliasEntry[] = [...real.entries];
  while (entries.length < size) {
    const text = `${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]}${rand() < 0.5 ? ` ${words[Math.floor(rand() * words.length)]}` : ''}`;
    const folded = foldAlias(text);
    if (seen.has(folded)) continue;
    seen.add(folded);
    entries.push({ folded, variants: [{ text, rule: 'name' }], recordIds: [`synthetic-${entries.length}`] });
  }
  entries.sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
  return { ...real, entries };
}
