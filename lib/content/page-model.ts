import { childrenWithoutText, collectText, textLengthUpTo, type TextIndex } from '../dom/text-index';
import { decide, dependsOnContext, findInText, type Found, type ResolveContext, type ResolvedMention, type Resolver } from '../match/resolve';

/**
 * The page's text and mentions, kept in segments (one per block under each article root) so that
 * a change to one paragraph is re-read and re-matched alone, not the whole page.
 */
export interface Segment {
  /** Unique for the page's lifetime: mention keys are built from it. */
  id: number;
  unit: Node;
  index: TextIndex;
  found: Found;
  /** Whether its mentions must be decided again when the page's context changes (see dependsOnContext). */
  contextual: boolean;
  mentions: ResolvedMention[];
}

export interface MentionRef {
  /** Stable while the segment is unchanged. */
  key: string;
  segment: Segment;
  mention: ResolvedMention;
}

export interface PageModel {
  /** Every mention, in document order. */
  mentions(): MentionRef[];
  /** The segments read so far, in document order, their mentions decided down to `upTo` (all by default). */
  segments(upTo?: number): readonly Segment[];
  /** The mention a key names, while its segment is unchanged. */
  byKey(key: string): MentionRef | undefined;
  /**
   * Reads segments not read yet while `more()` says there is time; true if any are left. The
   * first scan of a long page is spread over idle periods this way, so no task of ours runs long.
   */
  readSome(more: () => boolean): boolean;
  /** Re-reads the segments holding these nodes; true if any mention changed. */
  update(changed: Iterable<Node>): boolean;
  /** Re-decides every mention (the reader corrected one; nothing is re-read). */
  setContext(context: ResolveContext): void;
  /** The segment and position of a text node, for hit-testing. */
  locate(node: Text): { segment: Segment; position: number } | undefined;
  /** Re-reads every segment's DOM positions without matching again (after the DOM was rewrapped). */
  reindex(): void;
  roots(): readonly Node[];
}

/** Above this many characters, a container's children are read as separate units. */
const MAX_UNIT_CHARS = 20_000;

/** Segments decided between two looks at the clock. */
const DECIDE_BATCH = 64;

export const keyOf = (segment: Segment, mention: ResolvedMention) => `${segment.id}:${mention.start}`;

