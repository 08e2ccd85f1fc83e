import { markdownStyles } from '../../markdown/index.js';
import { controls } from '../../styles/controls.js';
import { base, tokens } from '../../styles/tokens.js';
import { view } from './thread-log.styles.js';
import { bubble, media, rows } from './thread-message.styles.js';
import { actions } from './thread-row-actions.styles.js';

// In this order: later rules (the bubble's, the actions') override the frame's and the row's.
export const styles = [tokens, base, controls, markdownStyles, view, rows, bubble, actions, media];
