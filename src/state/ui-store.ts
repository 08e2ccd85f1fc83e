import { Store } from './store.js';

export type PanelView = 'thread' | 'sessions' | 'media';

export interface UiState {
  open: boolean;
  view: PanelView;
  /** The message being edited in the composer. */
  editingMessageId: number | null;
}

/** What the elements coordinate on besides the conversation: the panel's view and edit mode. */
export class UiStore extends Store<UiState, { 'focus-composer': void }> {
  constructor() {
    super({ open: false, view: 'thread', editingMessageId: null });
  }

  set(patch: Partial<UiState>): void {
    this.setState(patch);
  }

  /** Asks the composer to take focus (after open, send, edit, upload). */
  focusComposer(): void {
    this.events.emit('focus-composer', undefined);
  }

  onFocusComposer(listener: () => void): () => void {
    return this.events.on('focus-composer', listener);
  }
}
