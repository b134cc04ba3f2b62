import { expect } from '@playwright/test';

/** What reading a page needs of it, whichever library drives the browser. */
export interface PageReader {
  /** Scrolls the first occurrence of `text` in the article into view. */
  scrollTo(text: string): Promise<unknown>;
  /** The text of every painted mention, in page order. */
  painted(): Promise<string[]>;
}

/**
 * Reads a page as a reader would: scrolls each text into view in turn and waits until it is
 * painted (highlights follow the screen, so how much of a page is painted at once depends on its
 * fonts and the window). Returns every text painted on the way.
 */
export async function paintedAsRead(reader: PageReader, texts: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  for (const text of texts) {
    await reader.scrollTo(text);
    await expect.poll(() => reader.painted()).toContain(text);
    for (const painted of await reader.painted()) seen.add(painted);
  }
  return [...seen];
}
