/** Number texts shared by the charts (all numbers go through the caller's Format). */
import type { Format } from './types.ts';

/** A share 0..1 as a percentage text, e.g. "23.4 %". */
export function pct(format: Format, share: number, digits = 1): string {
  return `${format(share * 100, digits)} %`;
}

/** A number, or an en dash when it is not finite (e.g. the average of an empty cell). */
export function num(format: Format, n: number, digits?: number): string {
  return Number.isFinite(n) ? format(n, digits) : '–';
}
