import type { TextIndex } from './text-index';

/** A span of the text index to paint, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Draws mention highlights on the page and takes them all away again, exactly. */
export interface Painter {
  /** 'highlight' paints without touching the DOM; 'wrap' wraps text in elements it removes later. */
  readonly mode: 'highlight' | 'wrap';
  paint(index: TextIndex, spans: readonly Span[]): void;
  /** Marks the mention under the pointer, or none. */
  setActive(index: TextIndex, span: Span | null): void;
  clear(): void;
  destroy(): void;
}

export const MENTION_COLOURS = {
  background: 'rgba(255, 209, 102, 0.32)',
  underline: 'rgba(176, 120, 0, 0.85)',
  active: 'rgba(255, 196, 61, 0.6)',
};

/** A style element of ours in the page's head, removed with the painter. */
export function addPageStyle(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.dataset.backstory = '';
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}
