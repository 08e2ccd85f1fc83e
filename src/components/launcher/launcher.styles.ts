import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    -webkit-tap-highlight-color: transparent;
  }
  button {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: 56px;
    block-size: 56px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: var(--_brand);
    color: var(--_on-brand);
    box-shadow: var(--_shadow);
    cursor: pointer;
    /* Only the size eases: the focus ring shows at once. */
    transition: transform 160ms ease;
  }
  button:hover {
    transform: scale(1.06);
  }
  button:active {
    transform: scale(0.96);
  }
  /* The launcher sits on the host page, whatever its colour: a halo of the panel's surface under the ring keeps
     the ring's contrast on light and dark pages alike. */
  button:focus-visible {
    box-shadow: var(--_shadow), 0 0 0 3px var(--_surface);
  }
  button:disabled {
    cursor: default;
    opacity: 0.7;
  }
  .icon {
    display: grid;
    place-items: center;
    animation: turn 220ms ease-out;
  }
  .icon.open {
    animation-name: turn-back;
  }
  ::slotted(*) {
    max-inline-size: 32px;
    max-block-size: 32px;
  }
  .badge {
    position: absolute;
    inset-block-start: -4px;
    inset-inline-end: -4px;
    min-inline-size: 22px;
    block-size: 22px;
    padding-inline: 6px;
    box-sizing: border-box;
    display: grid;
    place-items: center;
    border-radius: 11px;
    border: 2px solid var(--_surface);
    background: var(--kesk-badge, #c5221f);
    color: #fff;
    font-size: 12px;
    font-weight: 700;
    line-height: 1;
  }
  @keyframes turn {
    from {
      transform: rotate(-30deg) scale(0.6);
      opacity: 0;
    }
  }
  @keyframes turn-back {
    from {
      transform: rotate(30deg) scale(0.6);
      opacity: 0;
    }
  }
`;
