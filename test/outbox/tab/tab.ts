// One "tab" of the two-pages test: a page of its own (window, network events, element registry) that shares the
// origin's IndexedDB, localStorage and Web Locks with the other tab, as two tabs of one site do. It mounts the
// widget as a site would, with the token and vendor from its URL.
import '../../../src/define.js';

const params = new URLSearchParams(location.search);
const chat = document.createElement('kesk-chat') as HTMLElement & { cadence?: unknown };
chat.setAttribute('api-base', `${location.origin}/v1`);
chat.setAttribute('token', params.get('token') ?? '');
chat.setAttribute('mode', 'vendor');
chat.setAttribute('vendor-location-id', params.get('vendor') ?? '');
chat.setAttribute('inline', '');
chat.cadence = { awaitingMs: 150, openMs: 300, closedMs: 300 };
document.body.append(chat);
