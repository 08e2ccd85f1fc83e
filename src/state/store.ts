import { Emitter } from './emitter.js';

/**
 * The shape every store shares: an immutable `state` replaced on each change, `subscribe` for renderers (the
 * elements' `StoreController`), and typed events (`on`) for everything else.
 */
export class Store<S extends object, E extends Record<string, unknown> = Record<never, never>> {
  protected readonly events = new Emitter<Omit<E, 'change'> & { change: S }>();
  #state: S;

  constructor(initial: S) {
    this.#state = initial;
  }

  get state(): S {
    return this.#state;
  }

  /** Called with the payload of each `type` event the store tells (see each store's events). */
  on<K extends keyof E>(type: K, listener: (payload: E[K]) => void): () => void {
    return (this.events as unknown as Emitter<E>).on(type, listener);
  }

  /** Called with the new state after every change. */
  subscribe(listener: (state: S) => void): () => void {
    return this.events.on('change', listener);
  }

  protected setState(patch: Partial<S>): void {
    this.#state = { ...this.#state, ...patch };
    // `change` always carries S; TypeScript cannot see that through the generic event map.
    (this.events as unknown as Emitter<{ change: S }>).emit('change', this.#state);
  }
}
