// <kesk-chat> for Svelte's type checker (svelte-check, the editor): its attributes and properties, and its kesk-*
// events as onkesk-… handlers with their event classes. Copy this file into a Svelte app that uses the widget.
import type { HTMLAttributes } from 'svelte/elements';
import type { KeskChat } from '../../../src/index.js';

/** `onkesk-open`, `onkesk-message-sent`, …: Svelte 5 listens to any event named after `on`. */
export type KeskEventHandlers = {
  [K in keyof GlobalEventHandlersEventMap as K extends `kesk-${string}` ? `on${K}` : never]?: (
    event: GlobalEventHandlersEventMap[K],
  ) => void;
};

/** What a template may set on <kesk-chat>: kebab-case attributes, and properties for what no attribute can carry. */
export interface KeskChatAttributes extends HTMLAttributes<KeskChat>, KeskEventHandlers {
  'api-base'?: string;
  token?: string;
  mode?: KeskChat['mode'];
  'user-type'?: KeskChat['userType'];
  'vendor-location-id'?: number | string;
  'bot-username'?: string;
  'recipient-id'?: number | string;
  'session-id'?: number | string;
  open?: boolean;
  inline?: boolean;
  position?: KeskChat['position'];
  theme?: KeskChat['theme'];
  heading?: string;
  tokenProvider?: KeskChat['tokenProvider'];
  starters?: KeskChat['starters'];
  cadence?: KeskChat['cadence'];
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'kesk-chat': KeskChatAttributes;
  }
}