export function createPageModel(
  roots: readonly Node[],
  resolver: Resolver,
  skip: (el: Element) => boolean,
  initial: ResolveContext,
): PageModel {
  let context = initial;
  const segments = new Map<Node, Segment>();
  const byId = new Map<number, Segment>();
  let ordered: Segment[] = [];
  let nextId = 0;

  // Units are the blocks read and matched as one; a large container is split into its children.
  // Found as the reading reaches them: measuring every child of a long page's container up front
  // was one long task before the first slice.
  const containers = new Set<Node>(roots);
  function* unitsOf(container: Node): Generator<Node> {
    const children = childrenWithoutText(container);
    if (!children) {
      yield container;
      return;
    }
    for (const child of children) {
      if (child.nodeType !== Node.ELEMENT_NODE || skip(child as Element)) continue;
      const el = child as Element;
      if (el.childElementCount > 0 && childrenWithoutText(el) && textLengthUpTo(el, MAX_UNIT_CHARS + 1) > MAX_UNIT_CHARS) {
        containers.add(el);
        yield* unitsOf(el);
      } else yield el;
    }
  }
  const unitOf = (node: Node): Node | null => {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (segments.has(n)) return n;
      const parent = n.parentNode;
      if (parent && containers.has(parent)) {
        if (!childrenWithoutText(parent)) return parent;
        return n.nodeType === Node.ELEMENT_NODE && !skip(n as Element) ? n : null;
      }
      if (containers.has(n)) return childrenWithoutText(n) ? null : n;
    }
    return null;
  };
  const read = (unit: Node): Segment => {
    return segmentOf(unit, collectText(unit, skip));
  };
  const segmentOf = (unit: Node, index: TextIndex): Segment => {
    const found = findInText(resolver, index.text, context.publishedDay !== undefined);
    return { id: nextId++, unit, index, found, contextual: dependsOnContext(found), mentions: [] };
  };
  // Kept up to date by difference, so that each read or change costs what it touched.
  const onPage = new Map<string, number>();
  let contextChanged = false;
  let currentUpTo = 0;
  let fresh: Segment[] = [];
  let flat: MentionRef[] | null = null;
  const follows = (a: Segment, b: Segment) => (b.unit.compareDocumentPosition(a.unit) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

  // The first reading takes units in document order: each goes last without asking the DOM, until
  // a change puts a segment anywhere else.
  let inReadingOrder = true;
  const add = (segment: Segment, fromFirstReading = false) => {
    segments.set(segment.unit, segment);
    byId.set(segment.id, segment);
    let at = ordered.length;
    if (!(fromFirstReading && inReadingOrder) && at > 0 && !follows(segment, ordered[at - 1]!)) {
      let lo = 0;
      let hi = ordered.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (follows(segment, ordered[mid]!)) lo = mid + 1;
        else hi = mid;
      }
      at = lo;
    }
    ordered.splice(at, 0, segment);
    if (at < currentUpTo) currentUpTo += 1;
    for (const id of segment.found.sure) {
      const n = onPage.get(id) ?? 0;
      if (n === 0) contextChanged = true;
      onPage.set(id, n + 1);
    }
    fresh.push(segment);
  };
  const remove = (segment: Segment) => {
    segments.delete(segment.unit);
    byId.delete(segment.id);
    const at = ordered.indexOf(segment);
    ordered.splice(at, 1);
    if (at < currentUpTo) currentUpTo -= 1;
    for (const id of segment.found.sure) {
      const n = onPage.get(id)! - 1;
      if (n === 0) contextChanged = true;
      onPage.set(id, n);
    }
  };
  // Segments before `currentUpTo` are decided in the current context. When the records named on
  // the page change, the rest are decided again only when they are asked for (a paint asks for
  // those down to the screen's end), so a long page read in slices is not re-decided every slice.
  const contextNow = () => {
    const named = new Set([...onPage].filter(([, n]) => n > 0).map(([id]) => id));
    return { ...context, onPage: named, namedCounts: onPage };
  };
  let now = contextNow();
  /** Decides the new segments; the others are left for `decidedTo` when the page's context changed. */
  const settle = () => {
    if (contextChanged) {
      now = contextNow();
      currentUpTo = 0;
      contextChanged = false;
    }
    for (const s of fresh) s.mentions = decide(resolver, s.found, now);
    fresh = [];
    flat = null;
  };
  const decidedTo = (upTo: number): readonly Segment[] => {
    const end = Math.min(upTo, ordered.length);
    if (currentUpTo < end) {
      for (let i = currentUpTo; i < end; i++) {
        const segment = ordered[i]!;
        if (segment.contextual) segment.mentions = decide(resolver, segment.found, now);
      }
      currentUpTo = end;
      flat = null;
    }
    return ordered;
  };

  const unread: Node[] = [];
  const unitsToList = (function* () {
    for (const root of roots) yield* unitsOf(root);
  })();
  let allListed = false;
  /** Lists the next unit; false once every one is listed. */
  const listOne = (): boolean => {
    if (allListed) return false;
    const listed = unitsToList.next();
    if (listed.done) allListed = true;
    else unread.push(listed.value);
    return !allListed;
  };
  let next = 0;

  return {
    mentions: () => {
      decidedTo(ordered.length);
      return (flat ??= ordered.flatMap((segment) => segment.mentions.map((mention) => ({ key: keyOf(segment, mention), segment, mention }))));
    },
    segments: (upTo = Infinity) => decidedTo(upTo),
    byKey(key) {
      decidedTo(ordered.length);
      const [id, start] = key.split(':').map(Number);
      const segment = byId.get(id!);
      const mention = segment?.mentions.find((m) => m.start === start);
      return segment && mention ? { key, segment, mention } : undefined;
    },
    readSome(more) {
      let read1 = false;
      while ((next < unread.length || listOne()) && (!read1 || more())) {
        const unit = unread[next++]!;
        // Decided as it is read, so that the clock the slice keeps counts the deciding too.
        if (unit.isConnected && !segments.has(unit)) {
          add(read(unit), true);
          settle();
        }
        read1 = true;
      }
      const allRead = allListed && next >= unread.length;
      // Everything read: what the page's context left undecided is decided in slices too.
      if (allRead && currentUpTo < ordered.length) {
        do decidedTo(currentUpTo + DECIDE_BATCH);
        while (currentUpTo < ordered.length && more());
      }
      return !allRead || currentUpTo < ordered.length;
    },
    update(changed) {
      // Which nodes are units depends on every container being known.
      while (listOne());
      const units = new Set<Node>();
      let containerChanged = false;
      for (const node of changed) {
        containerChanged ||= containers.has(node);
        const unit = unitOf(node);
        if (unit) units.add(unit);
      }
      let touched = false;
      if (units.size > 0) inReadingOrder = false;
      for (const unit of units) {
        const before = segments.get(unit);
        const inPage = unit.isConnected && roots.some((r) => r === unit || r.contains(unit));
        if (before) remove(before);
        if (!inPage) {
          touched ||= !!before && before.found.named.length + before.found.cues.length > 0;
          continue;
        }
        const index = collectText(unit, skip);
        const same = before && before.index.text === index.text && before.index.nodes.every((n, i) => index.nodes[i] === n);
        // Unchanged (an attribute, a style): keep the segment, and with it its mentions' keys.
        if (same) add(before);
        else {
          add(segmentOf(unit, index));
          touched = true;
        }
      }
      // A container's children changed: forget units that left it (a removed node is not reported).
      if (containerChanged) for (const segment of [...ordered]) if (!segment.unit.isConnected) remove(segment);
      settle();
      return touched;
    },
    setContext(change) {
      context = change;
      contextChanged = true;
      settle();
    },
    // Found by climbing to the segment's block on demand: an index of every text node of a long
    // page would cost an entry per node for the few a reader ever hovers.
    locate(node) {
      for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
        const segment = segments.get(n);
        if (!segment) continue;
        const position = segment.index.nodes.indexOf(node);
        return position < 0 ? undefined : { segment, position };
      }
      return undefined;
    },
    reindex() {
      for (const segment of ordered) segment.index = collectText(segment.unit, skip);
      flat = null;
    },
    roots: () => roots,
  };
}
