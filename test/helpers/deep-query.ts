// Finds elements through every shadow root below an element, as a user's eyes would, for tests of composed widgets.

/** Every element matching `selector` in `root`'s shadow root, its light DOM, and all the shadow roots below them. */
export function deepAll(root: Element, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (scope: Element | ShadowRoot) => {
    for (const el of scope.querySelectorAll<HTMLElement>('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** The first of them. */
export const deep = (root: Element, selector: string): HTMLElement | undefined => deepAll(root, selector)[0];
