import type { DataService } from '../db/data-service';
import type { BackgroundApi, DatasetSummary, RecordCard } from '../protocol/api';
import type { Handlers } from '../protocol/dispatch';
import { buildTimeline, relatedIdsOf, toRelatedRef } from '../timeline/build-timeline';

/** Who sent a message, as far as the handlers need to know. */
export interface SenderInfo {
  tabId?: number;
  windowId?: number;
}

export interface BackgroundDeps {
  data: DataService;
  /** The bundled dataset's summary, for "About the data". */
  about: DatasetSummary;
  /** Opens the timeline next to the sender's tab; false where the browser refuses. */
  openSidebar(sender: SenderInfo): Promise<boolean>;
  /** Tells every open tab that a site was switched on or off. */
  announceSite(site: string, enabled: boolean): Promise<void>;
  /** Tells every open tab that the reader's settings changed. */
  announceSettings(settings: { highlightAll: boolean }): Promise<void>;
}

export function createBackgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundApi, SenderInfo> {
  const { data } = deps;
  return {
    'site/get': async ({ site }) => ({ enabled: await data.getSiteEnabled(site) }),
    'site/set': async ({ site, enabled }) => {
      await data.setSiteEnabled(site, enabled);
      await deps.announceSite(site, enabled);
      return { enabled };
    },
    'records/get': async ({ ids }) => {
      const records = await data.getRecords(ids);
      const related = new Map((await data.getRecords(relatedIdsOf(records))).map((r) => [r.id, r]));
      for (const r of records) related.set(r.id, r);
      const cards: RecordCard[] = records.map((record) => ({
        record,
        related: record.related.flatMap((id) => {
          const target = related.get(id);
          return target ? [toRelatedRef(target)] : [];
        }),
      }));
      return { cards, source: data.status().source };
    },
    'timeline/get': async ({ ids }) => {
      const mentioned = await data.getRecords(ids);
      const related = await data.getRecords(relatedIdsOf(mentioned));
      return { entries: buildTimeline(mentioned, related), source: data.status().source };
    },
    'sidebar/open': async (_payload, sender) => ({ opened: await deps.openSidebar(sender) }),
    // Answered at once, so the popup can show seeding progress while it runs.
    'data/status': () => data.status(),
    'data/about': () => deps.about,
    'settings/get': () => data.getSettings(),
    'settings/set': async (change) => {
      const settings = await data.setSettings(change);
      await deps.announceSettings(settings);
      return settings;
    },
    'corrections/get': async ({ page }) => ({ corrections: await data.getCorrections(page) }),
    'corrections/set': async ({ page, key, recordId }) => {
      await data.setCorrection(page, key, recordId);
      return { saved: true };
    },
  };
}
