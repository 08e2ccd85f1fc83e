import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller reads of `window.visualViewport` (a test hands in its own). */
export interface ViewportLike extends EventTarget {
  readonly height: number;
  readonly offsetTop: number;
  readonly scale: number;
}

/** What it reads of `navigator.virtualKeyboard` (Chromium's VirtualKeyboard API). */
export interface KeyboardLike extends EventTarget {
  readonly overlaysContent: boolean;
  readonly boundingRect: DOMRectReadOnly;
}

/**
 * Keeps the full-screen phone panel in the part of the screen the on-screen keyboard leaves free, so the composer
 * stays above it. iOS Safari, and Chrome on Android by default, shrink only the visual viewport when the keyboard
 * opens: a `position: fixed; inset: 0` panel would keep its composer under the keyboard. So this sets
 * `--_vv-top` and `--_vv-height` on the panel from the visual viewport (not while the page is pinch-zoomed: the
 * reader then pans a magnified page, and the panel must not shrink). Where the page lets the keyboard overlay the
 * content (`navigator.virtualKeyboard.overlaysContent = true`), the visual viewport does not shrink, and
 * `--_keyboard` carries the keyboard's height instead. The styles decide where these apply (phones only).
 */
export class KeyboardInsetController implements ReactiveController {
  readonly #target: () => HTMLElement | null | undefined;
  readonly #viewport: ViewportLike | undefined;
  readonly #keyboard: KeyboardLike | undefined;
  /** The element the values were last written to. */
  #written: HTMLElement | undefined;

  constructor(
    host: ReactiveControllerHost,
    target: () => HTMLElement | null | undefined,
    viewport: ViewportLike | undefined = globalThis.visualViewport ?? undefined,
    keyboard: KeyboardLike | undefined = (globalThis.navigator as { virtualKeyboard?: KeyboardLike } | undefined)?.virtualKeyboard,
  ) {
    this.#target = target;
    this.#viewport = viewport;
    this.#keyboard = keyboard;
    host.addController(this);
  }

  hostConnected(): void {
    this.#listen('addEventListener');
  }

  hostDisconnected(): void {
    this.#listen('removeEventListener');
  }

  #listen(how: 'addEventListener' | 'removeEventListener'): void {
    this.#viewport?.[how]('resize', this.update);
    this.#viewport?.[how]('scroll', this.update);
    this.#keyboard?.[how]('geometrychange', this.update);
  }

  // Reading the visual viewport lays the page out: after the host's own renders (opening the panel with its
  // messages, typing) that is a forced layout of the whole panel, 5 ms and more on a phone. The host's DOM does not
  // move the viewport, so it is read once for each new target element, and then only when the viewport or the
  // keyboard says it changed.
  hostUpdated(): void {
    const target = this.#target();
    if (target && target !== this.#written) this.update();
  }

  /** Reads the viewport and the keyboard again. */
  readonly update = (): void => {
    const target = this.#target();
    if (!target) return;
    this.#written = target;
    const style = target.style;
    const vv = this.#viewport;
    const set = (name: string, px: number | null) => {
      const value = px === null ? '' : `${Math.round(px)}px`;
      if (style.getPropertyValue(name) !== value) value ? style.setProperty(name, value) : style.removeProperty(name);
    };
    const unzoomed = !!vv && Math.abs(vv.scale - 1) < 0.01;
    set('--_vv-top', unzoomed ? vv!.offsetTop : null);
    set('--_vv-height', unzoomed ? vv!.height : null);
    const kb = this.#keyboard;
    set('--_keyboard', kb?.overlaysContent && kb.boundingRect.height > 0 ? kb.boundingRect.height : null);
  };
}
