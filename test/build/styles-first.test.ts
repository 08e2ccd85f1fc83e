// The one-file widget hoists its elements' stylesheets ahead of the elements' code (scripts/styles-first.js), so
// that they sit side by side and what they repeat of one another compresses. Each element's own custom properties
// mark its CSS. (The test server re-prints the file: the test checks the order, not byte distances.)
import { expect } from '@open-wc/testing';

const MARKERS = {
  chat: '--_offset:var(--kesk-offset',
  launcher: 'var(--kesk-badge',
  thread: '--_bg:var(--kesk-thread-background',
  composer: '--_bg:var(--kesk-composer-background',
  'bot suggestions': '--_chip:var(--kesk-suggestion-color',
  // In the one file the on-demand views are not on demand (scripts/eager-views.js): their sheets join the others.
  'session list': 'var(--kesk-session-list-current',
  'media gallery': 'var(--kesk-media-gallery-tile',
};

describe('build: the widget stylesheets', () => {
  it('come before the elements in dist/cdn/kesk-chat.js', async () => {
    const res = await fetch('/dist/cdn/kesk-chat.js');
    expect(res.ok, 'dist/cdn is built (npm run build:cdn)').to.be.true;
    const bundle = await res.text();
    const root = bundle.search(/customElements\.define\(\s*["']kesk-chat["']/);
    expect(root, 'the root registers').to.be.greaterThan(-1);
    for (const [name, marker] of Object.entries(MARKERS)) {
      const at = bundle.indexOf(marker);
      expect(at, `the ${name} stylesheet is in the bundle`).to.be.greaterThan(-1);
      expect(at, `the ${name} stylesheet comes before the elements`).to.be.below(root);
    }
  });
});
