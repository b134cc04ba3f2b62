import { describe, expect, it } from 'vitest';
import { placePopover, type Box } from '../../lib/ui/place-popover';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };
const anchorAt = (left: number, top: number, width = 60, height = 20): Box => ({ left, top, right: left + width, bottom: top + height });

describe('placePopover', () => {
  it('goes below the anchor when it fits, a gap away, aligned to its left', () => {
    expect(placePopover(anchorAt(100, 100), size, viewport)).toEqual({ left: 100, top: 128, above: false });
  });

  it('goes above when it does not fit below but does above', () => {
    expect(placePopover(anchorAt(100, 700), size, viewport)).toEqual({ left: 100, top: 700 - 8 - 200, above: true });
  });

  it('fits exactly below at the limit', () => {
    // Room below: 800 - bottom - 8 - 8 = 200.
    expect(placePopover(anchorAt(100, 564), size, viewport).above).toBe(false);
    expect(placePopover(anchorAt(100, 565), size, viewport).above).toBe(true);
  });

  it('where it fits neither way, takes the side with more room, clamped into the viewport', () => {
    const tall = { width: 300, height: 700 };
    const high = placePopover(anchorAt(100, 200), tall, viewport);
    expect(high.above).toBe(false);
    // Below would start at 228; clamped so that its bottom stays a margin inside: 800 - 700 - 8.
    expect(high.top).toBe(92);
    const low = placePopover(anchorAt(100, 600), tall, viewport);
    expect(low.above).toBe(true);
    // Above would start at 600 - 8 - 700 = -108; clamped to the margin.
    expect(low.top).toBe(8);
    for (const p of [high, low]) {
      expect(p.top).toBeGreaterThanOrEqual(8);
      expect(p.top + tall.height).toBeLessThanOrEqual(800 - 8);
    }
  });

  it('stays inside the viewport horizontally', () => {
    expect(placePopover(anchorAt(900, 100), size, viewport).left).toBe(1000 - 300 - 8);
    expect(placePopover(anchorAt(-50, 100), size, viewport).left).toBe(8);
  });

  it('honours a custom gap and margin', () => {
    expect(placePopover(anchorAt(0, 100), size, viewport, 2, 20)).toEqual({ left: 20, top: 122, above: false });
  });

  it('keeps every placement within the margins for many anchors', () => {
    for (let top = 0; top <= 780; top += 20) {
      for (let left = 0; left <= 980; left += 70) {
        const p = placePopover(anchorAt(left, top), size, viewport);
        expect(p.left).toBeGreaterThanOrEqual(8);
        expect(p.left + size.width).toBeLessThanOrEqual(1000 - 8);
        expect(p.top).toBeGreaterThanOrEqual(8);
        expect(p.top + size.height).toBeLessThanOrEqual(800 - 8);
      }
    }
  });
});
