import { ChatApiError } from './errors.js';
import { newClientMessageId } from './client-message-id.js';
import { TokenSource, tokenFingerprint, type TokenProvider } from './token.js';
import { Transport, type CallOptions } from './transport.js';
import type { UploadOptions } from './upload.js';
import { uploadCode } from './upload-code.js';
import { checkUpload } from './upload-limits.js';
import { OPERATIONS, type OperationId, type Operations } from './types.gen.js';
import type * as T from './types.gen.js';

export const DEFAULT_BASE_URL = 'https://business.apis.kesk.app/v1';

export interface ChatClientOptions {
  /** The API's base URL; default `https://business.apis.kesk.app/v1`. */
  baseUrl?: string;
  /** A bearer token, or a provider asked again for a fresh one after a 401. */
  token?: string | TokenProvider;
  /** Milliseconds before a request is abandoned; default 15000. */
  timeout?: number;
  /** How many times a read (GET) is repeated after a transient failure; default 3. */
  retries?: number;
  /** Longest wait between two tries of a read, in milliseconds; default 10000. */
  maxRetryDelay?: number;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
}

export type RequestOptions = CallOptions;

/** The result of a conditional read: either the new data and its tag, or word that nothing changed. */
export type Conditional<D> = { changed: true; data: D; etag: string | null } | { changed: false; etag: string };

type Query<K extends OperationId> = Operations[K]['query'];

/** The template's `{name}` parameters filled with `values`, in their order in the path. */
function fillPath(template: string, values: readonly (string | number)[]): string {
  let next = 0;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[next++];
    if (value === undefined || value === '') {
      throw new ChatApiError({ source: 'client', code: 'missing_parameter', message: `Missing path parameter ${name}.` });
    }
    return encodeURIComponent(String(value));
  });
}

/** A body with a `client_message_id`: the caller's, or a fresh one (keep it to repeat the send safely). */
function withMessageId<B extends { client_message_id?: string }>(body: B): B {
  return { client_message_id: newClientMessageId(), ...body };
}

/**
 * A typed client for the Kesk Chat API: one method per operation, named as the contract's operationIds.
 * Plain TypeScript over ky; no DOM, so it runs in browsers and in Node.
 */
export class ChatClient {
  readonly #transport: Transport;
  readonly #tokens: TokenSource;

