import { markdownStyles } from '../../markdown/index.js';
import { controls } from '../../styles/controls.js';
import { base, tokens } from '../../styles/tokens.js';
// Each sheet's file sorts after thread-link.styles.ts and in this order, as the CDN bundle puts them (it imports
// every *.styles.ts first, by name): the text gzip sees is the same as when they were one file.
import { view } from './thread-log.styles.js';
import { bubble, media, rows } from './thread-message.styles.js';
import { actions } from './thread-row-actions.styles.js';

// In this order: later rules (the bubble's, the actions') override the frame's and the row's.
export const styles = [tokens, base, controls, markdownStyles, view, rows, bubble, actions, media];
