import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS } from '../../lib/dom/highlight-painter';

describe('the highlight rules the manifest injects', () => {
  it('are the rules the painter adds to shadow roots', () => {
    // The manifest's copy is a static file: it must not drift from the painter's.
    expect(readFileSync(new URL('../../public/highlights.css', import.meta.url), 'utf8')).toBe(HIGHLIGHT_CSS);
  });
});
