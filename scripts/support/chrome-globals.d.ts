// The few extension APIs the tests call inside the service worker, where `chrome` is a global.
declare const chrome: {
  tabs: {
    query(filter: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
};
