// The calls a page can make on `window.KeskChat` before the widget has loaded, in the form of the snippet that
// hosted chats use:
//   window.KeskChat = window.KeskChat || { q: [] };
//   KeskChat.q.push(['open']); KeskChat.q.push(['on', 'message-received', fn]);
// Each entry is `[method, ...arguments]` (an array or an `arguments` object).

/** The methods of `window.KeskChat`. */
export type KeskChatMethod = 'open' | 'close' | 'toggle' | 'send' | 'on' | 'setToken' | 'destroy';

export type QueuedCall = ArrayLike<unknown>;

/** `'open'` and `'kesk-open'` name the same event. */
export function eventName(name: string): string {
  return name.startsWith('kesk-') ? name : `kesk-${name}`;
}

/** The calls a snippet queued before the loader ran (an empty list when there was no snippet). */
export function takeQueue(stub: unknown): QueuedCall[] {
  const q = (stub as { q?: unknown } | undefined)?.q;
  return Array.isArray(q) ? q.filter((call): call is QueuedCall => call != null && typeof call === 'object' && 'length' in call) : [];
}
