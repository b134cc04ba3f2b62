import type { PageModel } from './page-model';

/** How the content script reads a page: slices this long at most, and a paint this often. */
export const READING_PACE = { sliceMs: 8, paintEveryMs: 100 } as const;

export interface ReadOptions {
  /** The longest stretch of reading before the page gets the main thread back. */
  sliceMs: number;
  /** How often to paint what has been read so far (painting costs what is on the page). */
  paintEveryMs: number;
  now(): number;
  yieldToPage(): Promise<void>;
  paint(): void;
  /** False once the reading should stop (the page changed, the script was unloaded). */
  stillWanted(): boolean;
}

/**
 * Reads a page's segments in short slices, letting the page run between them, and paints now and
 * then as it goes, then once at the end: no task of ours runs long, and a long page shows its
 * first highlights early without being repainted after every slice.
 */
export async function readProgressively(model: PageModel, options: ReadOptions): Promise<boolean> {
  let lastPaint = options.now();
  for (;;) {
    if (!options.stillWanted()) return false;
    const started = options.now();
    const more = model.readSome(() => options.now() - started < options.sliceMs);
    if (!more) break;
    if (options.now() - lastPaint >= options.paintEveryMs) {
      options.paint();
      lastPaint = options.now();
    }
    await options.yieldToPage();
  }
  options.paint();
  return true;
}
