import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createHoverIntent } from '../ui/hover-intent';
import type { Box } from '../ui/place-popover';
import type { PopoverUi } from './popover-ui';

const DWELL_MS = 250;
const GRACE_MS = 350;

export interface HoverController {
  /** Re-renders the open popover: its record arrived, or the page moved under it. */
  refresh(): void;
  close(): void;
}

/** What the hover logic needs from the page, by mention key. */
export interface HoverOptions {
  doc: Document;
  /** The mention under a viewport point, if the pointer is on its text. */
  hitTest(x: number, y: number): string | null;
  /** The mention's line boxes, in viewport coordinates; none once it is gone. */
  rects(key: string): DOMRect[];
  setActive(key: string | null): void;
  popover(): Promise<PopoverUi>;
  /** Shows the popover for a mention; `unseen`, renders it hidden (see `prepare`). */
  render(ui: PopoverUi, key: string, anchor: Box, unseen?: boolean): void;
}

/** Turns pointer movement over painted text into opening and closing the popover. */
export function createHoverController(ctx: ContentScriptContext, options: HoverOptions): HoverController {
  const { doc } = options;
  let ui: PopoverUi | null = null;
  let pointer = { x: 0, y: 0, target: null as EventTarget | null };
  let frame = 0;

  /** The line box nearest the pointer: a mention may wrap across lines. */
  const anchorOf = (key: string): Box | null => {
    const rects = options.rects(key);
    if (rects.length === 0) return null;
    const distance = (r: DOMRect) => Math.abs((r.top + r.bottom) / 2 - pointer.y);
    const r = rects.reduce((best, rect) => (distance(rect) < distance(best) ? rect : best));
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };

  // Made when the pointer first rests on a mention, so that the page has taken in the popover's
  // host during the dwell and the popover itself fills within a frame when the dwell ends.
  let making: Promise<PopoverUi> | null = null;
  const popover = () => (making ??= options.popover().then((made) => (ui = made)));

  // A page's first popover runs its code for the first time, which takes longer than a frame:
  // rendered unseen while the pointer dwells, the popover the reader sees then fills within one.
  let prepared = false;
  const prepare = (key: string) => {
    if (prepared) return;
    prepared = true;
    void popover().then((made) => {
      const anchor = anchorOf(key);
      if (anchor && intent.openKey() === null) options.render(made, key, anchor, true);
    });
  };

  const show = async (key: string) => {
    const anchor = anchorOf(key);
    if (!anchor) return intent.close();
    options.setActive(key);
    const made = await popover();
    if (intent.openKey() === key) options.render(made, key, anchorOf(key) ?? anchor);
  };

  const intent = createHoverIntent<string>({
    dwellMs: DWELL_MS,
    graceMs: GRACE_MS,
    timers: { set: (cb, ms) => ctx.setTimeout(cb, ms), clear: (id) => clearTimeout(id) },
    onOpen: (key) => void show(key),
    onClose: () => {
      options.setActive(null);
      ui?.hide();
    },
  });

  const track = () => {
    frame = 0;
    if (ui?.contains(pointer.target)) return intent.overPopover();
    const hit = options.hitTest(pointer.x, pointer.y);
    if (hit === null) return intent.away();
    prepare(hit);
    intent.overMention(hit);
  };

  ctx.addEventListener(
    doc,
    'pointermove',
    (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (!frame) frame = ctx.requestAnimationFrame(track);
    },
    { passive: true },
  );
  ctx.addEventListener(doc, 'mouseout', (event: MouseEvent) => {
    if (!event.relatedTarget) intent.away();
  });
  ctx.addEventListener(doc, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape') intent.close();
  });
  const refresh = () => {
    const open = intent.openKey();
    if (open !== null) void show(open);
  };
  ctx.addEventListener(window, 'scroll', refresh, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', refresh, { passive: true });
  ctx.onInvalidated(() => {
    intent.destroy();
    ui?.destroy();
  });
  return { refresh, close: () => intent.close() };
}
