import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ReadWhenSeenOptions {
  /** Someone can see the thread: the panel is open (the page's visibility the controller checks itself). */
  open(): boolean;
  /** The newest message is rendered and on screen. */
  newestOnScreen(): boolean;
  /** Tells the API the conversation is read (the store keeps it to one call per newest message). */
  markRead(): void;
}

/**
 * Marks the conversation read when its newest message is on screen for someone to see: the panel open and the page
 * visible. `check()` after anything that may have brought it on screen (a render, a scroll); it looks once the next frame is drawn,
 * once, however often it was asked; the page becoming visible checks too.
 */
export class ReadWhenSeen implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly isConnected: boolean };
  readonly #o: ReadWhenSeenOptions;
  #queued = false;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, options: ReadWhenSeenOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.check);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.check);
  }

  readonly check = (): void => {
    if (this.#queued) return;
    this.#queued = true;
    // After the frame is drawn: the request (and the layout it reads) must not hold up the frame that shows the
    // thread, as when the panel opens.
    requestAnimationFrame(() => setTimeout(() => {
      this.#queued = false;
      if (!this.#host.isConnected || document.visibilityState !== 'visible' || !this.#o.open() || !this.#o.newestOnScreen()) return;
      this.#o.markRead();
    }, 0));
  };
}
