/** Scores what Backstory found on one article against its gold annotations. */

export type Difficulty = 'named' | 'variant' | 'described';

export interface GoldMention {
  text: string;
  recordId: string;
  difficulty: Difficulty;
}

export interface Gold {
  title: string;
  published: string;
  mentions: GoldMention[];
  negatives: string[];
}

export interface FoundMention {
  text: string;
  recordId: string;
  before: string;
  after: string;
}

export interface ArticleScore {
  found: number;
  gold: number;
  truePositives: number;
  byDifficulty: Record<Difficulty, { gold: number; found: number }>;
  misses: GoldMention[];
  falsePositives: FoundMention[];
  negativeViolations: Array<{ negative: string; mention: FoundMention }>;
}

const norm = (s: string) => s.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Pairs found and gold mentions in reading order: a found mention counts when an unpaired gold
 * mention has the same record and the same words, or, with `lenient` boundaries, words that
 * contain or are contained in the gold's ("Ayatollah Ali Khamenei" for "Ali Khamenei").
 */
export function scoreArticle(gold: Gold, found: readonly FoundMention[], lenient = false): ArticleScore {
  const open = gold.mentions.map((g) => ({ g, paired: false }));
  const same = (a: string, b: string) => {
    const [x, y] = [norm(a), norm(b)];
    return x === y || (lenient && (x.includes(y) || y.includes(x)));
  };
  const byDifficulty: ArticleScore['byDifficulty'] = {
    named: { gold: 0, found: 0 },
    variant: { gold: 0, found: 0 },
    described: { gold: 0, found: 0 },
  };
  for (const g of gold.mentions) byDifficulty[g.difficulty].gold += 1;
  const falsePositives: FoundMention[] = [];
  for (const f of found) {
    const match =
      open.find((o) => !o.paired && o.g.recordId === f.recordId && norm(o.g.text) === norm(f.text)) ??
      open.find((o) => !o.paired && o.g.recordId === f.recordId && same(o.g.text, f.text));
    if (match) {
      match.paired = true;
      byDifficulty[match.g.difficulty].found += 1;
    } else falsePositives.push(f);
  }
  const negativeViolations: ArticleScore['negativeViolations'] = [];
  for (const f of found) {
    const window = `${f.before}${f.text}${f.after}`;
    const from = f.before.length;
    for (const negative of gold.negatives) {
      for (let at = window.indexOf(negative); at >= 0; at = window.indexOf(negative, at + 1)) {
        if (at < from + f.text.length && at + negative.length > from) negativeViolations.push({ negative, mention: f });
      }
    }
  }
  return {
    found: found.length,
    gold: gold.mentions.length,
    truePositives: found.length - falsePositives.length,
    byDifficulty,
    misses: open.filter((o) => !o.paired).map((o) => o.g),
    falsePositives,
    negativeViolations,
  };
}
