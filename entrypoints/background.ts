import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import dataset from '../data/generated/dataset.json';
import { announceSettings, announceSite } from '../lib/background/announce';
import { createBackgroundHandlers, type SenderInfo } from '../lib/background/handlers';
import type { BackgroundApi } from '../lib/protocol/api';
import { openSidebar } from '../lib/sidebar/open-sidebar';
import { createDataService } from '../lib/db/data-service';
import { openBackstoryDb } from '../lib/db/open-db';
import { summariseDataset } from '../lib/dataset/summarise';
import type { Dataset } from '../lib/dataset/types';
import { dispatch } from '../lib/protocol/dispatch';
import { backgroundChecks } from '../lib/protocol/validate';

export default defineBackground(() => {
  const data = createDataService(dataset as Dataset, () => openBackstoryDb());
  const handlers = createBackgroundHandlers({
    data,
    about: summariseDataset(dataset as Dataset),
    openSidebar: (sender) => openSidebar(sender.windowId), announceSite,
    announceSettings,
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch<BackgroundApi, SenderInfo>(message, backgroundChecks, handlers, { tabId: sender.tab?.id, windowId: sender.tab?.windowId }),
  );
});
