import type { Participant } from '../../api/index.js';
import type { ChatMode, ConversationState } from '../../state/conversation-store.js';
import type { terms as english } from './chat.terms.js';

/** What the header and the greeting name the other side from: `<kesk-chat>`'s configuration. */
export interface NameConfig {
  mode: ChatMode;
  /** A custom heading (`heading`), or ''. */
  heading: string;
  botUsername?: string;
  recipientId?: number;
}

type Terms = typeof english;

/** The other side's name, from the session's participants or the messages they sent. */
function nameOf(c: ConversationState | undefined, match: (p: Participant) => boolean): string | undefined {
  return c?.session?.participants.find(match)?.name ?? c?.items.findLast((i) => !i.own && match(i.message.sender))?.message.sender.name;
}

/** The header's title: the custom heading, else the other side's name, else what the mode talks to. */
export function headingText(n: NameConfig, c: ConversationState | undefined, terms: Terms): string {
  if (n.heading) return n.heading;
  switch (n.mode) {
    case 'vendor':
      return nameOf(c, (p) => p.kind === 'vendor') ?? terms.heading.vendor;
    case 'bot':
      return otherName(n, c, terms);
    case 'direct':
      return nameOf(c, (p) => p.id === n.recipientId && p.kind === 'user') ?? terms.heading.direct;
    default:
      return terms.heading.assistant;
  }
}

/** How the greeting names the other side (the bot's own name, not a custom heading). */
export function otherName(n: NameConfig, c: ConversationState | undefined, terms: Terms): string {
  if (n.mode === 'bot') {
    const username = n.botUsername;
    return nameOf(c, (p) => p.kind === 'bot') ?? (username ? username[0]!.toUpperCase() + username.slice(1) : terms.heading.bot);
  }
  if (n.mode === 'direct') return nameOf(c, (p) => p.id === n.recipientId && p.kind === 'user') ?? terms.someone;
  return '';
}

/** The header's status line, and whether the other side can answer now. */
export function headerStatus(n: NameConfig, c: ConversationState | undefined, terms: Terms): { text: string; online: boolean } {
  // Online or not as the conversation's outbox sees it (navigator.onLine, or the signal a host injected).
  if (c?.outbox.offline) return { text: terms.status.offline, online: false };
  const bot = c?.bot.status;
  if (n.mode === 'bot' && (bot === 'transferred' || bot === 'ended')) return { text: terms.status[bot], online: bot === 'transferred' };
  return { text: terms.status[n.mode], online: true };
}
