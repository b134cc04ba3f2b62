import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Painter } from '../dom/painter';
import { rangeFor } from '../dom/text-index';
import { createHoverIntent } from '../ui/hover-intent';
import type { Box } from '../ui/place-popover';
import type { PopoverUi } from './popover-ui';
import { mentionAtPoint, type PageScan } from './scan-page';

const DWELL_MS = 250;
const GRACE_MS = 350;

export interface HoverController {
  /** Re-renders the open popover: its record arrived, or the page moved under it. */
  refresh(): void;
  close(): void;
}

export interface HoverControllerOptions {
  doc: Document;
  scan(): PageScan | null;
  painter: Painter;
  popover(): Promise<PopoverUi>;
  render(ui: PopoverUi, mention: number, anchor: Box): void;
}

/** Turns pointer movement over painted text into opening and closing the popover. */
export function createHoverController(ctx: ContentScriptContext, options: HoverControllerOptions): HoverController {
  const { doc, painter } = options;
  let ui: PopoverUi | null = null;
  let pointer = { x: 0, y: 0, target: null as EventTarget | null };
  let frame = 0;

  /** The line box of the mention nearest the pointer: a mention may wrap across lines. */
  const anchorOf = (mention: number): Box | null => {
    const scan = options.scan();
    const m = scan?.mentions[mention];
    if (!scan || !m) return null;
    const rects = [...rangeFor(scan.index, m.start, m.end).getClientRects()];
    if (rects.length === 0) return null;
    const distance = (r: DOMRect) => Math.abs((r.top + r.bottom) / 2 - pointer.y);
    const r = rects.reduce((best, rect) => (distance(rect) < distance(best) ? rect : best));
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };

  const show = async (mention: number) => {
    const scan = options.scan();
    const m = scan?.mentions[mention];
    if (!scan || !m) return;
    painter.setActive(scan.index, m);
    ui ??= await options.popover();
    const anchor = anchorOf(mention);
    if (anchor && intent.openKey() === mention) options.render(ui, mention, anchor);
  };

  const intent = createHoverIntent<number>({
    dwellMs: DWELL_MS,
    graceMs: GRACE_MS,
    timers: { set: (cb, ms) => ctx.setTimeout(cb, ms), clear: (id) => clearTimeout(id) },
    onOpen: (mention) => void show(mention),
    onClose: () => {
      const scan = options.scan();
      if (scan) painter.setActive(scan.index, null);
      ui?.hide();
    },
  });

  const track = () => {
    frame = 0;
    if (ui?.contains(pointer.target)) return intent.overPopover();
    const scan = options.scan();
    const hit = scan ? mentionAtPoint(scan, doc, pointer.x, pointer.y) : null;
    if (hit === null) intent.away();
    else intent.overMention(hit);
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
