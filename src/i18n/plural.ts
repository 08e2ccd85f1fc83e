import type { Lang } from './languages.js';

/** A plural chooser for `lang`: `plural('ar')(n, {one: …, other: …})`. */
export function plural(lang: Lang) {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string =>
    (forms[rules.select(count)] ?? forms.other).replace('#', numbers.format(count));
}
