// Generated from contract/openapi.json by scripts/gen-types.js. Do not edit: change the contract and run
// `npm run gen:types` (build and test do it for you).
/* eslint-disable */

/** One field that failed validation. */
export interface ErrorDetail {
  /** The offending field (dotted path for nested fields, or a query parameter name). */
  field: string;
  /** What is wrong with it. */
  message: string;
}

/** The error proper. */
export interface ErrorBody {
  /** Machine-readable error code. */
  code: "bad_request" | "unauthorized" | "token_expired" | "forbidden" | "not_found" | "conflict" | "file_too_large" | "unsupported_media_type" | "validation_failed" | "rate_limited" | "internal_error";
  /** Human-readable explanation. */
  message: string;
  /** Per-field problems (validation errors). */
  details?: Array<ErrorDetail>;
}

/** The one shape of every error response. */
export interface ErrorResponse {
  error: ErrorBody;
}

/** Someone taking part in a chat session. */
export interface Participant {
  /** Participant id (a user id for users, or the id of the vendor, agent, assistant, bot or system). */
  id: number;
  kind: "user" | "vendor" | "agent" | "assistant" | "bot" | "system";
  /** Display name. */
  name: string;
  /** Avatar image, if any. */
  avatar_url: string | null;
  /** Handle, where the participant has one (bots always do). */
  username?: string | null;
}

/** A help-centre passage the assistant answered from. */
export interface RagSource {
  title: string;
  url: string;
  /** The passage, shortened. */
  snippet: string;
  /** Retrieval relevance (higher is better). */
  score: number;
}

/** One emoji on a message, aggregated over users. */
export interface Reaction {
  emoji: string;
  count: number;
  /** Whether the calling user is among those who reacted. */
  reacted_by_me: boolean;
}

/** A message's reactions after a change, in order of first use. */
export interface ReactionResponse {
  message_id: number;
  reactions: Array<Reaction>;
}

/** A file uploaded to a chat session. */
export interface ChatMedia {
  id: number;
  chat_session_id: number;
  media_type: "image" | "audio" | "video" | "file";
  mime_type: string;
  filename: string;
  size_bytes: number;
  /** Absolute capability URL (`…/v1/files/{media_id}/{secret}/{filename}`), fetched without the bearer token. */
  url: string;
  /** When it was uploaded. */
  created_at: string;
  /** User id of the uploader. */
  uploaded_by: number;
}

/** A media item of a chat session. */
export type ChatMediaResponse = ChatMedia;

/** The media item just uploaded; reference it by id in `SendMessage.media_ids`. */
export type ChatMediaUploadResponse = ChatMedia;

/** A message of a chat session. A deleted message is a tombstone: `deleted: true`, empty content, no media, no reactions. */
export interface ChatMessage {
  id: number;
  chat_session_id: number;
  /** The idempotency key it was sent with, if any. */
  client_message_id: string | null;
  sender: Participant;
  /** Text; empty for tombstones and media-only messages. */
  content: string;
  /** Assistant answers are markdown. */
  content_format: "text" | "markdown";
  media: Array<ChatMedia>;
  /** In order of first use. */
  reactions: Array<Reaction>;
  /** Passages behind an assistant answer; empty otherwise. */
  sources: Array<RagSource>;
  reply_to_message_id: number | null;
  /** When it was sent. */
  created_at: string;
  /** When it was last edited, or null. */
  edited_at: string | null;
  deleted: boolean;
}

/** A chat session as the calling user sees it. */
export interface ChatSessionListItem {
  id: number;
  chat_type: "rag" | "vendor" | "direct" | "bot";
  title: string;
  participants: Array<Participant>;
  last_message: ChatMessage | null;
  /** Messages after the user's read mark that others sent and that are not deleted. */
  unread_count: number;
  last_read_message_id: number | null;
  /** Free-form data attached to the session. */
  metadata: Record<string, unknown>;
  /** Set on vendor sessions. */
  vendor_location_id: number | null;
  /** Set on bot sessions. */
  bot_username: string | null;
  /** When the session was created. */
  created_at: string;
  /** Last activity; the session list is ordered by it, newest first. */
  updated_at: string;
}

