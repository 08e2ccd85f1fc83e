// <kesk-chat> for Vue's template type checker (vue-tsc, Volar): its properties as props, its kesk-* events as
// @kesk-… listeners with their event classes. Copy this file into a Vue app that uses the widget (see the README).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { KeskChat } from '../../../src/index.js';

/** The kesk-* events, by name. */
export type KeskEvents = {
  [K in keyof GlobalEventHandlersEventMap as K extends `kesk-${string}` ? K : never]: GlobalEventHandlersEventMap[K];
};

/** The properties a template may bind (as `vendor-location-id` or `vendorLocationId`, `:theme`, `.tokenProvider`). */
export type KeskChatProps = Pick<
  KeskChat,
  | 'apiBase'
  | 'token'
  | 'tokenProvider'
  | 'mode'
  | 'userType'
  | 'vendorLocationId'
  | 'botUsername'
  | 'recipientId'
  | 'sessionId'
  | 'isOpen'
  | 'inline'
  | 'position'
  | 'theme'
  | 'heading'
  | 'starters'
  | 'cadence'
>;

/** Vue reads a custom element's template types from `$props` and `$emit` (they do not exist on the element). */
type DefineCustomElement<Element extends HTMLElement, Props, Events extends Record<string, Event>> = new () => Element & {
  /** @deprecated For template type checking only. */
  $props: HTMLAttributes & Partial<Props> & PublicProps;
  /** @deprecated For template type checking only. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'kesk-chat': DefineCustomElement<KeskChat, KeskChatProps, KeskEvents>;
  }
}
