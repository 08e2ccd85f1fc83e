// <kesk-chat> first (see define-root.ts), then every element it renders or a page may place inside it.
import './define-root.js';
import '../launcher/define.js';
import '../thread/define.js';
import '../composer/define.js';
import '../bot-suggestions/define.js';

export { KeskChat } from './chat.js';
