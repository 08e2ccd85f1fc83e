import type { PanelView } from '../../state/ui-store.js';

/** Whether focus is inside the panel (not on the launcher): closing then gives it back to the launcher. */
export function focusInPanel(root: ShadowRoot | null): boolean {
  const active = root?.activeElement;
  return !!active && active.localName !== 'kesk-launcher';
}

/** After a change of view, focus goes to the button that goes back the other way. */
export function focusViewButton(root: ShadowRoot, view: PanelView): void {
  const target = view === 'thread' ? '[part="sessions-button"]' : '[part="back-button"]';
  root.querySelector<HTMLElement>(target)?.focus();
}
