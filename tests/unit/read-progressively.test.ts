import { describe, expect, it } from 'vitest';
import type { PageModel } from '../../lib/content/page-model';
import { readProgressively } from '../../lib/content/read-progressively';

/** A model with `slices` slices of reading, each taking 10 ms of a fake clock. */
function fakeModel(slices: number, clock: { t: number }): PageModel {
  let left = slices;
  return {
    readSome: () => {
      clock.t += 10;
      left -= 1;
      return left > 0;
    },
  } as unknown as PageModel;
}

describe('readProgressively', () => {
  it('yields between slices, paints every so often and once at the end', async () => {
    const clock = { t: 0 };
    let yields = 0;
    let paints = 0;
    const done = await readProgressively(fakeModel(30, clock), {
      sliceMs: 8,
      paintEveryMs: 100,
      now: () => clock.t,
      yieldToPage: async () => void yields++,
      paint: () => void paints++,
      stillWanted: () => true,
    });
    expect(done).toBe(true);
    expect(yields).toBe(29);
    // 300 ms of reading: a paint about every 100 ms, and the last one at the end.
    expect(paints).toBe(3);
  });

  it('stops, without a final paint, once it is no longer wanted', async () => {
    const clock = { t: 0 };
    let paints = 0;
    let wanted = 3;
    const done = await readProgressively(fakeModel(30, clock), {
      sliceMs: 8,
      paintEveryMs: 1000,
      now: () => clock.t,
      yieldToPage: async () => undefined,
      paint: () => void paints++,
      stillWanted: () => wanted-- > 0,
    });
    expect(done).toBe(false);
    expect(paints).toBe(0);
  });
});
