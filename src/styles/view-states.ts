import { css } from 'lit';

/**
 * What the list views (conversations, media) share: the status line, the empty state, a failure with its retry,
 * and their pill buttons.
 */
export const viewStates = css`
  [part=status] {
    margin: 0;
    color: var(--_text-muted);
    text-align: center;
  }
  [part=status]:empty {
    position: absolute;
  }
  [part=empty] {
    padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
    color: var(--_text-muted);
    text-align: center;
  }
  [part=empty] p {
    margin: 0;
  }
  .empty-title {
    color: var(--_text);
    font-weight: 600;
  }
  [part=error] {
    margin: 0;
    color: var(--_danger);
  }
  .failure {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
    text-align: center;
  }
  [part=retry-button],
  [part=load-more],
  [part=save-button],
  [part=cancel-button],
  [part=download],
  [part=delete-button],
  [part=confirm-button] {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: 40px;
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    text-decoration: none;
  }
  [part=load-more] {
    align-self: center;
  }
`;
