export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** True when the popover sits above its anchor. */
  above: boolean;
}

/**
 * Where a popover of `size` goes next to `anchor` (viewport coordinates): below if it fits,
 * else above if it fits there, else on whichever side has more room; always inside the viewport.
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
  margin = 8,
): Placement {
  const roomBelow = viewport.height - anchor.bottom - gap - margin;
  const roomAbove = anchor.top - gap - margin;
  const above = size.height > roomBelow && (size.height <= roomAbove || roomAbove > roomBelow);
  const rawTop = above ? anchor.top - gap - size.height : anchor.bottom + gap;
  const clamp = (value: number, max: number) => Math.max(margin, Math.min(value, max - margin));
  return {
    left: clamp(anchor.left, viewport.width - size.width),
    top: clamp(rawTop, viewport.height - size.height),
    above,
  };
}
