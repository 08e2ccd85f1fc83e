// A ChatApi that answers only what a test scripts, for the state layer's units tested alone (the stores and the
// elements talk to the emulator). Any other operation throws: a unit that calls it is caught at once.
import { ChatApiError } from '../../src/api/errors.js';
import type { ChatMessage, ChatSessionListItem, Participant } from '../../src/api/types.gen.js';
import type { ChatApi } from '../../src/state/chat-api.js';

export interface FakeApi extends ChatApi {
  /** Each call made, as `operation(argument, …)` with the arguments as JSON. */
  readonly calls: string[];
}

export function fakeApi(answers: Partial<ChatApi>): FakeApi {
  const calls: string[] = [];
  return new Proxy({ calls } as FakeApi, {
    get(_target, name) {
      if (name === 'calls') return calls;
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) => {
        calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
        const answer = (answers as Record<string, (...a: unknown[]) => unknown>)[name];
        if (!answer) throw new Error(`the unit called ${name}, which this test does not expect`);
        return answer(...args);
      };
    },
  });
}

/** An error as the API answers it. */
export const httpError = (status: number, code = `http_${status}`) =>
  new ChatApiError({ source: 'http', status, code, message: `answered ${status}` });

const people: Record<Participant['kind'], Participant> = {
  user: { id: 1, kind: 'user', name: 'Sam', avatar_url: null },
  vendor: { id: 501, kind: 'vendor', name: 'The shop', avatar_url: null },
  bot: { id: 900, kind: 'bot', name: 'Helper', avatar_url: null },
  assistant: { id: 800, kind: 'assistant', name: 'Assistant', avatar_url: null },
  agent: { id: 700, kind: 'agent', name: 'Agent', avatar_url: null },
  system: { id: 0, kind: 'system', name: 'System', avatar_url: null },
} as Record<Participant['kind'], Participant>;

/** A stored message of session 7 (unless told), from `sender` (a kind, or a participant). */
export function message(id: number, sender: Participant['kind'] | Participant = 'vendor', extra: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id,
    chat_session_id: 7,
    client_message_id: null,
    sender: typeof sender === 'string' ? people[sender] : sender,
    content: `message ${id}`,
    content_format: 'text',
    media: [],
    reactions: [],
    sources: [],
    reply_to_message_id: null,
    created_at: new Date(1_700_000_000_000 + id * 1000).toISOString(),
    edited_at: null,
    deleted: false,
    ...extra,
  };
}

/** A session as the list gives it. */
export function session(id: number, extra: Partial<ChatSessionListItem> = {}): ChatSessionListItem {
  return {
    id,
    chat_type: 'vendor',
    title: '',
    participants: [people.user, people.vendor],
    last_message: null,
    unread_count: 0,
    last_read_message_id: null,
    metadata: {},
    vendor_location_id: 501,
    bot_username: null,
    created_at: new Date(1_700_000_000_000).toISOString(),
    updated_at: new Date(1_700_000_000_000).toISOString(),
    ...extra,
  };
}
