// The scripted bots. Each bot is a table of steps (what it asks, which chips fit, how it reads an answer) plus
// actions that work from any step; this file turns such a table into the stateless engine the server drives.
// The server stores `step` and hands it back, so the engines keep nothing between calls.
import { fitbot } from './fitbot.js';
import { BOTS } from './people.js';
import { shopbot } from './shopbot.js';
import { mentions } from './text.js';

/**
 * @typedef {{ content: string, step: string, status?: 'ended', transfer?: { reason: string } }} BotReply
 * @typedef {{ prompt: string, chips: string[], handle?: (input: { id: string, text: string }) => BotReply | undefined }} Step
 * @typedef {{
 *   username: string,
 *   start: string,                         // the step of the main menu
 *   hubs: string[],                        // steps from which a `context` may steer the chips to a topic
 *   greeting: string,
 *   label: (id: string) => string,         // the text of a chip
 *   step: (name: string) => Step,          // unknown names get the main menu's step
 *   action: (id: string, step: string) => BotReply | undefined,   // chips that work from any step
 *   route: (text: string) => string | undefined,                  // free text → one of those chip ids
 *   topicChips: (context: string) => string[] | undefined,        // chips for a topic named in free text
 *   transferReason: (step: string) => string,
 * }} BotScript
 */

const HUMAN = ['person', 'human', 'agent', 'real person', 'operator', 'representative', 'advisor', 'adviser',
  'talk to someone', 'speak to someone', 'talk to somebody', 'speak to somebody', 'customer service', 'staff member'];
const DONE = ['bye', 'goodbye', 'that all', 'thats all', 'all done', 'done', 'no thanks', 'nothing else', 'finished',
  'quit', 'exit', 'im good', 'all good'];
const THANKS = ['thanks', 'thank you', 'thank', 'cheers', 'ta', 'great', 'perfect'];
const HELLO = ['hi', 'hello', 'hey', 'hiya', 'morning', 'afternoon', 'evening'];

/** @param {BotScript} script @param {{ id: number, kind: 'bot', name: string, avatar_url: null, username: string }} participant */
function createEngine(script, participant) {
  const chipsFor = (ids) => [...new Set([...ids.filter((id) => id !== 'human').slice(0, 4), 'human'])]
    .map((id) => ({ id, text: script.label(id) }));

  return {
    username: script.username,
    participant,

    /** The text of any chip id this bot knows, whatever the step ("store_501" → "Harbour Street, Bristol"). */
    label: (id) => script.label(id),

    /** The opening message; a context naming a topic ("I want to return my boots") starts that topic at once. */
    greet({ context } = {}) {
      const started = context
        ? script.step(script.start).handle?.({ id: '', text: context }) ?? script.action(script.route(context) ?? '', script.start)
        : undefined;
      if (started) return { content: `${script.greeting.split('\n')[0]} ${started.content}`, step: started.step };
      return { content: script.greeting, step: script.start };
    },

    /**
     * @param {{ step?: string, text?: string | null, suggestionId?: string | null }} input
     * @returns {BotReply}
     */
    reply({ step: given, text, suggestionId } = {}) {
      const step = given ?? script.start;
      const id = suggestionId ?? '';
      const said = text ?? '';
      // "return it in person" is not a request for a person.
      if (id === 'human' || (!id && mentions(said.replace(/\bin person\b/gi, ''), HUMAN))) {
        return {
          content: "Of course. I'm handing you over to a member of our support team; they can see this conversation, " +
            "so you won't need to repeat yourself.",
          step,
          transfer: { reason: script.transferReason(step) },
        };
      }
      if (id === 'done' || (!id && mentions(said, DONE))) {
        return { content: 'Glad I could help. Have a great day! 👋', step: 'ended', status: 'ended' };
      }
      const current = script.step(step);
      const answered = current.handle?.({ id, text: said })
        ?? (id ? script.action(id, step) : undefined)
        ?? (said ? script.action(script.route(said) ?? '', step) : undefined);
      if (answered) return answered;
      if (!id && mentions(said, THANKS)) return { content: `You're welcome! ${current.prompt}`, step };
      if (!id && mentions(said, HELLO)) return { content: `Hello! ${current.prompt}`, step };
      const sorry = id ? "Sorry, that option doesn't apply here." : "Sorry, I didn't quite catch that.";
      return { content: `${sorry} ${current.prompt}`, step };
    },

    /**
     * Chips for the current step (2–5, always with "Talk to a person" last). From a hub step (the menu, or after
     * the end) a free-text context naming a topic steers the chips to that topic; elsewhere the step knows best.
     * @param {{ step?: string, context?: string | null }} input
     */
    suggestions({ step: given, context } = {}) {
      const step = given ?? script.start;
      const steer = context && script.hubs.includes(step) ? script.topicChips(context) : undefined;
      return chipsFor(steer ?? script.step(step).chips);
    },
  };
}

const ENGINES = new Map(
  [shopbot, fitbot].map((script) => {
    const bot = BOTS.find((b) => b.username === script.username);
    return [script.username, createEngine(script, bot.participant)];
  }),
);

/** The engine of a bot by username, or undefined for an unknown bot. */
export function getBot(username) {
  return ENGINES.get(String(username ?? '').toLowerCase());
}
