import { describe, expect, it } from 'vitest';
import { createHoverIntent, type Timers } from '../../lib/ui/hover-intent';

/** Timers that fire only when the test says time has passed. */
class FakeTimers implements Timers {
  now = 0;
  private nextId = 1;
  private pending = new Map<number, { at: number; callback: () => void }>();

  set(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }

  clear(id: number): void {
    this.pending.delete(id);
  }

  get count(): number {
    return this.pending.size;
  }

  /** Moves time on, firing every timer that comes due, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
}

function setup() {
  const timers = new FakeTimers();
  const events: string[] = [];
  const intent = createHoverIntent<string>({
    dwellMs: 300,
    graceMs: 200,
    timers,
    onOpen: (key) => events.push(`open ${key}`),
    onClose: () => events.push('close'),
  });
  return { timers, events, intent };
}

describe('createHoverIntent', () => {
  it('opens after the pointer dwells on a mention, not before', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(299);
    expect(events).toEqual([]);
    expect(intent.openKey()).toBeNull();
    timers.advance(1);
    expect(events).toEqual(['open a']);
    expect(intent.openKey()).toBe('a');
  });

  it('does not open when the pointer passes over and away', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(100);
    intent.away();
    timers.advance(1000);
    expect(events).toEqual([]);
    expect(timers.count).toBe(0);
  });

  it('moving over the same mention again does not restart the dwell', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(200);
    intent.overMention('a');
    timers.advance(100);
    expect(events).toEqual(['open a']);
  });

  it('moving to another mention restarts the dwell for it', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(200);
    intent.overMention('b');
    timers.advance(200);
    expect(events).toEqual([]);
    timers.advance(100);
    expect(events).toEqual(['open b']);
    expect(timers.count).toBe(0);
  });

  it('closes after a grace delay once the pointer leaves', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.away();
    timers.advance(199);
    expect(events).toEqual(['open a']);
    timers.advance(1);
    expect(events).toEqual(['open a', 'close']);
    expect(intent.openKey()).toBeNull();
  });

  it('moving onto the popover within the grace delay keeps it open', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.away();
    timers.advance(150);
    intent.overPopover();
    timers.advance(1000);
    expect(events).toEqual(['open a']);
    expect(intent.openKey()).toBe('a');
    intent.away();
    timers.advance(200);
    expect(events).toEqual(['open a', 'close']);
  });

  it('moving back onto the open mention within the grace delay keeps it open', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.away();
    timers.advance(100);
    intent.overMention('a');
    timers.advance(1000);
    expect(events).toEqual(['open a']);
  });

  it('repeated aways start only one grace delay', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.away();
    timers.advance(150);
    intent.away();
    expect(timers.count).toBe(1);
    timers.advance(50);
    expect(events).toEqual(['open a', 'close']);
  });

  it('moving from an open mention to another opens that one after its dwell', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.overMention('b');
    expect(intent.openKey()).toBe('a');
    timers.advance(300);
    expect(events).toEqual(['open a', 'open b']);
    expect(intent.openKey()).toBe('b');
  });

  it('the popover cancels a pending dwell', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.overMention('b');
    timers.advance(100);
    intent.overPopover();
    timers.advance(1000);
    expect(events).toEqual(['open a']);
    expect(intent.openKey()).toBe('a');
  });

  it('close() closes at once and cancels every timer', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.away();
    intent.close();
    expect(events).toEqual(['open a', 'close']);
    expect(timers.count).toBe(0);
    timers.advance(1000);
    expect(events).toEqual(['open a', 'close']);
  });

  it('close() with nothing open calls nothing, but cancels a pending open', () => {
    const { timers, events, intent } = setup();
    intent.close();
    intent.overMention('a');
    intent.close();
    timers.advance(1000);
    expect(events).toEqual([]);
  });

  it('destroy() is a final close', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.overMention('b');
    intent.destroy();
    timers.advance(1000);
    expect(events).toEqual(['open a', 'close']);
    expect(timers.count).toBe(0);
  });

  it('a mention can open again after closing', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.close();
    intent.overMention('a');
    timers.advance(300);
    expect(events).toEqual(['open a', 'close', 'open a']);
  });

  // With 'a' open, passing over 'b' starts b's dwell; coming back to 'a' returns early (it is
  // the open key) without cancelling that dwell, so 'b' opens while the pointer rests on 'a'.
  it('returning to the open mention cancels the dwell of one passed over', () => {
    const { timers, events, intent } = setup();
    intent.overMention('a');
    timers.advance(300);
    intent.overMention('b');
    timers.advance(100);
    intent.overMention('a');
    timers.advance(1000);
    expect(events).toEqual(['open a']);
    expect(intent.openKey()).toBe('a');
  });
});