/** A page of sessions, newest activity first. */
export interface PaginatedSessionList {
  sessions: Array<ChatSessionListItem>;
  has_more: boolean;
  /** Opaque cursor for the next page (`before`); null on the last page. */
  next_before: string | null;
}

/** A page of messages, oldest first. */
export interface PaginatedMessages {
  messages: Array<ChatMessage>;
  /** Whether older messages exist before this page. */
  has_more: boolean;
}

/** Starts a RAG or vendor session with its first message. `chat_type: rag` requires `user_type`; `chat_type: vendor` requires `vendor_location_id` naming a known location. */
export interface StartChatSessionRequest {
  chat_type: "rag" | "vendor";
  message: string;
  /** Required for `rag`. */
  user_type?: "customer" | "vendor" | "guest";
  /** Required for `vendor`. */
  vendor_location_id?: number;
  metadata?: Record<string, unknown>;
  title?: string;
  /** Client-chosen idempotency key: a repeat with the same value returns what the first call created. */
  client_message_id?: string;
}

/** The session and the user's first stored message. */
export interface StartChatResponse {
  session: ChatSessionListItem;
  message: ChatMessage;
}

/** Starts (or reuses) the direct session with another user and sends a first message. */
export interface StartDirectChat {
  /** The other user; not yourself. */
  recipient_user_id: number;
  message: string;
  /** Client-chosen idempotency key: a repeat with the same value returns what the first call created. */
  client_message_id?: string;
}

/** A new message: needs non-empty `content` or at least one `media_ids` entry. */
export interface SendMessage {
  content?: string;
  /** Client-chosen idempotency key: a repeat with the same value returns what the first call created. */
  client_message_id?: string;
  /** Media of the same session to attach. */
  media_ids?: Array<number>;
  /** A message of the same session. */
  reply_to_message_id?: number | null;
}

/** New content for your own message. */
export interface EditMessage {
  content: string;
}

/** The emoji to add. */
export interface AddReaction {
  emoji: string;
}

/** The emoji to remove. */
export interface RemoveReaction {
  emoji: string;
}

/** Moves the read mark (never backwards). */
export interface MarkRead {
  /** A message of the session. */
  last_read_message_id: number;
}

/** Plain acknowledgement. */
export interface GenericSuccess {
  success: boolean;
}

/** At least one of `title` and `metadata`. `metadata` is merged shallowly into the stored object; a key set to null is removed. */
export interface UpdateSessionMetadata {
  title?: string;
  metadata?: Record<string, unknown>;
}

/** The calling user's conversation with a bot. */
export interface BotConversationSession {
  bot_username: string;
  chat_session_id: number;
  status: "active" | "transferred" | "ended";
  /** When the conversation started. */
  started_at: string;
  /** Last change. */
  updated_at: string;
}

/** The first message to the bot. */
export interface StartBotConversation {
  message: string;
  /** Free-form context for the bot. */
  context?: Record<string, unknown>;
  /** Client-chosen idempotency key: a repeat with the same value returns what the first call created. */
  client_message_id?: string;
}

/** A message to the bot: `message` and/or `suggestion_id` (one is required). */
export interface BotInteraction {
  message?: string;
  /** Id of a chip from `getBotSuggestions`. */
  suggestion_id?: string | null;
  /** Client-chosen idempotency key: a repeat with the same value returns what the first call created. */
  client_message_id?: string;
}

/** A quick-reply chip. */
export interface BotSuggestion {
  id: string;
  text: string;
}

/** Chips for the current step. */
export interface BotSuggestions {
  suggestions: Array<BotSuggestion>;
}

/** Hand-over to a human agent. */
export interface BotTransfer {
  reason?: string;
}

/** A single message. */
export interface MessageResponse {
  message: ChatMessage;
}

/** A question to the AI assistant. */
export interface RagQueryRequest {
  query: string;
  /** If a user message with this id is already in the session it is the query message (not stored again); if already answered, the stored answer is returned. */
  client_message_id?: string;
}

/** The assistant's answer with its sources. */
export interface RagQueryResponse {
  /** Markdown answer (same as `message.content`). */
  answer: string;
  sources: Array<RagSource>;
  message: ChatMessage;
  query_message: ChatMessage;
}

/** Multipart body with one part named `file`. */
export interface UploadChatMediaRequest {
  /** The file to upload. */
  file: Blob;
}

