import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome builds MV3 (side panel, service worker); Firefox builds MV2 (sidebar_action, persistent
// background page), which WXT makes the default for Firefox.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Terser's second pass packs the content script, which every news tab loads, tighter than esbuild.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'The backstory of the news you read: people, treaties and events explained on hover. Works offline; sends nothing anywhere.',
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    action: { default_title: 'Backstory' },
    // The highlights' look, in every page before it is parsed: adding it later restyles the whole page.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], css: ['highlights.css'], all_frames: true, run_at: 'document_start' }],
    // The alias table and its matcher compiled at build time, which the content script loads at page start.
    web_accessible_resources: [{ resources: ['generated/aliases.json', 'generated/matcher.bin'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
          sidebar_action: { default_title: 'Backstory timeline', open_at_install: false },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['test-results/**', '.demo-profile/**', 'bench/results/**'],
  },
});
