/**
 * One job of a state module (the CLV fit, the k scan, the cohort table…): the one place where a
 * superseded or cancelled request's answer is dropped and where errors become coded messages.
 * `run(key, work)` aborts the job's running request and starts `work` with a fresh AbortSignal;
 * only the latest run writes `value`, `error`, `running` and `progress`. The same key as the value
 * shown (or the run under way) does nothing, so a view can ask again every time it is shown.
 */
import { codedOf } from '../i18n/coded.ts';
import type { Coded } from '../i18n/coded.ts';
import { isAbort } from './WorkerBridge.ts';

export type Work<T, P> = (signal: AbortSignal, report: (progress: P) => void) => Promise<T>;

export class Job<T, P = string> {
  /** The latest answer (kept while a newer request runs, so the view does not flash empty). */
  value = $state.raw<T | null>(null);
  /** The latest request's failure, coded (translated when shown); null when it succeeded. */
  error = $state.raw<Coded | null>(null);
  running = $state(false);
  /** Whether the user cancelled the latest request (the view offers to run it again). */
  cancelled = $state(false);
  /** The running request's latest progress report, null when idle. */
  progress = $state.raw<P | null>(null);
  private key: string | null = null;
  private controller: AbortController | null = null;

  /** The key of the value shown or the request under way (null after a reset or cancel). */
  get currentKey(): string | null {
    return this.key;
  }

  /**
   * Starts `work` for `key` unless that key is already shown or running (`force`: run again).
   * Resolves when this request has settled; never rejects (failures land in `error`).
   */
  async run(key: string, work: Work<T, P>, force = false): Promise<void> {
    if (!force && key === this.key && (this.running || this.value !== null || this.error !== null)) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.key = key;
    this.running = true;
    this.cancelled = false;
    this.progress = null;
    const current = () => this.controller === controller;
    try {
      const value = await work(controller.signal, (p) => {
        if (current()) this.progress = p;
      });
      if (!current()) return;
      this.value = value;
      this.error = null;
    } catch (e) {
      if (!current() || isAbort(e)) return;
      this.value = null;
      this.error = codedOf(e);
    } finally {
      if (current()) {
        this.controller = null;
        this.running = false;
        this.progress = null;
      }
    }
  }

  /** Stops the running request (its worker is stopped); the last answer stays, the next run starts anew. */
  cancel(): void {
    if (!this.controller) return;
    this.drop();
    this.cancelled = true;
  }

  /**
   * Drops the running request because its inputs are gone (another request of a related job
   * replaced them): its answer is never shown, the last answer stays, and nothing says cancelled.
   */
  drop(): void {
    if (!this.controller) return;
    this.controller.abort();
    this.controller = null;
    this.key = null;
    this.running = false;
    this.progress = null;
  }

  /** Forgets everything (another dataset was opened); a running request is aborted. */
  reset(): void {
    this.controller?.abort();
    this.controller = null;
    this.key = null;
    this.value = null;
    this.error = null;
    this.running = false;
    this.cancelled = false;
    this.progress = null;
  }
}
