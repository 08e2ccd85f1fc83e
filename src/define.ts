// Registers every element of the widget (guarded: loading the widget twice is harmless). <kesk-chat> comes first
// (its define file registers the root before the rest), so that elements a page composes inside it find its
// context as they upgrade. <kesk-session-list> and <kesk-media-gallery> load on demand: the root imports them the
// first time their view opens, or when a page places them inside it.
// First, where the CDN boot loaded this file: the conversation's first request (src/page/first-request.ts).
import './page/first-request-start.js';
import './components/chat/define.js';
import './components/launcher/define.js';
import './components/thread/define.js';
import './components/composer/define.js';
import './components/bot-suggestions/define.js';
