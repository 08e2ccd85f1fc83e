import type { ChatMode } from '../../state/conversation-store.js';

/** Every visible string and accessible name of `<kesk-chat>`, in English; a localisation pass replaces these. */
export const terms = {
  heading: {
    assistant: 'Store assistant',
    vendor: 'Chat with the store',
    bot: 'Chat bot',
    direct: 'Direct message',
  } satisfies Record<ChatMode, string>,
  status: {
    assistant: 'AI · answers instantly',
    vendor: 'Replies within minutes',
    bot: 'Bot · replies instantly',
    direct: 'Private conversation',
    transferred: 'A person from the team will reply here',
    ended: 'This conversation has ended',
    offline: 'Offline · messages will wait',
  },
  conversations: 'Conversations',
  media: 'Photos & files',
  back: 'Back to the conversation',
  close: 'Close chat',
  greeting: {
    assistant: 'Hi there!',
    vendor: 'Hello!',
    bot: 'Hi there!',
    direct: 'Say hello',
  } satisfies Record<ChatMode, string>,
  intro: {
    assistant: 'Ask me about orders, delivery, returns or sizing. I answer from the store’s help centre and show where each answer comes from.',
    vendor: 'Send us a message and the team in the store will reply right here. You can close this window; we keep the conversation.',
    bot: (name: string) => `${name} can help you straight away, and hands you over to a person whenever you like.`,
    direct: (name: string) => `Start your conversation with ${name}. They will see your message when they are next online.`,
  },
  someone: 'them',
  /** The status line above the composer while messages wait in the outbox. */
  outbox: {
    offline: (count: number) => (count === 1 ? '1 message will be sent when you are back online.' : `${count} messages will be sent when you are back online.`),
    unreachable: (count: number) =>
      count === 1 ? 'Can’t reach the chat service. 1 message will be sent as soon as it answers.' : `Can’t reach the chat service. ${count} messages will be sent as soon as it answers.`,
    retrying: (count: number) =>
      count === 1 ? 'Sending is taking longer than usual. Trying again…' : `Sending ${count} messages is taking longer than usual. Trying again…`,
    retryNow: 'Retry now',
  },
  /** A view whose code did not arrive (offline, or a file refused by its integrity check). */
  viewNotLoaded: 'This view could not load. Check your connection and try again.',
  startersLabel: 'Suggested questions',
  starters: ['What is your returns policy?', 'How long does delivery take?', 'How do I find my size?'],
};
