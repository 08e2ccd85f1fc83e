import { Emitter } from './emitter.js';

export type PanelView = 'thread' | 'sessions' | 'media';

export interface UiState {
  open: boolean;
  view: PanelView;
  /** The message being edited in the composer. */
  editingMessageId: number | null;
}

/** What the elements coordinate on besides the conversation: the panel's view and edit mode. */
export class UiStore {
  readonly #events = new Emitter<{ change: UiState; 'focus-composer': void }>();
  #state: UiState = { open: false, view: 'thread', editingMessageId: null };

  get state(): UiState {
    return this.#state;
  }

  subscribe(listener: (state: UiState) => void): () => void {
    return this.#events.on('change', listener);
  }

  set(patch: Partial<UiState>): void {
    this.#state = { ...this.#state, ...patch };
    this.#events.emit('change', this.#state);
  }

  /** Asks the composer to take focus (after open, send, edit, upload). */
  focusComposer(): void {
    this.#events.emit('focus-composer', undefined);
  }

  onFocusComposer(listener: () => void): () => void {
    return this.#events.on('focus-composer', listener);
  }
}
