import type { ChatSessionListItem } from '../../api/types.gen.js';
import { displayFileName } from '../../api/file-name.js';
import { plainLine } from '../../markdown/plain-line.js';
import { terms as english } from './session-list.terms.js';

/** The session's title, or a name that fits its kind when it has none. */
export function sessionTitle(session: ChatSessionListItem, me: number | null, terms: typeof english = english): string {
  if (session.title.trim()) return session.title;
  const by = (kind: string) => session.participants.find((p) => p.kind === kind)?.name;
  switch (session.chat_type) {
    case 'rag':
      return terms.assistantTitle;
    case 'vendor':
      return by('vendor') ?? terms.vendorTitle;
    case 'bot':
      return by('bot') ?? session.bot_username ?? terms.botTitle;
    default:
      return session.participants.find((p) => p.kind === 'user' && p.id !== me)?.name ?? terms.directTitle;
  }
}


/** The last message as one line of plain text: "You: …" for ours, "📎 name" for attachments. */
export function lastMessagePreview(session: ChatSessionListItem, me: number | null, terms: typeof english = english): string {
  const message = session.last_message;
  if (!message) return terms.noMessages;
  if (message.deleted) return terms.deleted;
  let text = plainLine(message.content, message.content_format === 'markdown');
  if (!text && message.media.length) text = terms.attachments(message.media.map((m) => displayFileName(m.filename)).join(', '));
  const { sender } = message;
  // In a direct chat both sides are users: only a known id tells ours apart.
  const own = sender.kind === 'user' && (session.chat_type === 'direct' ? sender.id === me : me === null || sender.id === me);
  return own ? terms.you(text) : text;
}
