import type { ThreadItem } from '../../state/thread-item.js';
import { terms as english } from './thread.terms.js';
import { dateFormat } from '../../i18n/formats.js';

/** Consecutive messages of one sender closer than this share one name and avatar. */
export const GROUP_GAP_MS = 5 * 60 * 1000;

/** One entry of the rendered thread: a message and where it stands in its group and day. */
export interface Row {
  item: ThreadItem;
  /** First of a run of messages by one sender: shows the name (and the avatar). */
  groupStart: boolean;
  /** Last of its run: the run's bottom spacing. */
  groupEnd: boolean;
  /** First message of a calendar day: a date separator goes above it. */
  dayStart: boolean;
}

// `?.`: a message no check has seen (set in a store by hand) renders as a notice, not a thread that fails.
const senderOf = (item: ThreadItem) =>
  item.own ? 'own' : item.message.sender?.kind === 'system' ? `system:${item.key}` : `${item.message.sender?.kind}:${item.message.sender?.id}`;

const dayOf = (date: Date) => date.getFullYear() * 10000 + date.getMonth() * 100 + date.getDate();

/** Groups the thread's items by sender, time and day. Pure: the same items give the same rows. */
export function toRows(items: readonly ThreadItem[]): Row[] {
  const rows: Row[] = [];
  let prev: { sender: string; time: number; day: number | undefined } | undefined;
  for (const item of items) {
    const date = new Date(item.message.created_at);
    const time = date.getTime();
    // A message without a date (one that can't be shown) stays in the day of the one before it.
    const here = { sender: senderOf(item), time, day: time === time ? dayOf(date) : prev?.day };
    const dayStart = !prev || prev.day !== here.day;
    const groupStart = dayStart || prev!.sender !== here.sender || here.time - prev!.time > GROUP_GAP_MS;
    if (groupStart && rows.length) rows[rows.length - 1]!.groupEnd = true;
    rows.push({ item, groupStart, groupEnd: false, dayStart });
    prev = here;
  }
  if (rows.length) rows[rows.length - 1]!.groupEnd = true;
  return rows;
}

/** "Today", "Yesterday", or the date in the reader's language ("Monday, 3 March", with the year if not this one). */
export function dayLabel(date: Date, lang: string, now = new Date(), terms: typeof english = english): string {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const at = date.getTime();
  if (at >= midnight && at < midnight + 864e5) return terms.today;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1).getTime();
  if (at >= yesterday && at < midnight) return terms.yesterday;
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return dateFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year }).format(date);
}

/** The time of day a message was sent, in the reader's language. */
export function timeLabel(date: Date, lang: string): string {
  return dateFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** `url` when it is an absolute http(s) URL, the only kind media may load from. */
export function httpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Up to two initials of a name, for an avatar without an image. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((w) => String.fromCodePoint(w.codePointAt(0)!).toUpperCase()).join('') || '?';
}
