// Every operation of the contract, by operationId.
import * as bots from './bots.js';
import * as media from './media.js';
import * as messages from './messages.js';
import * as rag from './rag.js';
import * as reactions from './reactions.js';
import * as sessions from './sessions.js';

export const operations = { ...sessions, ...messages, ...reactions, ...media, ...rag, ...bots };
