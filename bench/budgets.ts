/** One page × dictionary cell of the benchmark, as medians. */
export interface Cell {
  page: string;
  dictionary: string;
  floorMs: number;
  oursMs: number;
  oursWorkMs: number;
  /** mark.js's rewrite plus its layout and a rendered frame. */
  markMs: number;
  longestTaskMs: number;
  longestSliceMs: number;
  hoverFirstMs: number;
  hoverLaterMs: number;
  updateMs: number;
  loadMs: number;
  /** The matcher's memory: the parsed alias table, the resolver and the compiled tries' buffer. */
  memoryMb: number;
}

const FRAME_MS = 1000 / 60;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
const x = (n: number) => `${n.toFixed(1)}×`;

/** The budgets of the benchmark's brief, read from its cells: each line says met or not, and by how much. */
export function budgetLines(cells: readonly Cell[], contentKb: number): string[] {
  const find = (page: string, dictionary: string) => cells.find((c) => c.page.includes(page) && c.dictionary.includes(dictionary));
  const lines: string[] = [];
  const worst = find('5 MB', '5,000');
  if (worst) {
    const toFloor = worst.oursMs / worst.floorMs;
    const vsMark = worst.markMs / worst.oursMs;
    lines.push(`- 5 MB page, 5,000 aliases, at most 4× the floor: ${verdict(toFloor <= 4)} (${x(toFloor)}).`);
    lines.push(`- 5 MB page, 5,000 aliases, at least 10× faster than mark.js: ${verdict(vsMark >= 10)} (${x(vsMark)}).`);
  }
  const article = find('article', 'real');
  if (article) lines.push(`- Article, real dataset, at least 3× faster than mark.js: ${verdict(article.markMs / article.oursMs >= 3)} (${x(article.markMs / article.oursMs)}); highlights change no layout.`);
  const slice = Math.max(...cells.map((c) => c.longestSliceMs));
  const task = Math.max(...cells.map((c) => c.longestTaskMs));
  lines.push(`- No slice of ours over 50 ms: ${verdict(slice <= 50)} (longest ${slice.toFixed(0)} ms).`);
  lines.push(`- No main-thread task over 50 ms while ours run, the browser's rendering included: ${verdict(task <= 50)} (longest ${task.toFixed(0)} ms).`);
  const big = cells.filter((c) => c.dictionary.includes('50,000'));
  if (big.length > 0) {
    const load = Math.max(...big.map((c) => c.loadMs));
    const memory = Math.max(...big.map((c) => c.memoryMb));
    lines.push(`- 50,000 aliases ready within 20 ms (table parsed, tries mapped): ${verdict(load <= 20)} (${load.toFixed(1)} ms); at most 5 MB of memory for them (heap and the tries' buffer): ${verdict(memory <= 5)} (${memory.toFixed(1)} MB).`);
  }
  const hover = Math.max(...cells.map((c) => Math.max(c.hoverFirstMs, c.hoverLaterMs)));
  const later = Math.max(...cells.map((c) => c.hoverLaterMs));
  lines.push(`- Popover filled within one frame of the dwell: ${verdict(hover <= FRAME_MS)} (slowest ${hover.toFixed(1)} ms; later hovers at most ${later.toFixed(1)} ms).`);
  lines.push(`- Content script at most 40 KB gzipped, dataset not included: ${verdict(contentKb <= 40)} (${contentKb.toFixed(1)} KB).`);
  const live = find('1 MB', 'real');
  if (live) lines.push(`- One paragraph changed on the 1 MB page: ${live.updateMs.toFixed(2)} ms, ${((100 * live.updateMs) / live.oursWorkMs).toFixed(2)}% of reading the page.`);
  return lines;
}
