// The one-file widget hoists its elements' icons and stylesheets ahead of the elements' code (scripts/styles-first.js),
// so that they sit side by side and what they repeat of one another compresses; the views file does the same with
// its sheets (scripts/view-chunks.js). Each element's own custom properties
// mark its CSS. (The test checks the order, not byte distances.)
import { expect } from '@open-wc/testing';
import { cdnFile } from './cdn-files.js';

const MARKERS = {
  chat: ':var(--kesk-offset',
  launcher: 'var(--kesk-badge',
  thread: ':var(--kesk-thread-background',
  composer: ':var(--kesk-composer-background',
  'bot suggestions': ':var(--kesk-suggestion-color',
};
// The conversations list and the gallery are a file of their own (scripts/view-chunks.js): their sheets are there.
const VIEW_MARKERS = { 'session list': 'var(--kesk-session-list-current', 'media gallery': 'var(--kesk-media-gallery-tile' };

// A path of each element's icons (src/icons/, the elements' `*.icons.ts`/`*-icons.ts`).
const ICONS = {
  'chat bubble': 'M12 3C6.5 3 2 6.9 2 11.7',
  'thread edit': 'M3 17.25V21h3.75',
  'chat back': 'M19 12H5m7 7-7-7 7-7',
  'bot suggestions restart': 'M17.65 6.35A7.96',
};

describe('build: the widget stylesheets', () => {
  it('come before the elements in the widget file of dist/cdn', async () => {
    const res = await fetch(`/dist/cdn/${(await cdnFile('widget')).file}`);
    expect(res.ok, 'dist/cdn is built (npm run build:cdn)').to.be.true;
    const bundle = await res.text();
    // The root's guarded registration (in this build, held until its strings are there: src/i18n/cdn-terms.ts).
    const root = bundle.search(/customElements\.get\(\s*["']kesk-chat["']\s*\)/);
    expect(root, 'the root registers').to.be.greaterThan(-1);
    for (const [name, marker] of Object.entries(MARKERS)) {
      const at = bundle.indexOf(marker);
      expect(at, `the ${name} stylesheet is in the bundle`).to.be.greaterThan(-1);
      expect(at, `the ${name} stylesheet comes before the elements`).to.be.below(root);
    }
    // The icons before the sheets, side by side too (the thread's and the composer's draw the same pencil).
    const sheets = Math.min(...Object.values(MARKERS).map((m) => bundle.indexOf(m)));
    for (const [name, path] of Object.entries(ICONS)) {
      const at = bundle.indexOf(path);
      expect(at, `the ${name} icon is in the bundle`).to.be.greaterThan(-1);
      expect(at, `the ${name} icon comes before the stylesheets`).to.be.below(sheets);
    }
    const views = await (await fetch(`/dist/cdn/${(await cdnFile('lazy', 'views')).file}`)).text();
    const firstView = views.search(/customElements\.get\(\s*["']kesk-(session-list|media-gallery)["']\s*\)/);
    expect(firstView, 'the views register').to.be.greaterThan(-1);
    for (const [name, marker] of Object.entries(VIEW_MARKERS)) {
      expect(bundle.includes(marker), `the ${name} stylesheet is not in the widget`).to.equal(false);
      expect(views.includes(marker), `the ${name} stylesheet is in the views file`).to.equal(true);
      expect(views.indexOf(marker), `the ${name} stylesheet comes before the views`).to.be.below(firstView);
    }
  });

  // scripts/css-private-names.js: the private custom properties only the CSS uses get short names in the build;
  // those the code sets (the keyboard controller's, the avatar's hue) keep theirs, and the public tokens stay.
  it('rename only the private custom properties nothing but the CSS uses', async () => {
    const bundle = await (await fetch(`/dist/cdn/${(await cdnFile('widget')).file}`)).text();
    for (const kept of ['--_vv-height', '--_vv-top', '--_keyboard', '--_hue', '--kesk-space', '--kesk-brand']) expect(bundle, kept).to.contain(kept);
    for (const renamed of ['var(--_space)', 'var(--_brand)', '--_text-muted']) expect(bundle, renamed).not.to.contain(renamed);
    expect(bundle).to.match(/--_0:var\(--kesk-space,8px\)/);
  });
});