  constructor(options: ChatClientOptions = {}) {
    this.#tokens = new TokenSource(options.token);
    this.#transport = new Transport({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      tokens: this.#tokens,
      timeout: options.timeout ?? 15_000,
      retries: options.retries ?? 3,
      maxRetryDelay: options.maxRetryDelay ?? 10_000,
      fetch: options.fetch,
    });
  }

  get baseUrl(): string {
    return this.#transport.baseUrl;
  }

  /**
   * A one-way fingerprint of the current token (`tokenFingerprint`), or undefined without one: whose data is whose.
   * With `ask: false` a token provider is not called: only a token at hand (a string, or the provider's last) counts.
   */
  async tokenFingerprint(options: { ask?: boolean } = {}): Promise<string | undefined> {
    const token = options.ask === false ? this.#tokens.peek() : await this.#tokens.get();
    return token ? tokenFingerprint(token) : undefined;
  }

  /** Replaces the token or token provider for every later request. */
  setToken(token: string | TokenProvider | undefined): void {
    this.#tokens.set(token);
  }

  /**
   * Sends one operation: `path` holds its path parameters in order, `input` its JSON body or, for an operation
   * without one, its query.
   */
  async #call(operationId: OperationId, path: readonly (string | number)[], input: unknown, options?: RequestOptions, ifNoneMatch?: string) {
    const op = OPERATIONS[operationId];
    const json = op.body === 'json';
    return this.#transport.send(
      {
        operationId,
        method: op.method,
        path: fillPath(op.path, path),
        searchParams: json ? undefined : (input as Record<string, string | number | undefined> | undefined),
        json: json ? (input ?? {}) : undefined,
        ifNoneMatch,
      },
      options,
    );
  }

  async #json<K extends OperationId>(operationId: K, path: readonly (string | number)[], input?: unknown, options?: RequestOptions): Promise<Operations[K]['response']> {
    const result = await this.#call(operationId, path, input, options);
    return result.body as Operations[K]['response'];
  }

  async #conditional<K extends OperationId>(
    operationId: K,
    path: readonly (string | number)[],
    query: Query<K>,
    etag: string | undefined,
    options?: RequestOptions,
  ): Promise<Conditional<Operations[K]['response']>> {
    const result = await this.#call(operationId, path, query, options, etag);
    if (result.status === 304) return { changed: false, etag: result.etag ?? etag ?? '' };
    return { changed: true, data: result.body as Operations[K]['response'], etag: result.etag };
  }

  // Sessions

  /** Starts a RAG (AI assistant) or vendor chat with the user's first message. */
  startChat(body: T.StartChatSessionRequest, options?: RequestOptions): Promise<T.StartChatResponse> {
    return this.#json('startChat', [], withMessageId(body), options);
  }

  /** Starts (or reuses) a direct chat with another user, with the first message. */
  startDirectChat(body: T.StartDirectChat, options?: RequestOptions): Promise<T.StartChatResponse> {
    return this.#json('startDirectChat', [], withMessageId(body), options);
  }

  listChatSessions(query: Query<'listChatSessions'> = {}, options?: RequestOptions): Promise<T.PaginatedSessionList> {
    return this.#json('listChatSessions', [], query, options);
  }

  /** `listChatSessions` with `If-None-Match`: cheap polling, `changed: false` on 304. */
  listChatSessionsIfChanged(query: Query<'listChatSessions'> = {}, etag?: string, options?: RequestOptions) {
    return this.#conditional('listChatSessions', [], query, etag, options);
  }

  updateChatSessionMetadata(sessionId: number, body: T.UpdateSessionMetadata, options?: RequestOptions): Promise<T.ChatSessionListItem> {
    return this.#json('updateChatSessionMetadata', [sessionId], body, options);
  }

  // Messages

  /** Sends a message. A `client_message_id` is added when missing: keep it to repeat the send safely. */
  sendChatMessage(chatSessionId: number, body: T.SendMessage, options?: RequestOptions): Promise<T.ChatMessage> {
    return this.#json('sendChatMessage', [chatSessionId], withMessageId(body), options);
  }

  editChatMessage(chatSessionId: number, messageId: number, body: T.EditMessage, options?: RequestOptions): Promise<T.ChatMessage> {
    return this.#json('editChatMessage', [chatSessionId, messageId], body, options);
  }

  deleteChatMessage(chatSessionId: number, messageId: number, options?: RequestOptions): Promise<T.ChatMessage> {
    return this.#json('deleteChatMessage', [chatSessionId, messageId], undefined, options);
  }

  getChatMessageHistory(chatSessionId: number, query: Query<'getChatMessageHistory'> = {}, options?: RequestOptions): Promise<T.PaginatedMessages> {
    return this.#json('getChatMessageHistory', [chatSessionId], query, options);
  }

  /** `getChatMessageHistory` with `If-None-Match`: cheap polling, `changed: false` on 304. */
  getChatMessageHistoryIfChanged(chatSessionId: number, query: Query<'getChatMessageHistory'> = {}, etag?: string, options?: RequestOptions) {
    return this.#conditional('getChatMessageHistory', [chatSessionId], query, etag, options);
  }

  getSpecificChatMessage(chatSessionId: number, messageId: number, options?: RequestOptions): Promise<T.ChatMessage> {
    return this.#json('getSpecificChatMessage', [chatSessionId, messageId], undefined, options);
  }

  markChatMessagesAsRead(chatSessionId: number, body: T.MarkRead, options?: RequestOptions): Promise<T.GenericSuccess> {
    return this.#json('markChatMessagesAsRead', [chatSessionId], body, options);
  }

  // Reactions

  addChatReaction(chatSessionId: number, messageId: number, body: T.AddReaction, options?: RequestOptions): Promise<T.ReactionResponse> {
    return this.#json('addChatReaction', [chatSessionId, messageId], body, options);
  }

  removeChatReaction(chatSessionId: number, messageId: number, body: T.RemoveReaction, options?: RequestOptions): Promise<T.ReactionResponse> {
    return this.#json('removeChatReaction', [chatSessionId, messageId], body, options);
  }

  // Media

  /**
   * Uploads a file after checking its type and size against the API's limits (a `ChatApiError` naming the
   * limit is thrown before any byte is sent). Reports progress in bytes; cancel with `options.signal`. With
   * `options.idempotencyKey` (sent as `Idempotency-Key`) a repeat of the upload stores nothing new and returns the
   * media the first one stored: repeat an upload whose answer was lost with the same key.
   */
  async uploadChatMedia(chatSessionId: number, file: Blob & { name?: string }, options: UploadOptions & { filename?: string } = {}): Promise<T.ChatMediaUploadResponse> {
    const filename = options.filename ?? file.name ?? 'file';
    checkUpload({ name: filename, size: file.size });
    const path = fillPath(OPERATIONS.uploadChatMedia.path, [chatSessionId]);
    // In the CDN build the upload's code comes with the views file; when it cannot load (offline), the outbox tries
    // again as after any failure that is no answer of the API's.
    const upload = await uploadCode();
    return (await upload(this.#transport, path, file, filename, options)) as T.ChatMediaUploadResponse;
  }

  listChatMedia(chatSessionId: number, query: Query<'listChatMedia'> = {}, options?: RequestOptions): Promise<T.ChatMediaResponse[]> {
    return this.#json('listChatMedia', [chatSessionId], query, options);
  }

  getChatMedia(chatSessionId: number, mediaId: number, options?: RequestOptions): Promise<T.ChatMediaResponse> {
    return this.#json('getChatMedia', [chatSessionId, mediaId], undefined, options);
  }

  deleteChatMedia(chatSessionId: number, mediaId: number, options?: RequestOptions): Promise<string> {
    return this.#json('deleteChatMedia', [chatSessionId, mediaId], undefined, options);
  }

  // Bots

  startBotConversation(botUsername: string, body: T.StartBotConversation, options?: RequestOptions): Promise<T.BotConversationSession> {
    return this.#json('startBotConversation', [botUsername], withMessageId(body), options);
  }

  /** Sends a message or a suggestion to a bot; resolves to the bot's reply. */
  sendBotMessage(botUsername: string, body: T.BotInteraction, options?: RequestOptions): Promise<T.ChatMessage> {
    return this.#json('sendBotMessage', [botUsername], withMessageId(body), options);
  }

  getBotConversationStatus(botUsername: string, options?: RequestOptions): Promise<T.BotConversationSession> {
    return this.#json('getBotConversationStatus', [botUsername], undefined, options);
  }

  getBotSuggestions(botUsername: string, context?: string, options?: RequestOptions): Promise<T.BotSuggestions> {
    return this.#json('getBotSuggestions', [botUsername], { context }, options);
  }

  restartBotConversation(botUsername: string, options?: RequestOptions): Promise<T.MessageResponse> {
    return this.#json('restartBotConversation', [botUsername], undefined, options);
  }

  transferBotToHuman(botUsername: string, body: T.BotTransfer = {}, options?: RequestOptions): Promise<T.MessageResponse> {
    return this.#json('transferBotToHuman', [botUsername], body, options);
  }

  // RAG

  /** Asks the AI assistant; pass the first message's `client_message_id` to answer it without storing it twice. */
  sendRagQuery(chatSessionId: number, body: T.RagQueryRequest, options?: RequestOptions): Promise<T.RagQueryResponse> {
    return this.#json('sendRagQuery', [chatSessionId], withMessageId(body), options);
  }
}

/** Creates a client; see `ChatClientOptions`. */
export function createChatClient(options: ChatClientOptions = {}): ChatClient {
  return new ChatClient(options);
}
