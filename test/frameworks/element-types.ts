// Compile-time checks (npm run typecheck, part of npm test) of the generated Vue and Svelte typings for <kesk-chat>
// (src/frameworks/vue.ts, src/frameworks/svelte.ts): template props carry the element's property types and kesk-*
// listeners get the event classes. test/frameworks/typecheck/ runs each framework's own checker on templates.
import type {} from '../../src/frameworks/vue.js';
import type {} from '../../src/frameworks/svelte.js';
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { KeskChat, KeskMessageSentEvent, KeskUnreadChangeEvent } from '../../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

type VueChat = InstanceType<GlobalComponents['kesk-chat']>;
export type VueChecks = [
  Assert<Equal<VueChat['$props']['vendorLocationId'], number | undefined>>,
  Assert<Equal<VueChat['$props']['mode'], KeskChat['mode'] | undefined>>,
  Assert<Equal<VueChat['$props']['tokenProvider'], KeskChat['tokenProvider']>>,
  Assert<Equal<VueChat['open'], KeskChat['open']>>,
];
export const vueListener = (emit: VueChat['$emit'], sent: KeskMessageSentEvent, unread: KeskUnreadChangeEvent) => {
  emit('kesk-message-sent', sent);
  emit('kesk-unread-change', unread);
  // @ts-expect-error kesk-message-sent carries a KeskMessageSentEvent
  emit('kesk-message-sent', unread);
  // @ts-expect-error no such event
  emit('kesk-message-sen', sent);
};

type SvelteChat = SvelteHTMLElements['kesk-chat'];
export type SvelteChecks = [
  Assert<Equal<Parameters<NonNullable<SvelteChat['onkesk-message-sent']>>[0], KeskMessageSentEvent>>,
  Assert<Equal<Parameters<NonNullable<SvelteChat['onkesk-unread-change']>>[0], KeskUnreadChangeEvent>>,
  Assert<Equal<SvelteChat['tokenProvider'], KeskChat['tokenProvider']>>,
  Assert<Equal<SvelteChat['theme'], KeskChat['theme'] | undefined>>,
];
