// `npm run bench`: Backstory's matcher and painter against the floor (a bare TreeWalker pass) and
// mark.js 8.11.1 `markRegExp` with one alternation, side by side in one headless Chromium session,
// interleaved, on generated pages crossed with dictionaries. Prints medians (min–max) and ratios,
// and writes BENCHMARKS.md. `--smoke` runs tiny inputs once and only checks that all three agree.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { budgetLines, type Cell } from '../bench/budgets';
import { articlePage, dictionary, liveBlogPage } from '../bench/generate';
import type { Dataset } from '../lib/dataset/types';
import type { AliasTable } from '../lib/match/alias-table';
import { shipTable } from '../lib/match/ship-table';
import { launchChromium } from './support/chromium';
import { serveStatic } from './support/serve-static';

const root = fileURLToPath(new URL('..', import.meta.url));
const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 1 : Number(process.env.BENCH_RUNS ?? 5);
const dataset = JSON.parse(readFileSync(join(root, 'data/generated/dataset.json'), 'utf8')) as Dataset;

const bundle = (
  await build({ entryPoints: [join(root, 'bench/in-page.ts')], bundle: true, write: false, format: 'iife', minify: true, target: 'es2022' })
).outputFiles[0]!.text;
const markJs = readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
const pages: Array<[name: string, file: string]> = smoke
  ? [['tiny page', 'tiny.html']]
  : [
      ['article (~1,500 words)', 'article.html'],
      ['live blog (1 MB)', 'live-1mb.html'],
      ['worst case (5 MB)', 'worst-5mb.html'],
    ];
if (smoke) {
  writeFileSync(join(dir, 'tiny.html'), '<!doctype html><body><article><p>Sergei Lavrov wrote to Mike Pompeo from Sochi; the <em>INF Treaty</em> and NATO came up, and so did Kim Jong Un.</p></article></body>');
} else {
  writeFileSync(join(dir, 'article.html'), articlePage(dataset));
  writeFileSync(join(dir, 'live-1mb.html'), liveBlogPage(dataset, 1_000_000));
  writeFileSync(join(dir, 'worst-5mb.html'), liveBlogPage(dataset, 5_000_000, 3));
}
// BENCH_PAGES=live (a part of a page's name) runs only the pages that match.
const only = process.env.BENCH_PAGES;
if (only) pages.splice(0, pages.length, ...pages.filter(([name]) => name.includes(only)));
const allDictionaries: Array<[string, AliasTable]> = smoke
  ? [['real dataset', dictionary(dataset, 'real')]]
  : [
      ['real dataset', dictionary(dataset, 'real')],
      ['5,000 aliases', dictionary(dataset, 5_000)],
      ['50,000 aliases', dictionary(dataset, 50_000)],
    ];
// BENCH_DICTS=5,000 (a part of a dictionary's name) runs only the dictionaries that match.
const dictionaries = allDictionaries.filter(([name]) => !process.env.BENCH_DICTS || name.includes(process.env.BENCH_DICTS));

/** mark.js's fastest form: one alternation, longest first, with word boundaries. */
function alternation(table: AliasTable): string {
  const texts = [...new Set(table.entries.flatMap((e) => e.variants.map((v) => v.text)))].sort((a, b) => b.length - a.length);
  return `\\b(?:${texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`;
}

interface Run {
  totalMs: number;
  /** Backstory: the time its own code ran, yields to the page excluded. */
  workMs?: number;
  loadMs?: number;
  longestSliceMs?: number;
  /** The longest main-thread task while it ran, the browser's rendering included. */
  longestTaskMs?: number;
  /** Backstory: its work to paint a new screen after a jump to the middle of the page. */
  scrollPaintMs?: number;
  /** Backstory: from the hover dwell to the popover filled, first hover and a later one (-1: none on screen). */
  hoverMs?: { first: number; later: number };
  /** Backstory: one paragraph changed, re-read and repainted. */
  updateMs?: number;
  layoutMs?: number;
  count: number;
}

const site = await serveStatic(dir);
const context = await launchChromium({ profileDir: mkdtempSync(join(tmpdir(), 'backstory-bench-profile-')), headless: true, args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });

