// Registers every element of the widget (guarded: loading the widget twice is harmless). <kesk-chat> comes first
// (its define file registers the root before the rest), so that elements a page composes inside it find its
// context as they upgrade.
import './components/chat/define.js';
import './components/launcher/define.js';
import './components/thread/define.js';
import './components/composer/define.js';
import './components/bot-suggestions/define.js';
import './components/session-list/define.js';
import './components/media-gallery/define.js';
