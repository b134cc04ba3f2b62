/**
 * When to open and close the popover. A mention opens it after the pointer dwells on it; leaving
 * closes it after a grace delay, which moving onto the popover (or back) cancels. Pure: the timer
 * functions are given, so tests drive time themselves.
 */
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export interface HoverIntentOptions<Key> {
  dwellMs: number;
  graceMs: number;
  timers: Timers;
  onOpen(key: Key): void;
  onClose(): void;
}

export interface HoverIntent<Key> {
  overMention(key: Key): void;
  overPopover(): void;
  away(): void;
  /** Close now: Escape, a scroll away, the site switched off. */
  close(): void;
  openKey(): Key | null;
  destroy(): void;
}

export function createHoverIntent<Key>(options: HoverIntentOptions<Key>): HoverIntent<Key> {
  const { timers } = options;
  let open: Key | null = null;
  let pending: Key | null = null;
  let dwellTimer: number | null = null;
  let graceTimer: number | null = null;

  const cancelDwell = () => {
    if (dwellTimer !== null) timers.clear(dwellTimer);
    dwellTimer = null;
    pending = null;
  };
  const cancelGrace = () => {
    if (graceTimer !== null) timers.clear(graceTimer);
    graceTimer = null;
  };
  const close = () => {
    cancelDwell();
    cancelGrace();
    if (open !== null) {
      open = null;
      options.onClose();
    }
  };

  return {
    overMention(key) {
      cancelGrace();
      // Back on the open mention: forget any other passed over on the way.
      if (key === open) return cancelDwell();
      if (key === pending) return;
      cancelDwell();
      pending = key;
      dwellTimer = timers.set(() => {
        dwellTimer = null;
        pending = null;
        open = key;
        options.onOpen(key);
      }, options.dwellMs);
    },
    overPopover() {
      cancelDwell();
      cancelGrace();
    },
    away() {
      cancelDwell();
      if (open !== null && graceTimer === null) graceTimer = timers.set(close, options.graceMs);
    },
    close,
    openKey: () => open,
    destroy: close,
  };
}