/** The extension's manifest gives every page the highlight rules before it is parsed; so does this. */
const HIGHLIGHT_RULES = `document.addEventListener('readystatechange', () => {}, { once: true });
new MutationObserver((_, observer) => {
  if (!document.documentElement) return;
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(readFileSync(join(root, 'public/highlights.css'), 'utf8'))};
  document.documentElement.append(style);
  observer.disconnect();
}).observe(document, { childList: true });`;

async function fresh(file: string, styled = false): Promise<Page> {
  const page = await context.newPage();
  if (styled) await page.addInitScript(HIGHLIGHT_RULES);
  await page.goto(`${site.url}${file}`);
  return page;
}

async function runFloor(file: string): Promise<Run> {
  const page = await fresh(file);
  await page.addScriptTag({ content: bundle });
  const r = await page.evaluate(() => (window as unknown as { backstoryBench: { floor(): Promise<{ totalMs: number }> } }).backstoryBench.floor());
  await page.close();
  return { totalMs: r.totalMs, count: 0 };
}

async function runBackstory(file: string, table: AliasTable): Promise<Run & { mentions: string[] }> {
  const page = await fresh(file, true);
  await page.addScriptTag({ content: bundle });
  const r = await page.evaluate(
    ([t, bin, records]) =>
      (window as unknown as { backstoryBench: { backstory(t: string, b: string, r: unknown): Promise<Run & { mentions: string[] }> } }).backstoryBench.backstory(t, bin, records),
    [fileOf(table), compiledOf(table), dataset.records] as const,
  );
  await page.close();
  return { ...r, count: r.mentions.length };
}

/** The two files the extension ships for a table (scripts/build-dataset.ts): the JSON table, and the matcher as text. */
const fileOf = (table: AliasTable) => JSON.stringify(shipTable(table).file);
const compiledOf = (table: AliasTable) => Buffer.from(shipTable(table).matcher).toString('base64');

