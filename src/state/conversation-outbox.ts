import type { ChatApi } from './chat-api.js';
import { scopeOf, type ConversationConfig } from './conversation-config.js';
import { deliver, type DeliveryHost } from './delivery.js';
import { composeThread, outboxItem, summarise, type OutboxSummary } from './outbox-thread.js';
import { Outbox } from './outbox.js';
import type { NewOutboxEntry, OutboxEntry } from './outbox-types.js';
import type { PendingUpload, ThreadItem } from './thread-item.js';

/** How each step of a delivery shows in the conversation (see `DeliveryHost`). */
export type DeliveryHooks = Omit<DeliveryHost, 'api' | 'target' | 'outbox' | 'uploads'>;

/**
 * A conversation's outbox: the queue (`Outbox`: persisted, retried, in order) and what sending in a conversation
 * adds. Each entry is delivered the way the conversation's mode needs (`delivery.ts`, its files uploaded one at a
 * time) and `hooks` show each step in the conversation. It knows which `client_message_id`s this page wrote, the
 * upload in flight of each file (so the user can cancel one), the messages the API stored without returning them,
 * the files cancelled from a message that went without them, and, while the view is a conversation not started
 * yet, the group its messages share. `thread` places the user's messages among the server's.
 */
export class ConversationOutbox extends Outbox {
  /** While the view is a conversation not started yet: the group its queued messages share. */
  unstartedGroup: string | null = null;
  readonly #api: ChatApi;
  /** The `client_message_id`s this page wrote (or restored): those messages are the user's wherever they come back. */
  readonly #written = new Set<string>();
  /** The upload in flight per upload key. */
  readonly #uploads: Map<string, AbortController>;
  /** Ours that the API stored without returning them (bot turns), shown as sent until history has them. */
  readonly #storedNotReturned = new Map<string, ThreadItem>();
  /** Files the user cancelled from a message that went without them: still listed as cancelled under it. */
  readonly #cancelledFiles = new Map<string, PendingUpload[]>();

  constructor(api: ChatApi, config: ConversationConfig, hooks: DeliveryHooks) {
    const uploads = new Map<string, AbortController>();
    // The host reads the outbox it delivers for, which exists once `super` has made it.
    const host: Omit<DeliveryHost, 'outbox'> & { outbox?: Outbox } = { ...hooks, api, target: config, uploads };
    super({
      scope: scopeOf(config),
      deliver: (entry, signal) => deliver(host as DeliveryHost, entry, signal),
      persistence: config.outbox,
      owner: (ask) => api.tokenFingerprint({ ask }),
      network: config.network,
      lock: config.lock,
      policy: config.retry,
      clock: config.clock,
    });
    host.outbox = this;
    this.#api = api;
    this.#uploads = uploads;
  }

  /** Whether this page wrote the message with `clientMessageId`. */
  wrote(clientMessageId: string): boolean {
    return this.#written.has(clientMessageId);
  }

  /**
   * Queues a checked message (see `checkMessage`) with its files, each to be uploaded in its turn. One written
   * before its session exists waits for the first of its group to create it, then goes to that session.
   */
  queue(message: Omit<NewOutboxEntry, 'group' | 'uploads'>, files: readonly File[]): void {
    this.#written.add(message.id);
    const group = message.sessionId === null ? (this.unstartedGroup ??= message.id) : null;
    const uploads = files.map((file, i): PendingUpload => ({ key: `c:${message.id}:${i}`, file, loaded: 0, total: file.size, state: 'waiting' }));
    this.add({ ...message, group, uploads });
  }

  /** Cancels one file's upload; its message goes without it (or fails, if nothing is left of it). */
  cancelUpload(id: string, uploadKey: string): void {
    const entry = this.get(id);
    if (!entry) return;
    this.update(id, { uploads: entry.uploads.map((u) => (u.key === uploadKey && u.state !== 'done' ? { ...u, state: 'cancelled' as const } : u)) });
    this.#uploads.get(uploadKey)?.abort();
  }

  /**
   * Restores what a previous page left (it waits to be started). Messages queued under another token wait for
   * proof that they are this user's: a session the user can read is theirs (the API refuses anyone else), so its
   * messages join the queue; the others stay held and are never shown.
   */
  async restore(): Promise<void> {
    await this.load();
    this.#claimQueued();
    void this.#adoptHeld();
  }

  async #adoptHeld(): Promise<void> {
    for (const sessionId of this.heldSessions.slice(0, 5)) {
      try {
        await this.#api.getChatMessageHistory(sessionId, { limit: 1 });
      } catch {
        continue;
      }
      this.adopt(sessionId);
      this.#claimQueued();
    }
  }

  #claimQueued(): void {
    for (const entry of this.state.entries) this.#written.add(entry.id);
  }

  /** Shows the conversation not started yet that the outbox holds messages for (the newest), if any. Says whether. */
  resumeUnstarted(): boolean {
    const waiting = this.state.entries.findLast((e) => e.sessionId === null);
    if (waiting) this.unstartedGroup = waiting.group ?? waiting.id;
    return !!waiting;
  }

  /**
   * The API stored the entry without returning it (a bot answers with its reply): in the conversation shown, it
   * shows as sent until the history has it. Says whether it is shown.
   */
  storedNotReturned(entry: OutboxEntry, shown: { sessionId: number | null; me: number | null }): boolean {
    if (entry.sessionId !== shown.sessionId) return false;
    this.#storedNotReturned.set(`c:${entry.id}`, { ...outboxItem(entry, shown.me, false), delivery: 'sent', waiting: false, uploads: undefined });
    return true;
  }

  /** Another conversation is shown: what was kept for the one before goes. */
  clearView(): void {
    this.#storedNotReturned.clear();
    this.#cancelledFiles.clear();
    this.unstartedGroup = null;
  }

  /** The thread of the conversation shown: `stored` (the server's messages) with ours among them, and the outbox at a glance. */
  thread(stored: readonly ThreadItem[], sessionId: number | null, me: number | null): { items: ThreadItem[]; outbox: OutboxSummary } {
    const box = this.state;
    const group = this.unstartedGroup;
    const inView = (e: OutboxEntry) => (sessionId !== null ? e.sessionId === sessionId : group !== null && e.group === group);
    const items = composeThread({
      stored,
      entries: box.entries.filter(inView),
      echo: this.#storedNotReturned,
      leftOut: this.#cancelledFiles,
      sessionId,
      me,
      offline: !box.online,
    });
    return { items, outbox: summarise(box) };
  }
}
