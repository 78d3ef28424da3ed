/** Number formats of the basket panel, in the UI language: money with two decimals, shares and lifts. */
import { fmtNumber, i18n } from '../i18n/i18n.svelte.ts';

const moneyFormats: Record<string, Intl.NumberFormat> = {};

/** Currency amount with exactly two decimals ("3,683.80"); "–" when not a number. */
export function money(v: number): string {
  if (!Number.isFinite(v)) return '–';
  moneyFormats[i18n.locale] ??= new Intl.NumberFormat(i18n.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return moneyFormats[i18n.locale].format(v);
}

/** A share as a percentage with one decimal ("10.2 %"); "–" when not a number. */
export const pct = (v: number): string => (Number.isFinite(v) ? `${fmtNumber(v * 100, 1)} %` : '–');

/** A lift with two decimals at most ("1.15"); "–" when not a number. */
export const liftText = (v: number): string => (Number.isFinite(v) ? fmtNumber(v, 2) : '–');

/**
 * The lift heatmap's colour domain: symmetric on a log scale around 1, as far as the farthest lift
 * but at most ¼ … 4 (a segment of a few customers can reach 20; its colour is then the darkest)
 * and at least 0.8 … 1.25.
 */
export function liftDomain(values: ArrayLike<number>): [number, number] {
  let spread = 1.25;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v > 0 && Number.isFinite(v)) spread = Math.max(spread, v, 1 / v);
  }
  spread = Math.min(spread, 4);
  return [1 / spread, spread];
}
