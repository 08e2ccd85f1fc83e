import { ChatApiError } from '../api/errors.js';
import type { BotConversationSession, ChatMessage, ChatSessionListItem } from '../api/types.gen.js';
import type { ChatApi } from './chat-api.js';
import type { ConversationTarget } from './conversation-config.js';
import type { Outbox } from './outbox.js';
import type { OutboxEntry } from './outbox-types.js';
import { asChatApiError, isRetryable } from './retry-policy.js';
import type { PendingUpload } from './thread-item.js';

/** What sending needs from the conversation: the API, the outbox, and hooks that update the thread. */
export interface DeliveryHost {
  readonly api: ChatApi;
  /** Who the conversation is with: what decides which operations carry a message. */
  readonly target: ConversationTarget;
  readonly outbox: Outbox;
  /** The upload in flight per upload key, so the user can cancel one file. */
  readonly uploads: Map<string, AbortController>;
  /** The bot still answers (not handed over, not ended): text goes to `sendBotMessage`. Asks the API when unknown. */
  botActive(): Promise<boolean>;
  /** A message of `group` created session `sessionId`. */
  started(sessionId: number, group: string | null, detail: { session?: ChatSessionListItem; bot?: BotConversationSession }): void;
  /** The API stored `own` (ours) and answered with `messages` (which include it when it came back). */
  stored(messages: ChatMessage[], own: ChatMessage | null): void;
  /** The API stored the entry but did not return it (bots answer with their reply): show it sent until history has it. */
  echo(entry: OutboxEntry): void;
  /** The assistant or bot is working on an answer now. */
  thinking(on: boolean): void;
  /** A person (or the vendor) will answer later: poll fast for a while. */
  replyExpected(): void;
  /** After a bot turn: read the thread, the bot's status and its new suggestions. */
  botTurn(): Promise<void>;
}

const fileNames = (entry: OutboxEntry) => entry.uploads.map((u) => u.file.name).join(', ');

/**
 * Sends one outbox entry the way the conversation's mode needs: the first message creates the session (`startChat`,
 * `startDirectChat`, `startBotConversation`), the assistant answers through `sendRagQuery`, an active bot through
 * `sendBotMessage`, everything else is `sendChatMessage`, after uploading the attachments. Every call carries
 * the entry's `client_message_id`, and progress is recorded in the outbox as it happens (session started, text
 * stored, each file uploaded), so a try after a failure or a reload repeats nothing the API already has.
 */
export async function deliver(host: DeliveryHost, first: OutboxEntry, signal: AbortSignal): Promise<void> {
  const latest = () => host.outbox.get(first.id) ?? first;
  let entry = first;
  if (entry.sessionId === null) {
    await startSession(host, entry, signal);
    entry = latest();
  }
  const sessionId = entry.sessionId!;
  if (entry.started && !entry.textDelivered) {
    // The assistant still owes the answer to the question that started the session.
    await askAssistant(host, sessionId, entry, signal);
    entry = latest();
  }
  const mediaIds = await uploadAll(host, entry, sessionId, signal);
  entry = latest();
  const { api, target } = host;
  if (entry.textDelivered) {
    if (!mediaIds.length) return;
    // The text went with the session's start; the files follow as their own message.
    const sent = await api.sendChatMessage(sessionId, { content: '', client_message_id: `${entry.id}:media`, media_ids: mediaIds }, { signal });
    host.stored([sent], sent);
    return;
  }
  if (target.mode === 'assistant' && !mediaIds.length) return askAssistant(host, sessionId, entry, signal);
  if (target.mode === 'bot' && !mediaIds.length && (await host.botActive())) {
    host.thinking(true);
    try {
      const reply = await api.sendBotMessage(
        target.botUsername!,
        { message: entry.text, suggestion_id: entry.suggestionId ?? null, client_message_id: entry.id },
        { signal },
      );
      host.echo(entry);
      host.stored([reply], null);
    } finally {
      host.thinking(false);
    }
    await host.botTurn();
    return;
  }
  const sent = await api.sendChatMessage(
    sessionId,
    { content: entry.text, client_message_id: entry.id, media_ids: mediaIds.length ? mediaIds : undefined },
    { signal },
  );
  host.stored([sent], sent);
  host.replyExpected();
}

