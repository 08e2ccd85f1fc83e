import { html, nothing } from 'lit';
import type { OutboxSummary } from '../../state/conversation-store.js';
import type { terms as english } from './chat.terms.js';

/**
 * The line above the composer while messages wait: offline (they go when the network is back), the service
 * unreachable, or sends being retried, with "Retry now" when the network is there. The live region stays in the
 * DOM (empty when all is well), so screen readers announce each change.
 */
export function renderOutboxStatus(outbox: OutboxSummary | undefined, terms: typeof english, onRetryNow: () => void) {
  const o = outbox;
  const text = !o?.queued
    ? ''
    : o.offline
      ? terms.outbox.offline(o.queued)
      : o.unreachable
        ? terms.outbox.unreachable(o.queued)
        : o.retrying
          ? terms.outbox.retrying(o.queued)
          : '';
  // One binding for the text and its button (a marker comment each, in every panel otherwise), no white space (a flex
  // box, where it would not show).
  return html`<div part="outbox-status" class="outbox-status" role="status" ?hidden=${!text}>${text
    ? html`<span>${text}</span>${o!.offline
        ? nothing
        : html`<button part="retry-now" class="text-button" type="button" @click=${onRetryNow}>${terms.outbox.retryNow}</button>`}`
    : nothing}</div>`;
}
