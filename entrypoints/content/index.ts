import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadAliasTable } from '../../lib/content/load-matcher';
import { startPageSession } from '../../lib/content/page-session';
import './popover.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const table = await loadAliasTable();
    if (table && ctx.isValid) await startPageSession(ctx, table);
  },
});
