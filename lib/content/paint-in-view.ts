import type { Painter } from '../dom/painter';
import { unitsNearViewport } from '../dom/near-viewport';
import type { PageModel, Segment } from './page-model';
import { paintItems, type PaintChoice } from './paint-plan';

/** How far beyond the screen, in screens, mentions are painted ahead of scrolling. */
const MARGIN_SCREENS = 2;

export interface InViewPainter {
  /** Paints what should be painted now. */
  paint(): void;
  stop(): void;
}

interface Hooks {
  /** Runs a function before the next frame (tied to the content script's lifetime). */
  onFrame(run: () => void): void;
  /** Calls `run` on every scroll and resize, until the returned function is called. */
  onScroll(run: () => void): () => void;
  /** Our own DOM writes, which the page's mutation watcher must not see. */
  quiet(write: () => void): void;
}

/**
 * Paints a page's mentions. With highlights, only those on screen or within two screens of it are
 * painted and the rest follow as the reader scrolls: the browser's cost of drawing highlights
 * grows with how many there are, so a long page must not carry tens of thousands of them.
 * Wrapping (the fallback) changes the DOM, so it paints the whole page once instead.
 */
export function paintInView(win: Window, painter: Painter, model: () => PageModel | null, choice: () => PaintChoice, hooks: Hooks): InViewPainter {
  let shown: [number, number] = [0, 0];
  const near = (segments: readonly Segment[]) => unitsNearViewport(segments.length, (i) => segments[i]!.unit, win, MARGIN_SCREENS);
  let queued = false;
  const paintNow = () =>
    hooks.quiet(() => {
      const m = model();
      if (!m) return;
      if (painter.mode === 'wrap') {
        // Wrapping splits text nodes: unwrap, re-read positions, wrap, and re-read again.
        painter.clear();
        m.reindex();
        painter.paint(paintItems(m.segments(), 0, m.segments().length, choice()));
        m.reindex();
        return;
      }
      shown = near(m.segments(0));
      painter.paint(paintItems(m.segments(shown[1]), shown[0], shown[1], choice()));
    });
  const onScroll = () => {
    if (queued || painter.mode === 'wrap') return;
    queued = true;
    hooks.onFrame(() => {
      queued = false;
      const m = model();
      if (!m) return;
      const now = near(m.segments(0));
      if (now[0] !== shown[0] || now[1] !== shown[1]) paintNow();
    });
  };
  const unlisten = hooks.onScroll(onScroll);
  return { paint: paintNow, stop: unlisten };
}
