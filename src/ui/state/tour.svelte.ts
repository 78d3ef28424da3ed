/**
 * The guided tour of learning mode: which step is shown, remembered across reloads (localStorage),
 * and the view each step opens. The tour runs on whatever dataset is open; Learn starts it on the
 * sample shop.
 */
import type { MessageKey } from '../i18n/en.ts';
import { session } from './session.svelte.ts';
import type { View } from './session.svelte.ts';

export interface TourStep {
  id: string;
  view: View;
  title: MessageKey;
  body: MessageKey;
}

/** import → RFM → scores → segments → pyramid → CLV → clusters. */
export const TOUR: readonly TourStep[] = (
  [
    ['import', 'data'],
    ['rfm', 'customers'],
    ['scores', 'customers'],
    ['segments', 'segments'],
    ['pyramid', 'value'],
    ['clv', 'clv'],
    ['clusters', 'clusters'],
  ] as const
).map(([id, view]) => ({ id, view, title: `tour.${id}.title`, body: `tour.${id}.body` }));

const KEY = 'segmap.tourStep';

class Tour {
  /** The step shown (index into TOUR), or null when the tour is not running. */
  step = $state<number | null>(read());

  /** Starts at the first step (or at `step`) and opens its view. */
  start(step = 0): void {
    this.go(step);
  }

  next(): void {
    if (this.step === null) return;
    if (this.step + 1 < TOUR.length) this.go(this.step + 1);
    else this.end();
  }

  back(): void {
    if (this.step !== null && this.step > 0) this.go(this.step - 1);
  }

  end(): void {
    this.step = null;
    globalThis.localStorage?.removeItem(KEY);
  }

  private go(step: number): void {
    this.step = step;
    session.view = TOUR[step].view;
    globalThis.localStorage?.setItem(KEY, String(step));
  }
}

function read(): number | null {
  const raw = globalThis.localStorage?.getItem(KEY);
  const n = raw === null || raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 && n < TOUR.length ? n : null;
}

export const tour = new Tour();