/** The first message creates the session, the way each mode's operation does it. */
async function startSession(host: DeliveryHost, entry: OutboxEntry, signal: AbortSignal): Promise<void> {
  const { api, target, outbox } = host;
  const message = entry.text || fileNames(entry);
  const client_message_id = entry.id;
  // Recorded for the other tabs before anything else happens (see `Outbox.started`).
  const begin = async (sessionId: number, textDelivered: boolean) => {
    outbox.update(entry.id, { sessionId, started: true, textDelivered });
    await outbox.started(entry.group ?? entry.id, sessionId);
  };
  if (target.mode === 'bot') {
    const bot = await api.startBotConversation(target.botUsername!, { message, client_message_id }, { signal });
    await begin(bot.chat_session_id, true);
    host.started(bot.chat_session_id, entry.group, { bot });
    host.echo(outbox.get(entry.id) ?? entry);
    await host.botTurn();
    return;
  }
  const { session, message: stored } =
    target.mode === 'direct'
      ? await api.startDirectChat({ recipient_user_id: target.recipientId!, message, client_message_id }, { signal })
      : target.mode === 'vendor'
        ? await api.startChat({ chat_type: 'vendor', vendor_location_id: target.vendorLocationId!, message, client_message_id }, { signal })
        : await api.startChat({ chat_type: 'rag', user_type: target.userType ?? 'customer', message, client_message_id }, { signal });
  // The assistant answers the first question like every other one (its client_message_id keeps it stored once).
  await begin(session.id, target.mode !== 'assistant');
  host.started(session.id, entry.group, { session });
  host.stored([stored], target.mode === 'assistant' ? null : stored);
  if (target.mode !== 'assistant') host.replyExpected();
}

async function askAssistant(host: DeliveryHost, sessionId: number, entry: OutboxEntry, signal: AbortSignal): Promise<void> {
  host.thinking(true);
  try {
    const answer = await host.api.sendRagQuery(sessionId, { query: entry.text || fileNames(entry), client_message_id: entry.id }, { signal });
    host.outbox.update(entry.id, { textDelivered: true });
    host.stored([answer.query_message, answer.message], answer.query_message);
  } finally {
    host.thinking(false);
  }
}

function patchUpload(host: DeliveryHost, id: string, key: string, patch: Partial<PendingUpload>, persist: boolean): void {
  const entry = host.outbox.get(id);
  if (entry) host.outbox.update(id, { uploads: entry.uploads.map((u) => (u.key === key ? { ...u, ...patch } : u)) }, persist);
}

/** Uploads the files not uploaded yet, one at a time; a file the user cancelled is left out. */
async function uploadAll(host: DeliveryHost, entry: OutboxEntry, sessionId: number, signal: AbortSignal): Promise<number[]> {
  const ids: number[] = [];
  for (const { key } of entry.uploads) {
    const upload = host.outbox.get(entry.id)?.uploads.find((u) => u.key === key);
    if (!upload || upload.state === 'cancelled') continue;
    if (upload.state === 'done' && upload.media) {
      ids.push(upload.media.id);
      continue;
    }
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal.addEventListener('abort', abort);
    host.uploads.set(key, controller);
    patchUpload(host, entry.id, key, { state: 'uploading', loaded: 0, error: undefined }, false);
    try {
      const media = await host.api.uploadChatMedia(sessionId, upload.file, {
        signal: controller.signal,
        // The message's id and the file's key, both kept across a reload: a file stored whose answer was lost is not
        // stored again by the next try (here, after a reload, or in another tab).
        idempotencyKey: `${entry.id}/${key}`,
        onProgress: (p) => patchUpload(host, entry.id, key, { loaded: p.loaded, total: p.total }, false),
      });
      patchUpload(host, entry.id, key, { state: 'done', media, loaded: upload.file.size, total: upload.file.size }, true);
      ids.push(media.id);
    } catch (error) {
      const e = asChatApiError(error);
      if (signal.aborted) throw e;
      if (e.source === 'aborted') {
        patchUpload(host, entry.id, key, { state: 'cancelled' }, true);
        continue;
      }
      // A transient failure waits with the message for its next try; another one fails the file and the message.
      patchUpload(host, entry.id, key, { state: isRetryable(e) ? 'waiting' : 'failed', error: e }, true);
      throw e;
    } finally {
      signal.removeEventListener('abort', abort);
      host.uploads.delete(key);
    }
  }
  const current = host.outbox.get(entry.id) ?? entry;
  if (current.uploads.length && !ids.length && !current.text && !current.textDelivered) {
    throw new ChatApiError({ source: 'client', code: 'cancelled', message: 'Every attachment was cancelled.' });
  }
  return ids;
}
