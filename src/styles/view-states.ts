import { css } from 'lit';

/** The status line and the empty state shared by the list views (conversations, media). */
export const viewStates = css`
  [part='status'] {
    margin: 0;
    color: var(--_text-muted);
    text-align: center;
  }
  [part='status']:empty {
    position: absolute;
  }
  [part='empty'] {
    padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
    color: var(--_text-muted);
    text-align: center;
  }
  [part='empty'] p {
    margin: 0;
  }
  .empty-title {
    color: var(--_text);
    font-weight: 600;
  }
`;
