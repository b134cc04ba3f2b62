import { fileURLToPath } from 'node:url';
import { DEMO_PORT } from '../../../playwright.config';

export const FIREFOX_BUILD = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));
export const FIREFOX = process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';
export const demoUrl = (page: string) => `http://localhost:${DEMO_PORT}/${page}`;
