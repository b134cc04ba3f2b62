import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FloatingCard } from '../../components/FloatingCard';
import { Popover, type PopoverProps } from '../../components/Popover';
import type { Box } from '../ui/place-popover';

export const POPOVER_HOST = 'backstory-popover';
/**
 * The host stays out of the page's flow and contains its own layout: showing or changing the card
 * never moves the page's content, nor makes the browser lay out the page again (which on a long
 * page costs tens of milliseconds per hover). The card inside is placed against the viewport.
 */
export const POPOVER_HOST_STYLE = 'position: fixed; top: 0; left: 0; width: 0; height: 0; contain: layout style; z-index: 2147483647;';

export interface PopoverView extends PopoverProps {
  anchor: Box;
}

export interface PopoverUi {
  show(view: PopoverView): void;
  /** Renders the popover unseen: its code then runs before the reader waits on it. */
  prepare(view: PopoverView): void;
  hide(): void;
  /** Whether an event target is the popover (events from its shadow root retarget to the host). */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

/** The popover's shadow-root host, mounted once and re-rendered with each mention's props. */
export async function createPopoverUi(ctx: ContentScriptContext): Promise<PopoverUi> {
  const ui = await createShadowRootUi(ctx, {
    name: POPOVER_HOST,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  ui.shadowHost.style.cssText = POPOVER_HOST_STYLE;
  const container = ui.uiContainer;
  const draw = (view: PopoverView) =>
    render(
      <FloatingCard anchor={view.anchor} label={view.card?.record.name ?? view.mentionText}>
        <Popover {...view} />
      </FloatingCard>,
      container,
    );
  // Hidden inside the shadow root: the host's own style loses to the shadow root's reset of it.
  return {
    show(view) {
      container.style.visibility = '';
      draw(view);
    },
    prepare(view) {
      container.style.visibility = 'hidden';
      draw(view);
    },
    hide: () => render(null, container),
    contains: (target) => target === ui.shadowHost,
    destroy: () => ui.remove(),
  };
}
