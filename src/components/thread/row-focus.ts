// A row renders one of two templates: the lean one of a message that is text alone, or the full one (reactions, an
// edit, a picker, media). Changing template makes a new `<article>`; when focus was in the row, it goes back to the
// same thing in the new one, so a reaction arriving on the message the reader is on does not drop them to the page.

/** Renders into `row` (by `render`), keeping focus on the same message, control or chip if the render replaced it. */
export function renderKeepingFocus(root: ShadowRoot | Document, row: HTMLElement, render: () => void): void {
  const focused = root.activeElement;
  if (!focused || !row.contains(focused)) return render();
  const label = focused.getAttribute('aria-label');
  const classes = [...focused.classList].map((c) => `.${CSS.escape(c)}`).join('');
  render();
  if (focused.isConnected) return;
  const same =
    focused.localName === 'article'
      ? row.querySelector('article')
      : ((label && row.querySelector(`${focused.localName}[aria-label="${CSS.escape(label)}"]`)) || (classes && row.querySelector(`${focused.localName}${classes}`)) || row.querySelector('article'));
  (same as HTMLElement | null)?.focus({ preventScroll: true });
}
