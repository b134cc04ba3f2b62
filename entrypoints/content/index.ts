import { defineContentScript } from 'wxt/utils/define-content-script';
import aliases from '../../data/generated/aliases.json';
import { startPageSession } from '../../lib/content/page-session';
import type { AliasTable } from '../../lib/match/alias-table';
import './popover.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  cssInjectionMode: 'ui',
  main: (ctx) => startPageSession(ctx, aliases as AliasTable),
});