/** The matcher's memory in a page of its own: the table parsed, the tries mapped, their file's buffer. */
async function matcherMemory(table: AliasTable): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${site.url}${pages[0]![1]}`);
  await page.addScriptTag({ content: bundle });
  const bytes = await page.evaluate(
    ([t, bin]) => (window as unknown as { backstoryBench: { matcherMemory(t: string, b: string): number } }).backstoryBench.matcherMemory(t, bin),
    [fileOf(table), compiledOf(table)] as const,
  );
  await page.close();
  return bytes;
}

async function runMark(file: string, source: string): Promise<Run & { mentions: string[] }> {
  const page = await fresh(file);
  await page.addScriptTag({ content: markJs });
  await page.addScriptTag({ content: bundle });
  const r = await page.evaluate(
    (src) => (window as unknown as { backstoryBench: { markRegExp(s: string): Promise<Run & { mentions: string[] }> } }).backstoryBench.markRegExp(src),
    source,
  );
  await page.close();
  return r;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};

say('Backstory: until every mention is found and those on screen (and two screens either side) painted, and a frame rendered; its own work in brackets. mark.js: its rewrite, + layout and a rendered frame.');
say('Longest task: the longest main-thread task the browser reported while each ran, rendering included (ours / mark.js; 0 means none over 50 ms).');
say('Matcher memory: the alias table parsed, the tries mapped and used once on the page, and the file’s buffer, in a page of its own; the median of three pages.');
say('');
say('| page | dictionary | floor ms | Backstory ms (work) | mark.js ms (+ layout, render) | Backstory ÷ floor | mark.js ÷ Backstory | longest task ms | longest slice ms | new screen after a jump ms | hover to filled popover ms (first / later) | one-paragraph update ms | matcher load ms | matcher memory MB | mentions (Backstory / mark.js) |');
say('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
let agree = true;
const results: Cell[] = [];
for (const [pageName, file] of pages) {
  for (const [dictName, table] of dictionaries) {
    const source = alternation(table);
    // The heap's figure varies by a megabyte from one page to the next: the median of three.
    const memories: number[] = [];
    for (let i = 0; i < (smoke ? 1 : 3); i++) memories.push(await matcherMemory(table));
    const memory = median(memories);
    const floor: Run[] = [];
    const ours: Array<Run & { mentions: string[] }> = [];
    const mark: Array<Run & { mentions: string[] }> = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await runFloor(file));
      ours.push(await runBackstory(file, table));
      mark.push(await runMark(file, source));
    }
    const o = ours[0]!;
    const m = mark[0]!;
    if (smoke) {
      // On plain text with no case or boundary subtleties, all three must find the same words.
      const a = [...o.mentions].sort().join('|');
      const b = [...m.mentions].sort().join('|');
      if (a !== b) {
        agree = false;
        console.error(`Backstory found ${a}\nmark.js found  ${b}`);
      }
    }
    const med = (runs: Run[], pick: (r: Run) => number | undefined) => median(runs.map((r) => pick(r) ?? 0));
    const ourMs = med(ours, (r) => r.totalMs);
    const cells = [
      pageName,
      dictName,
      fmt(floor.map((r) => r.totalMs)),
      `${fmt(ours.map((r) => r.totalMs))} (${med(ours, (r) => r.workMs).toFixed(1)})`,
      `${fmt(mark.map((r) => r.totalMs))} (+${med(mark, (r) => r.layoutMs).toFixed(1)})`,
      `${(ourMs / med(floor, (r) => r.totalMs)).toFixed(1)}×`,
      `${(med(mark, (r) => r.totalMs + (r.layoutMs ?? 0)) / ourMs).toFixed(1)}×`,
      `${med(ours, (r) => r.longestTaskMs).toFixed(0)} / ${med(mark, (r) => r.longestTaskMs).toFixed(0)}`,
      med(ours, (r) => r.longestSliceMs).toFixed(1),
      med(ours, (r) => r.scrollPaintMs).toFixed(1),
      `${med(ours, (r) => r.hoverMs?.first).toFixed(1)} / ${med(ours, (r) => r.hoverMs?.later).toFixed(1)}`,
      med(ours, (r) => r.updateMs).toFixed(2),
      fmt(ours.map((r) => r.loadMs ?? 0)),
      (memory / 1e6).toFixed(1),
      `${o.count} / ${m.count}`,
    ];
    say(`| ${cells.join(' | ')} |`);
    results.push({
      page: pageName,
      dictionary: dictName,
      floorMs: med(floor, (r) => r.totalMs),
      oursMs: ourMs,
      oursWorkMs: med(ours, (r) => r.workMs),
      markMs: med(mark, (r) => r.totalMs + (r.layoutMs ?? 0)),
      longestTaskMs: med(ours, (r) => r.longestTaskMs),
      longestSliceMs: med(ours, (r) => r.longestSliceMs),
      hoverFirstMs: med(ours, (r) => r.hoverMs?.first),
      hoverLaterMs: med(ours, (r) => r.hoverMs?.later),
      updateMs: med(ours, (r) => r.updateMs),
      loadMs: med(ours, (r) => r.loadMs),
      memoryMb: memory / 1e6,
    });
  }
}
await context.close();
site.close();

const contentJs = readFileSync(join(root, '.output/chrome-mv3/content-scripts/content.js'));
const shippedKb = (file: string) => gzipSync(readFileSync(join(root, 'public/generated', file))).length / 1024;
say('');
const contentKb = gzipSync(contentJs).length / 1024;
say(`Content script: ${contentKb.toFixed(1)} KB of JavaScript gzipped; the files it fetches from the extension are ${shippedKb('aliases.json').toFixed(1)} KB (table) and ${shippedKb('matcher.bin').toFixed(1)} KB (compiled matcher) gzipped.`);
say('');
say('## Against the budgets');
say('');
for (const line of budgetLines(results, contentKb)) say(line);

if (smoke) {
  console.log(agree ? '1 passed, 0 failed' : '0 passed, 1 failed');
  process.exit(agree ? 0 : 1);
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${context.browser()?.version() ?? ''}`;
writeFileSync(
  join(root, 'BENCHMARKS.md'),
  `# Benchmarks\n\nLatest \`npm run bench\` (${RUNS} interleaved runs per cell, medians with min–max), on ${machine}, ${new Date().toISOString().slice(0, 10)}.\nTimes are in-page \`performance.now()\`; ratios are what to compare across machines.\n\n${lines.join('\n')}\n`,
);