/** Every operation of the contract: its path and query parameters, body and success response. */
export interface Operations {
  addChatReaction: {
    path: { chat_session_id: number; message_id: number };
    query: never;
    body: AddReaction;
    response: ReactionResponse;
  };
  deleteChatMedia: {
    path: { chat_session_id: number; media_id: number };
    query: never;
    body: never;
    response: string;
  };
  deleteChatMessage: {
    path: { chat_session_id: number; message_id: number };
    query: never;
    body: never;
    response: ChatMessage;
  };
  editChatMessage: {
    path: { chat_session_id: number; message_id: number };
    query: never;
    body: EditMessage;
    response: ChatMessage;
  };
  getBotConversationStatus: {
    path: { bot_username: string };
    query: never;
    body: never;
    response: BotConversationSession;
  };
  getBotSuggestions: {
    path: { bot_username: string };
    query: { context?: string };
    body: never;
    response: BotSuggestions;
  };
  getChatMedia: {
    path: { chat_session_id: number; media_id: number };
    query: never;
    body: never;
    response: ChatMediaResponse;
  };
  getChatMessageHistory: {
    path: { chat_session_id: number };
    query: { limit?: number; before_message_id?: number };
    body: never;
    response: PaginatedMessages;
  };
  getSpecificChatMessage: {
    path: { chat_session_id: number; message_id: number };
    query: never;
    body: never;
    response: ChatMessage;
  };
  listChatMedia: {
    path: { chat_session_id: number };
    query: { limit?: number; offset?: number };
    body: never;
    response: Array<ChatMediaResponse>;
  };
  listChatSessions: {
    path: never;
    query: { limit?: number; before?: string };
    body: never;
    response: PaginatedSessionList;
  };
  markChatMessagesAsRead: {
    path: { chat_session_id: number };
    query: never;
    body: MarkRead;
    response: GenericSuccess;
  };
  removeChatReaction: {
    path: { chat_session_id: number; message_id: number };
    query: never;
    body: RemoveReaction;
    response: ReactionResponse;
  };
  restartBotConversation: {
    path: { bot_username: string };
    query: never;
    body: never;
    response: MessageResponse;
  };
  sendBotMessage: {
    path: { bot_username: string };
    query: never;
    body: BotInteraction;
    response: ChatMessage;
  };
  sendChatMessage: {
    path: { chat_session_id: number };
    query: never;
    body: SendMessage;
    response: ChatMessage;
  };
  sendRagQuery: {
    path: { chat_session_id: number };
    query: never;
    body: RagQueryRequest;
    response: RagQueryResponse;
  };
  startBotConversation: {
    path: { bot_username: string };
    query: never;
    body: StartBotConversation;
    response: BotConversationSession;
  };
  startChat: {
    path: never;
    query: never;
    body: StartChatSessionRequest;
    response: StartChatResponse;
  };
  startDirectChat: {
    path: never;
    query: never;
    body: StartDirectChat;
    response: StartChatResponse;
  };
  transferBotToHuman: {
    path: { bot_username: string };
    query: never;
    body: BotTransfer;
    response: MessageResponse;
  };
  updateChatSessionMetadata: {
    path: { session_id: number };
    query: never;
    body: UpdateSessionMetadata;
    response: ChatSessionListItem;
  };
  uploadChatMedia: {
    path: { chat_session_id: number };
    query: never;
    body: UploadChatMediaRequest;
    response: ChatMediaUploadResponse;
  };
}

export type OperationId = keyof Operations;

