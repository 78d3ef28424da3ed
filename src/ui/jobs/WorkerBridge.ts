/**
 * The one way the page calls a worker (modelled on squoosh's WorkerBridge): the worker starts on
 * the first call; calls run one at a time, in order; every call takes an AbortSignal. Aborting a
 * call that waits in the queue drops it; aborting the running call terminates the worker (an open
 * IndexedDB transaction in it aborts, so nothing half-done is stored) and the next call starts a
 * fresh one (or, for a bridge with `onAbort: 'detach'`, only stops waiting for it). A worker left idle for `idleMs` is stopped. Late messages of a terminated worker never
 * reach the caller: its promise has already been rejected with an AbortError.
 */
import * as Comlink from 'comlink';

type Method<Api, K extends keyof Api> = Api[K] extends (...args: infer A) => infer R
  ? { args: A; result: Awaited<R> }
  : never;

export interface BridgeOptions {
  /** Milliseconds without a call after which the worker is stopped (Infinity: kept). */
  idleMs: number;
  /**
   * What aborting the running call does: 'terminate' stops the worker (for long computations on
   * data sent in: nothing is lost but the job); 'detach' rejects the caller at once and lets the
   * worker finish that call unheard (for a worker holding data that is costly to load again, whose
   * calls are short or check a proxied `aborted()` between steps). Default 'terminate'.
   */
  onAbort?: 'terminate' | 'detach';
}

/** The error an aborted call rejects with (DOMException "AbortError", as fetch does). */
export function abortError(): DOMException {
  return new DOMException('The job was cancelled', 'AbortError');
}

/** The coded error of a worker that could not start or died (e.g. out of memory). */
export function workerFailed(): Error {
  return Object.assign(new Error('the background worker stopped unexpectedly'), { code: 'worker.failed', params: {} });
}

/** Whether a caught error is a cancellation rather than a failure. */
export function isAbort(e: unknown): boolean {
  return (e as { name?: unknown })?.name === 'AbortError';
}

export class WorkerBridge<Api extends object> {
  private worker: Worker | null = null;
  private api: Comlink.Remote<Api> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private pending = 0;

  /** `start` creates the worker (e.g. `() => new Worker(new URL(…), { type: 'module' })`). */
  constructor(
    private readonly start: () => Worker,
    private readonly options: BridgeOptions,
  ) {}

  /** Whether a worker is running now (for tests and the benchmark's worker count). */
  get alive(): boolean {
    return this.worker !== null;
  }

  /**
   * Calls `method` in the worker. Arguments are sent as Comlink sends them (wrap a value with
   * `Comlink.transfer` to move its buffers, a callback with `Comlink.proxy`).
   */
  call<K extends keyof Api>(
    signal: AbortSignal,
    method: K,
    ...args: Method<Api, K>['args']
  ): Promise<Method<Api, K>['result']> {
    if (signal.aborted) return Promise.reject(abortError());
    this.pending++;
    clearTimeout(this.idleTimer);
    const turn = this.queue.then(
      () =>
        new Promise<Method<Api, K>['result']>((resolve, reject) => {
          if (signal.aborted) throw abortError();
          if (!this.api) this.spawn();
          const worker = this.worker!;
          // The turn must settle whatever happens, or every later call would wait for ever.
          const stop = () => {
            if (this.options.onAbort === 'detach') return;
            this.terminate();
            reject(abortError());
          };
          const crash = (ev: Event) => {
            ev.preventDefault();
            this.terminate();
            reject(workerFailed());
          };
          signal.addEventListener('abort', stop, { once: true });
          worker.addEventListener('error', crash);
          const fn = this.api![method] as unknown as (...a: unknown[]) => Promise<Method<Api, K>['result']>;
          fn(...(args as unknown[]))
            .then(resolve, reject)
            .finally(() => {
              signal.removeEventListener('abort', stop);
              worker.removeEventListener('error', crash);
            });
        }),
    );
    // The queue goes on whatever this call does.
    this.queue = turn.catch(() => {});
    const settled = new Promise<Method<Api, K>['result']>((resolve, reject) => {
      const onAbort = () => reject(abortError());
      signal.addEventListener('abort', onAbort, { once: true });
      turn.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
    return settled.finally(() => {
      if (--this.pending === 0) this.scheduleIdle();
    });
  }

  /** Stops the worker now; a running call rejects (its caller aborted it), queued calls get a new worker. */
  terminate(): void {
    clearTimeout(this.idleTimer);
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
  }

  private spawn(): void {
    this.worker = this.start();
    this.api = Comlink.wrap<Api>(this.worker);
  }

  private scheduleIdle(): void {
    clearTimeout(this.idleTimer);
    if (Number.isFinite(this.options.idleMs)) this.idleTimer = setTimeout(() => this.terminate(), this.options.idleMs);
  }
}
