/**
 * Watches a document for content that changes after the first scan (live blogs, infinite
 * scroll, client-side navigation) and hands over the changed nodes in batches. Our own writes
 * (highlights, wrappers, the popover) are made inside `quiet` so that they are never seen.
 */
export interface MutationWatcher {
  quiet<T>(write: () => T): T;
  stop(): void;
}

export interface WatchOptions {
  /** Runs the flush later, coalescing many mutations into one batch. */
  schedule(flush: () => void): void;
  onChange(nodes: Set<Node>): void;
  isOwn(node: Node): boolean;
}

export function watchMutations(target: Node, options: WatchOptions): MutationWatcher {
  const pending = new Set<Node>();
  let scheduled = false;

  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      if (options.isOwn(record.target)) continue;
      if (record.type === 'characterData') pending.add(record.target);
      else {
        pending.add(record.target);
        record.addedNodes.forEach((n) => options.isOwn(n) || pending.add(n));
      }
    }
    if (pending.size > 0 && !scheduled) {
      scheduled = true;
      options.schedule(flush);
    }
  };
  const flush = () => {
    scheduled = false;
    if (pending.size === 0) return;
    const batch = new Set(pending);
    pending.clear();
    options.onChange(batch);
  };

  const view = (target.ownerDocument ?? (target as Document)).defaultView!;
  const observer = new view.MutationObserver(collect);
  const start = () => observer.observe(target, { childList: true, subtree: true, characterData: true });
  start();
  return {
    quiet(write) {
      collect(observer.takeRecords());
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
    stop: () => observer.disconnect(),
  };
}
