import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placePopover, type Box, type Placement } from '../lib/ui/place-popover';

export interface FloatingCardProps {
  /** The mention's box in viewport coordinates. */
  anchor: Box;
  label: string;
  children: ComponentChildren;
}

/** A card fixed next to its anchor, measured after render so that it stays inside the viewport. */
export function FloatingCard({ anchor, label, children }: FloatingCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView!;
    setPlace(
      placePopover(anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: view.innerWidth, height: view.innerHeight }),
    );
  }, [anchor.left, anchor.top, anchor.right, anchor.bottom, children]);
  return (
    <div
      ref={ref}
      class="bs-card"
      role="dialog"
      aria-label={label}
      data-placement={place?.above ? 'above' : 'below'}
      style={place ? { left: `${place.left}px`, top: `${place.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
    >
      {children}
    </div>
  );
}
