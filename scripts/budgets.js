// The size budgets `npm test` holds the widget to (through scripts/size.js), in bytes of gzip -9:
//   loader — what a host page must download before the shopper's first interaction (dist/cdn/kesk-chat-loader.js);
//   full widget — everything a page loads for a working widget in its language with every element (see
//   fullWidget in cdn-bundle.js), markdown and its sanitising included.
export const BUDGETS = { loader: 5 * 1024, fullWidget: 45 * 1024 };

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The budgets `loader` and `full` (sizes with `gzip`) break, as sentences; empty when both hold. */
export function overBudget({ loader, full }) {
  const over = [];
  if (loader.gzip > BUDGETS.loader) over.push(`The loader is ${kb(loader.gzip)} gzip, over its ${kb(BUDGETS.loader)} budget.`);
  if (full.gzip > BUDGETS.fullWidget) {
    over.push(`The full widget (${full.lang === 'en' ? 'English' : `with the ${full.lang} term table`}) is ${kb(full.gzip)} gzip, over its ${kb(BUDGETS.fullWidget)} budget by ${kb(full.gzip - BUDGETS.fullWidget)}.`);
  }
  return over;
}
