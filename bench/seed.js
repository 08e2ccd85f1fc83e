// The conversations the benchmark opens: a vendor chat of `count` messages, the shopper and the store taking turns,
// laid down in the emulator with one bulk call (POST /__emulator/sessions/{id}/messages/bulk). Every message ends
// with its number, `(#n)`, so a page can tell when the newest one is on screen.

const LINES = [
  'Do the trail boots come in size 42?',
  'Yes, size 42 is in stock in brown and black.',
  'Are they waterproof, or just water resistant?',
  'Fully waterproof: a sealed membrane and treated leather. They handle streams and a day of rain.',
  'How long does delivery to Oslo take?',
  'Two to four working days; you get a tracking link as soon as it ships.',
  'Can I return them if they do not fit?',
  'Of course. Returns are free within 30 days, unworn, in the original box. Print the label from your order page.',
  'Great, and do you have insoles for them?',
  'We do: the cushioned ones at 19 € fit every size of this model.',
];

/** Starts a vendor chat for `token` and gives it `count` messages; returns its session id. */
export async function seedConversation(origin, token, vendorLocationId, count) {
  const start = await fetch(`${origin}/v1/chat/sessions/start`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ chat_type: 'vendor', vendor_location_id: vendorLocationId, message: 'Hello' }),
  });
  if (!start.ok) throw new Error(`startChat answered ${start.status}: ${await start.text()}`);
  const { session } = await start.json();
  // One message a minute, ending a minute ago.
  const first = Date.now() - (count + 1) * 60_000;
  const messages = Array.from({ length: count }, (_, i) => ({
    sender_kind: i % 2 === 0 ? 'user' : 'vendor',
    content: `${LINES[i % LINES.length]} (#${i + 1})`,
    created_at: new Date(first + i * 60_000).toISOString(),
  }));
  const res = await fetch(`${origin}/__emulator/sessions/${session.id}/messages/bulk`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ messages, replace: true }),
  });
  if (!res.ok) throw new Error(`bulk seed answered ${res.status}: ${await res.text()}`);
  return session.id;
}

/** The first vendor location of the emulator's world. */
export async function vendorLocation(origin) {
  const res = await fetch(`${origin}/__emulator/world`);
  return (await res.json()).vendor_locations[0].id;
}