/** Method, path template and body encoding of each operation, as the contract gives them. */
export const OPERATIONS = {
  addChatReaction: { method: 'POST', path: '/chat/sessions/{chat_session_id}/messages/{message_id}/reactions', body: 'json' },
  deleteChatMedia: { method: 'DELETE', path: '/chat/sessions/{chat_session_id}/media/{media_id}', body: 'none' },
  deleteChatMessage: { method: 'DELETE', path: '/chat/sessions/{chat_session_id}/messages/{message_id}', body: 'none' },
  editChatMessage: { method: 'PUT', path: '/chat/sessions/{chat_session_id}/messages/{message_id}', body: 'json' },
  getBotConversationStatus: { method: 'GET', path: '/chat/bots/{bot_username}/status', body: 'none' },
  getBotSuggestions: { method: 'GET', path: '/chat/bots/{bot_username}/suggestions', body: 'none' },
  getChatMedia: { method: 'GET', path: '/chat/sessions/{chat_session_id}/media/{media_id}', body: 'none' },
  getChatMessageHistory: { method: 'GET', path: '/chat/sessions/{chat_session_id}/messages', body: 'none' },
  getSpecificChatMessage: { method: 'GET', path: '/chat/sessions/{chat_session_id}/messages/{message_id}', body: 'none' },
  listChatMedia: { method: 'GET', path: '/chat/sessions/{chat_session_id}/media', body: 'none' },
  listChatSessions: { method: 'GET', path: '/chat/sessions', body: 'none' },
  markChatMessagesAsRead: { method: 'POST', path: '/chat/sessions/{chat_session_id}/read', body: 'json' },
  removeChatReaction: { method: 'DELETE', path: '/chat/sessions/{chat_session_id}/messages/{message_id}/reactions', body: 'json' },
  restartBotConversation: { method: 'POST', path: '/chat/bots/{bot_username}/restart', body: 'none' },
  sendBotMessage: { method: 'POST', path: '/chat/bots/{bot_username}/send', body: 'json' },
  sendChatMessage: { method: 'POST', path: '/chat/sessions/{chat_session_id}/messages', body: 'json' },
  sendRagQuery: { method: 'POST', path: '/chat/sessions/{chat_session_id}/rag', body: 'json' },
  startBotConversation: { method: 'POST', path: '/chat/bots/{bot_username}/start', body: 'json' },
  startChat: { method: 'POST', path: '/chat/sessions/start', body: 'json' },
  startDirectChat: { method: 'POST', path: '/chat/sessions/direct', body: 'json' },
  transferBotToHuman: { method: 'POST', path: '/chat/bots/{bot_username}/transfer', body: 'json' },
  updateChatSessionMetadata: { method: 'PUT', path: '/chat/sessions/{session_id}/metadata', body: 'json' },
  uploadChatMedia: { method: 'POST', path: '/chat/sessions/{chat_session_id}/media', body: 'multipart' },
} as const satisfies Record<OperationId, { method: string; path: string; body: string }>;

export const OPERATION_COUNT = 23;

/** Upload limits by kind: its size limit and file extensions (`x-upload-limits` of uploadChatMedia). */
export const UPLOAD_LIMITS = [
  {
    "mediaType": "image",
    "label": "Images",
    "maxBytes": 10485760,
    "extensions": [
      "jpg",
      "jpeg",
      "png",
      "gif",
      "webp"
    ]
  },
  {
    "mediaType": "audio",
    "label": "Audio files",
    "maxBytes": 26214400,
    "extensions": [
      "mp3",
      "wav",
      "ogg",
      "m4a"
    ]
  },
  {
    "mediaType": "video",
    "label": "Videos",
    "maxBytes": 104857600,
    "extensions": [
      "mp4",
      "mov",
      "avi",
      "mkv",
      "webm"
    ]
  },
  {
    "mediaType": "file",
    "label": "Documents",
    "maxBytes": 52428800,
    "extensions": [
      "pdf",
      "doc",
      "docx",
      "xls",
      "xlsx",
      "ppt",
      "pptx",
      "txt",
      "csv",
      "zip"
    ]
  }
] as const;

/** The MIME type of each accepted file extension (`x-upload-limits` of uploadChatMedia). */
export const UPLOAD_MIME_TYPES = {
  "jpg": "image/jpeg",
  "jpeg": "image/jpeg",
  "png": "image/png",
  "gif": "image/gif",
  "webp": "image/webp",
  "mp3": "audio/mpeg",
  "wav": "audio/wav",
  "ogg": "audio/ogg",
  "m4a": "audio/mp4",
  "mp4": "video/mp4",
  "mov": "video/quicktime",
  "avi": "video/x-msvideo",
  "mkv": "video/x-matroska",
  "webm": "video/webm",
  "pdf": "application/pdf",
  "doc": "application/msword",
  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "xls": "application/vnd.ms-excel",
  "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "ppt": "application/vnd.ms-powerpoint",
  "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "txt": "text/plain",
  "csv": "text/csv",
  "zip": "application/zip"
} as const;
