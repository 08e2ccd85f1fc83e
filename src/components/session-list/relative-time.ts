import { relativeFormat } from '../../i18n/formats.js';

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** "now", "5 min. ago", "yesterday", "3 wk. ago": how long ago `iso` was, in the reader's language ('' for no date). */
export function relativeTime(iso: string, locale?: string, now = Date.now()): string {
  const format = relativeFormat(locale);
  let value = (Date.parse(iso) - now) / 1000;
  if (value !== value) return '';
  if (Math.abs(value) < 45) return format.format(0, 'second');
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}
