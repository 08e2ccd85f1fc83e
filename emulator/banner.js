// What `kesk-chat-emulator` prints once it listens: where it is, and the ids and tokens of the seeded world, laid out
// so that a developer can copy a token or an id straight into a widget attribute.
import { SHOPPER_TOKEN, worldView } from './world/people.js';

/** Columns, padded to the widest cell of each; the last column is not padded. */
function table(rows, indent = '  ') {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : String(cell).padEnd(widths[i]))).join('   ').trimEnd());
}

/**
 * @param {{ origin: string, basePath: string, seed: number, replyDelayMs: number }} where
 *   origin: "http://127.0.0.1:8787", as a browser would write it
 * @returns {string}
 */
export function banner({ origin, basePath, seed, replyDelayMs }) {
  const world = worldView();
  const api = origin + basePath;
  const [firstStore] = world.vendor_locations;
  return [
    `Kesk Chat API emulator (seed ${seed}; people and bots reply after ${replyDelayMs} ms)`,
    '',
    ...table([
      ['API', api],
      ['Control', `${origin}/__emulator   (GET /__emulator/world: all of this as JSON)`],
      ['CORS', 'on: pages on any origin may call it'],
    ]),
    '',
    'Users (token = user; any other token is a new guest user; id = recipient-id of a direct chat)',
    ...table(world.users.map((u) => [u.token, u.id, u.name + (u.token === SHOPPER_TOKEN ? ' (the demo signs in as this user)' : '')])),
    '',
    'Vendor locations (vendor-location-id)',
    ...table(world.vendor_locations.map((l) => [l.id, `${l.name}, ${l.city}`])),
    '',
    'Bots (bot-username)',
    ...table(world.bots.map((b) => [b.username, b.participant.id, b.participant.name])),
    '',
    'Agents (answer after a bot hands over)',
    ...table(world.agents.map((a) => [a.id, a.name])),
    '',
    'Assistant (mode="assistant": answers from the help centre, in English, Spanish, German, French or Arabic)',
    ...table([[world.assistant.id, world.assistant.name]]),
    '',
    'Try it',
    `  curl -H 'Authorization: Bearer ${SHOPPER_TOKEN}' ${api}/chat/sessions`,
    `  <kesk-chat api-base="${api}" token="${SHOPPER_TOKEN}" mode="vendor" vendor-location-id="${firstStore.id}"></kesk-chat>`,
    '',
    'Ctrl+C stops it.',
  ].join('\n');
}
