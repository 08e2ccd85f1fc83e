import { expect } from '@open-wc/testing';
import type { ChatMessage } from '../../src/api/types.gen.js';
import { dayLabel, initials, toRows } from '../../src/components/thread/rows.js';
import type { ThreadItem } from '../../src/state/thread-item.js';

let nextId = 1;
function item(at: string, sender: Partial<ChatMessage['sender']> = {}, own = false): ThreadItem {
  const id = nextId++;
  return {
    key: `m:${id}`,
    own,
    delivery: 'sent',
    message: {
      id,
      chat_session_id: 1,
      client_message_id: null,
      sender: { id: 7, kind: 'vendor', name: 'Nordic Gear', avatar_url: null, ...sender },
      content: `message ${id}`,
      content_format: 'text',
      media: [],
      reactions: [],
      sources: [],
      reply_to_message_id: null,
      created_at: new Date(at).toISOString(),
      edited_at: null,
      deleted: false,
    },
  };
}

describe('kesk-thread rows', () => {
  it('groups one sender within five minutes, and starts a new group after a gap, another sender or a new day', () => {
    const rows = toRows([
      item('2026-03-02T09:00:00'),
      item('2026-03-02T09:04:00'),
      item('2026-03-02T09:10:00'), // 6 minutes later
      item('2026-03-02T09:10:30', { id: 1, kind: 'user', name: 'Alex' }, true),
      item('2026-03-02T09:11:00', { id: 1, kind: 'user', name: 'Alex' }, true),
      item('2026-03-02T09:11:10', { id: 0, kind: 'system', name: 'System' }),
      item('2026-03-02T09:11:20', { id: 0, kind: 'system', name: 'System' }),
      item('2026-03-03T08:00:00', { id: 1, kind: 'user', name: 'Alex' }, true),
    ]);
    expect(rows.map((r) => r.groupStart)).to.deep.equal([true, false, true, true, false, true, true, true]);
    expect(rows.map((r) => r.groupEnd)).to.deep.equal([false, true, true, false, true, true, true, true]);
    expect(rows.map((r) => r.dayStart)).to.deep.equal([true, false, false, false, false, false, false, true]);
  });

  it('labels days as Today, Yesterday or a date in the given language', () => {
    const now = new Date(2026, 2, 4, 10, 0);
    expect(dayLabel(new Date(2026, 2, 4, 0, 1), 'en', now)).to.equal('Today');
    expect(dayLabel(new Date(2026, 2, 3, 23, 59), 'en', now)).to.equal('Yesterday');
    // Older days as the engine's Intl writes them (Chromium: "Sunday 1 March", WebKit: "Sunday, 1 March"): the
    // weekday, day and month, and the year only when it is not this one.
    const intl = (lang: string, date: Date, year?: 'numeric') =>
      new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year }).format(date);
    const sunday = new Date(2026, 2, 1, 12, 0);
    const christmasEve = new Date(2025, 11, 24, 12, 0);
    expect(dayLabel(sunday, 'en-GB', now)).to.equal(intl('en-GB', sunday));
    expect(dayLabel(sunday, 'en-GB', now)).to.match(/^Sunday,? 1 March$/);
    expect(dayLabel(sunday, 'de', now)).to.equal(intl('de', sunday));
    expect(dayLabel(sunday, 'de', now)).to.match(/^Sonntag, 1\. März$/);
    expect(dayLabel(christmasEve, 'en-US', now)).to.equal(intl('en-US', christmasEve, 'numeric'));
    expect(dayLabel(christmasEve, 'en-US', now)).to.equal('Wednesday, December 24, 2025');
  });

  // Which addresses media and avatars may load from: test/markdown/safe-url.test.ts (safeSrc, safeFileHref).
  it('makes initials', () => {
    expect(initials('Maya Chen')).to.equal('MC');
    expect(initials('Kesk Assistant Bot')).to.equal('KB');
    expect(initials('élodie')).to.equal('É');
    expect(initials('  ')).to.equal('?');
  });
});
