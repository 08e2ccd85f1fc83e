import type { ReactiveElement } from 'lit';
import type { ChatContextValue } from '../../context/chat-context.js';
import type { PanelView } from '../../state/ui-store.js';

/** Whether focus is inside the panel (not on the launcher): closing then gives it back to the launcher. */
export function focusInPanel(root: ShadowRoot | null): boolean {
  const active = root?.activeElement;
  return !!active && active.localName !== 'kesk-launcher';
}

/**
 * Opening moves focus into the composer (or to the view's back button). On a touch screen it moves to the panel
 * itself: focusing the composer there would raise the on-screen keyboard over the conversation before the shopper
 * has read it; their first tap in the composer brings it up.
 */
export async function focusInside(host: ReactiveElement, chat: () => ChatContextValue | undefined, floating: () => boolean): Promise<void> {
  await host.updateComplete;
  const root = host.renderRoot as ShadowRoot;
  const composer = root.querySelector<ReactiveElement>('kesk-composer');
  await composer?.updateComplete;
  const c = chat();
  if (!c) return;
  if (floating() && matchMedia('(pointer: coarse)').matches) root.querySelector<HTMLElement>('[part="panel"]')?.focus();
  else if (c.ui.state.view === 'thread') c.ui.focusComposer();
  else root.querySelector<HTMLElement>('[part="back-button"]')?.focus();
}

/** After a change of view, focus goes to the button that goes back the other way. */
export function focusViewButton(root: ShadowRoot, view: PanelView): void {
  const target = view === 'thread' ? '[part="sessions-button"]' : '[part="back-button"]';
  root.querySelector<HTMLElement>(target)?.focus();
}
