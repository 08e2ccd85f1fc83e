import type { ChatClient } from '../api/client.js';

/**
 * What the widget needs of the API: every public method of `ChatClient`. Typed as an interface (not the class,
 * whose private fields make it nominal) so a test or a host can hand in its own implementation.
 */
export type ChatApi = { [K in keyof ChatClient]: ChatClient[K] };
