// `npm run eval`: loads the built extension into Chromium, opens every article of the annotated
// corpora (ours, then the held-out ones, written apart from the rules), reads what Backstory found (the
// content script's `page/mentions`), and prints precision, recall (overall and by difficulty) and
// negative violations for each. BACKSTORY_CORPUS=<folder> measures one folder instead.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreArticle, type ArticleScore, type Difficulty, type Gold } from '../tests/eval/score';
import { CHROME_BUILD, extensionWorker, launchChromium } from './support/chromium';
import { activeTabId, readMentions } from './support/extension-probe';
import { serveStatic } from './support/serve-static';

const inRepo = (folder: string) => fileURLToPath(new URL(folder, import.meta.url));
// The held-out corpora show their totals only, unless measured alone: their misses are not to be
// read while working on rules.
const corpora: Array<[label: string, dir: string, details: boolean]> = process.env.BACKSTORY_CORPUS
  ? [['Corpus', inRepo(process.env.BACKSTORY_CORPUS), true]]
  : [
      ['Our corpus (tests/eval/corpus)', inRepo('../tests/eval/corpus/'), true],
      ['First held-out corpus, written apart from the rules (tests/eval/heldout): totals only', inRepo('../tests/eval/heldout/'), false],
      ['Second held-out corpus, written apart from the rules (tests/eval/heldout-2): totals only', inRepo('../tests/eval/heldout-2/'), false],
      ['Third held-out corpus, written blind (tests/eval/heldout-3): totals only', inRepo('../tests/eval/heldout-3/'), false],
      ['Fourth held-out corpus, written blind, a development set since its first measurement (tests/eval/heldout-4): totals only', inRepo('../tests/eval/heldout-4/'), false],
      ['Fifth held-out corpus, written blind (tests/eval/heldout-5): totals only', inRepo('../tests/eval/heldout-5/'), false],
      ['Sixth held-out corpus, written blind, a development set since its first measurement (tests/eval/heldout-6): totals only', inRepo('../tests/eval/heldout-6/'), false],
      ['Seventh held-out corpus, written blind, a development set since its first measurement (tests/eval/heldout-7): totals only', inRepo('../tests/eval/heldout-7/'), false],
      ['Eighth held-out corpus, written blind (tests/eval/heldout-8): totals only', inRepo('../tests/eval/heldout-8/'), false],
      ['Ninth held-out corpus, written blind (tests/eval/heldout-9): totals only', inRepo('../tests/eval/heldout-9/'), false],
    ];
const verbose = process.argv.includes('--verbose');
const context = await launchChromium({ profileDir: mkdtempSync(join(tmpdir(), 'backstory-eval-')), headless: true, extension: CHROME_BUILD });
const worker = await extensionWorker(context);

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}`);

/** Scores every article of one corpus folder and prints its table and totals. */
async function measure(corpusDir: string, details: boolean): Promise<void> {
  const articles = readdirSync(corpusDir).filter((f) => f.endsWith('.html')).sort();
  const site = await serveStatic(corpusDir);
  const totals = { found: 0, gold: 0, tp: 0, strictTp: 0, violations: 0 };
  const byDifficulty: Record<Difficulty, { gold: number; found: number }> = {
    named: { gold: 0, found: 0 },
    variant: { gold: 0, found: 0 },
    described: { gold: 0, found: 0 },
  };
  if (details) console.log(`${'article'.padEnd(34)} found  gold  precision  recall  negatives`);
  for (const file of articles) {
    const gold = JSON.parse(readFileSync(join(corpusDir, file.replace(/\.html$/, '.gold.json')), 'utf8')) as Gold;
    const page = await context.newPage();
    await page.goto(`${site.url}${file}`);
    const found = await readMentions(worker, await activeTabId(worker));
    const score: ArticleScore = scoreArticle(gold, found, true);
    totals.strictTp += scoreArticle(gold, found).truePositives;
    await page.close();
    totals.found += score.found;
    totals.gold += score.gold;
    totals.tp += score.truePositives;
    totals.violations += score.negativeViolations.length;
    for (const d of Object.keys(byDifficulty) as Difficulty[]) {
      byDifficulty[d].gold += score.byDifficulty[d].gold;
      byDifficulty[d].found += score.byDifficulty[d].found;
    }
    if (details) console.log(
      `${file.padEnd(34)} ${String(score.found).padStart(5)} ${String(score.gold).padStart(5)}     ${pct(score.truePositives, score.found)}   ${pct(score.truePositives, score.gold)}  ${score.negativeViolations.length}`,
    );
    if (verbose && details) {
      for (const m of score.misses) console.log(`    missed   ${m.difficulty.padEnd(9)} "${m.text}" → ${m.recordId}`);
      for (const f of score.falsePositives) console.log(`    extra    "${f.text}" → ${f.recordId}   …${f.before.slice(-20)}[${f.text}]${f.after.slice(0, 20)}…`);
      for (const v of score.negativeViolations) console.log(`    NEGATIVE "${v.negative}" inside "${v.mention.text}"`);
    }
  }
  site.close();
  console.log('');
  console.log(`precision ${pct(totals.tp, totals.found)}%   recall ${pct(totals.tp, totals.gold)}%   (${totals.tp} of ${totals.gold} gold, ${totals.found} found; boundaries may differ by a title or a qualifier)`);
  console.log(`exact boundaries: precision ${pct(totals.strictTp, totals.found)}%   recall ${pct(totals.strictTp, totals.gold)}%`);
  for (const [d, v] of Object.entries(byDifficulty)) console.log(`recall, ${d.padEnd(9)} ${pct(v.found, v.gold)}%   (${v.found} of ${v.gold})`);
  console.log(`negative violations: ${totals.violations}`);
}

for (const [label, dir, details] of corpora) {
  console.log(`\n${label}`);
  await measure(dir, details);
}
await context.close();
