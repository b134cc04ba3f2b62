/**
 * Lets the page run (input, rendering) between slices of our work, and resumes promptly:
 * `scheduler.yield()` where the browser has it, else a macrotask.
 */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
