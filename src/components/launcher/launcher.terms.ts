import { OPEN_CHAT_EN } from '../../i18n/open-chat.js';

/** Every visible string and accessible name of `<kesk-launcher>`, in English. */
export const terms = {
  open: OPEN_CHAT_EN as string,
  close: 'Close chat',
  unread: (count: number) => (count === 1 ? '1 unread message' : `${count} unread messages`),
  badge: (count: number) => (count > 99 ? '99+' : String(count)),
};
