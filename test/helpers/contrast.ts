// A WCAG 2.2 contrast audit of what a user sees: every visible text in the widget's composed tree (through shadow
// roots and slots) against the background actually painted behind it, and every focus ring against its backdrop.
// axe skips text over translucent or mixed backgrounds ("incomplete"); this audit composites them instead.

type RGBA = [number, number, number, number];

const parse = (value: string): RGBA | null => {
  // Chromium resolves computed colours (color-mix included) to rgb()/rgba() or color(srgb …).
  const rgb = value.match(/^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+%?))?\)$/);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4])];
  const srgb = value.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+%?))?\)$/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4])];
  return null;
};

const alpha = (a: string | undefined) => (a === undefined ? 1 : a.endsWith('%') ? Number(a.slice(0, -1)) / 100 : Number(a));

/** `top` painted over the opaque `bottom`. */
const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

const luminance = ([r, g, b]: RGBA) => {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};

export const ratio = (a: RGBA, b: RGBA): number => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

/** The parent in the flat tree: a slotted node's slot, a shadow root's host. */
const flatParent = (el: Element): Element | null => el.assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/** The opaque colour painted behind `el` (its own background included), or null where an image or gradient paints it. */
export function backdrop(el: Element): RGBA | null {
  const layers: RGBA[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') return null;
    const bg = parse(style.backgroundColor);
    if (bg && bg[3] > 0) {
      layers.push(bg);
      if (bg[3] >= 1) break;
    }
  }
  let result: RGBA = [255, 255, 255, 1]; // the page under everything
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** The product of the opacities from `el` up: a translucent ancestor dims its text. */
const opacityOf = (el: Element) => {
  let o = 1;
  for (let node: Element | null = el; node; node = flatParent(node)) o *= Number(getComputedStyle(node).opacity);
  return o;
};

export interface ContrastProblem {
  text: string;
  where: string;
  ratio: number;
  needed: number;
}

function describe(el: Element): string {
  const part = el.getAttribute('part');
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  return `${host} ${el.localName}${part ? `[part="${part}"]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
}

/** Every element below `root` (composed tree) that holds visible text of its own. */
function* textElements(root: Element): Generator<Element> {
  const visit = function* (scope: Element | ShadowRoot): Generator<Element> {
    for (const el of scope.querySelectorAll('*')) {
      if ([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) yield el;
      if (el.shadowRoot) yield* visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) yield* visit(root.shadowRoot);
  yield* visit(root);
}

const isVisible = (el: Element) => {
  if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  if (el.closest('.visually-hidden')) return false;
  const box = el.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
};

/**
 * Text contrast (WCAG 1.4.3): 4.5:1, or 3:1 for large text (24px, or 18.66px bold). Text over images is skipped
 * (reported by `skipped`), as are disabled controls, which WCAG exempts.
 */
export function auditTextContrast(root: Element): { problems: ContrastProblem[]; checked: number; skipped: string[] } {
  const problems: ContrastProblem[] = [];
  const skipped: string[] = [];
  let checked = 0;
  for (const el of textElements(root)) {
    if (!isVisible(el) || el.closest(':disabled')) continue;
    const style = getComputedStyle(el);
    const fg = parse(style.color);
    const bg = backdrop(el);
    if (!fg || !bg) {
      skipped.push(describe(el));
      continue;
    }
    const text = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const r = ratio(text, bg);
    checked++;
    if (r < needed - 0.005) problems.push({ text: el.textContent!.trim().slice(0, 40), where: describe(el), ratio: Math.round(r * 100) / 100, needed });
  }
  return { problems, checked, skipped };
}

/**
 * The contrast of the focus indicator of a focused element against what surrounds it (WCAG 1.4.11 and 2.4.7: 3:1):
 * its outline, or a ring drawn as a box-shadow on it or on the box that holds it (the composer's field), or 0 when
 * nothing shows focus.
 */
export function focusIndicatorContrast(el: Element): number {
  const style = getComputedStyle(el);
  const ring = parse(style.outlineColor);
  if (ring && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
    // An outline drawn inside the element (negative offset) sits on its own background; outside, on its parent's —
    // unless a halo (a box-shadow ring filling the offset) lies under it, as on the launcher, which sits on any page.
    const offset = parseFloat(style.outlineOffset);
    const halo = [...style.boxShadow.matchAll(/(rgba?\([^)]*\)) 0px 0px 0px (\d+(?:\.\d+)?)px/g)].find((h) => parseFloat(h[2]!) >= offset);
    const behind = offset < 0 ? backdrop(el) : backdrop(flatParent(el) ?? el);
    const haloColor = halo && offset > 0 ? parse(halo[1]!) : null;
    const against = haloColor && behind ? over(haloColor, behind) : behind;
    if (against) return ratio(over(ring, against), against);
  }
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const shadow = getComputedStyle(node).boxShadow;
    // A spread-only ring: "rgb(26, 95, 180) 0px 0px 0px 2px" (the last colour is the outermost ring).
    const rings = [...shadow.matchAll(/(rgba?\([^)]*\)) 0px 0px 0px (\d+(?:\.\d+)?)px/g)];
    const outer = rings.at(-1);
    if (!outer || parseFloat(outer[2]!) < 2) continue;
    const color = parse(outer[1]!);
    const behind = backdrop(flatParent(node) ?? node);
    if (color && behind) return ratio(over(color, behind), behind);
  }
  return 0;
}
