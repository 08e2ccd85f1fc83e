import { css } from 'lit';

// A link to one message (`message-id`): the message it opened at, outlined, and the notice when it cannot be shown.
export const linkStyles = css`
  .linked .bubble {
    outline: 2px solid var(--kesk-thread-linked-color, var(--_brand));
    outline-offset: 2px;
  }
  .link-notice {
    position: absolute;
    inset-block-start: var(--_space);
    inset-inline: var(--_space);
    z-index: 1;
    display: flex;
    align-items: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: 8px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_brand);
    color: var(--_text);
    font-size: 0.875em;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
  }
  .link-notice p {
    flex: 1;
    margin: 0;
  }
`;
