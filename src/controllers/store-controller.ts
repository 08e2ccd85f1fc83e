import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Subscribable<S> {
  readonly state: S;
  subscribe(listener: (state: S) => void): () => void;
}

/**
 * Re-renders the host whenever a plain-TypeScript store changes, and stops listening when the host leaves the
 * DOM. The store may arrive later (through context), so it is set with `attach`.
 */
export class StoreController<S> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #store?: Subscribable<S>;
  #unsubscribe?: () => void;
  #connected = false;

  constructor(host: ReactiveControllerHost, store?: Subscribable<S>) {
    this.#host = host;
    host.addController(this);
    if (store) this.attach(store);
  }

  get state(): S | undefined {
    return this.#store?.state;
  }

  attach(store: Subscribable<S> | undefined): void {
    if (store === this.#store) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = store;
    if (this.#connected) this.#listen();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#listen();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #listen(): void {
    if (!this.#store || this.#unsubscribe) return;
    this.#unsubscribe = this.#store.subscribe(() => this.#host.requestUpdate());
  }
}
