import { css } from 'lit';

/** Around a bubble: its actions, the reactions and picker, why a send failed, the Delete confirmation. */
export const actions = css`
  .actions {
    display: flex;
    flex: none;
    opacity: 0;
    transition: opacity 0.15s;
  }
  .row:hover .actions,
  .message:focus-within .actions {
    opacity: 1;
  }
  @media (hover: none) {
    .actions {
      opacity: 1;
    }
  }
  .icon-button {
    inline-size: 32px;
    block-size: 32px;
  }
  .text-button {
    min-block-size: 28px;
    padding: 2px calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.9em;
  }
  .text-button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  .reactions,
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .reaction {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-block-size: 28px;
    padding: 1px calc(var(--_space) * 1.125);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.85em;
  }
  .reaction[aria-pressed=true],
  .pick[aria-pressed=true] {
    border-color: var(--_brand);
    background: color-mix(in srgb, var(--_brand) 14%, var(--_surface));
  }
  .picker {
    padding: 3px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.12);
  }
  .pick {
    inline-size: 36px;
    block-size: 36px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: transparent;
    font-size: 1.2em;
  }
  .pick:hover {
    background: var(--_surface-2);
  }
  .failed {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    max-inline-size: 100%;
    margin-block-start: calc(var(--_space) * 0.5);
    color: var(--_danger);
    font-size: 0.85em;
  }
  .failed .buttons {
    display: flex;
    gap: calc(var(--_space) * 0.75);
  }
  .failed .text-button {
    border-color: currentColor;
    color: var(--_danger);
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    font-size: 0.9em;
  }
`;
