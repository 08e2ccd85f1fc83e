import { css } from 'lit';

/**
 * What the elements' buttons share (one stylesheet, adopted by each shadow root): the element's type and colour,
 * and the round icon button. Its hover tint is `--_hover` where the second surface colour would not show.
 */
export const controls = css`
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .icon-button {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 40px;
    block-size: 40px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_text-muted);
  }
  .icon-button:hover {
    background: var(--_hover, var(--_surface-2));
    color: var(--_text);
  }
`;
