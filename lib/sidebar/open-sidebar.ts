import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which the Chrome-shaped `browser` types do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the timeline: Chrome's side panel for a window, or Firefox's sidebar. Both need the
 * user's gesture, so the call is made at once, before anything is awaited.
 */
export function openSidebar(windowId: number | undefined): Promise<boolean> {
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  try {
    if (browser.sidePanel && windowId !== undefined) {
      return browser.sidePanel.open({ windowId }).then(
        () => true,
        () => false,
      );
    }
    if (sidebarAction) {
      return sidebarAction.open().then(
        () => true,
        () => false,
      );
    }
  } catch {
    // Refused at once: no gesture, or no sidebar in this browser.
  }
  return Promise.resolve(false);
}
