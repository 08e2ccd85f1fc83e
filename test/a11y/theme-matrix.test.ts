import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { auditTextContrast, focusIndicatorContrast } from '../helpers/contrast.js';
import { deepAll } from '../helpers/deep-query.js';
import { emulateMedia } from '../helpers/engine.js';
import { config } from '../helpers/emulator.js';
import { scenes } from './scenes.js';

// WCAG 2.2 AA for every element of the widget, in every state a shopper meets (scenes.ts), in light and dark,
// left to right (English) and right to left (Arabic): axe, and a contrast audit that composites translucent
// backgrounds (which axe leaves "incomplete"). Reduced motion keeps colour transitions from being caught mid-way.

const looks = [
  { theme: 'light', lang: 'en' },
  { theme: 'dark', lang: 'en' },
  { theme: 'light', lang: 'ar' },
  { theme: 'dark', lang: 'ar' },
];

// A host page with landmarks of its own, as stores have: the widget must not add a second banner or main.
const landmarks = document.createElement('div');
landmarks.innerHTML = '<header><a href="#">Store</a></header><main><h1>Boots</h1></main><footer>© Store</footer>';
before(() => {
  document.body.prepend(landmarks);
  return emulateMedia({ reducedMotion: 'reduce' });
});
after(() => {
  landmarks.remove();
  return emulateMedia({ reducedMotion: 'no-preference' });
});
beforeEach(() => localStorage.clear());
afterEach(() => config({ reply_delay_ms: 1200 }));

describe('accessibility in light, dark and right-to-left', () => {
  for (const scene of scenes) {
    for (const { theme, lang } of looks) {
      it(`${scene.name} — ${theme}, ${lang}`, async () => {
        const el = await scene.build(theme, lang);
        try {
          await expect(el).to.be.accessible();
          await expect(document.body, 'with the host page').to.be.accessible();
          const { problems, checked } = auditTextContrast(el);
          expect(checked, 'texts were checked').to.be.greaterThan(0);
          expect(problems, JSON.stringify(problems, null, 1)).to.deep.equal([]);
          // Every control shows focus, with 3:1 against what surrounds it (keyboard modality first: a key press).
          await sendKeys({ press: 'Shift' });
          const weak: string[] = [];
          for (const control of deepAll(el, 'button, a[href], textarea, [tabindex]')) {
            if (!control.checkVisibility({ checkVisibilityCSS: true }) || (control as HTMLButtonElement).disabled) continue;
            // The panel is focused only on touch screens, where opening must not raise the keyboard: it is no control.
            if (control.getAttribute('part') === 'panel') continue;
            control.focus();
            // Outside an open modal dialog, controls are inert: they cannot take focus, so they need no ring.
            if ((control.getRootNode() as ShadowRoot).activeElement !== control) continue;
            const contrast = focusIndicatorContrast(control);
            if (contrast < 3) weak.push(`${control.getAttribute('aria-label') ?? control.getAttribute('part') ?? control.localName}: ${contrast.toFixed(2)}`);
          }
          expect(weak, 'focus indicators under 3:1').to.deep.equal([]);
        } finally {
          el.remove();
        }
      });
    }
  }
});
