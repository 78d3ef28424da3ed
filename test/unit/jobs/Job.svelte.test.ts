import { describe, expect, it } from 'vitest';
import { Job } from '../../../src/ui/jobs/Job.svelte.ts';
import { abortError } from '../../../src/ui/jobs/WorkerBridge.ts';

/** A request the test settles by hand, recording the signal it was given. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function manual<T>() {
  const calls: { signal: AbortSignal; report: (p: string) => void; d: ReturnType<typeof deferred<T>> }[] = [];
  const work = (signal: AbortSignal, report: (p: string) => void) => {
    const d = deferred<T>();
    signal.addEventListener('abort', () => d.reject(abortError()));
    calls.push({ signal, report, d });
    return d.promise;
  };
  return { calls, work };
}

describe('Job', () => {
  it('shows the answer of the latest request only: an earlier one answering late is dropped', async () => {
    const job = new Job<string>();
    const { calls, work } = manual<string>();
    const first = job.run('a', work);
    const second = job.run('b', work);
    expect(calls[0].signal.aborted).toBe(true);
    calls[1].d.resolve('B');
    await second;
    // The first request's worker was stopped, but a message it had posted still arrives.
    calls[0].report('late progress');
    await first;
    expect(job.value).toBe('B');
    expect(job.progress).toBe(null);
    expect(job.running).toBe(false);
  });

  it('drops a late answer even when the earlier request ignores its signal', async () => {
    const job = new Job<string>();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const a = job.run('a', () => slow.promise);
    const b = job.run('b', () => fast.promise);
    fast.resolve('B');
    await b;
    slow.resolve('A');
    await a;
    expect(job.value).toBe('B');
    expect(job.currentKey).toBe('b');
  });

  it.each([
    ['same key while running', true, false, 1],
    ['same key after the answer', false, false, 1],
    ['same key forced', false, true, 2],
  ])('%s', async (_name, whileRunning, force, expected) => {
    const job = new Job<number>();
    let calls = 0;
    const work = async () => ++calls;
    const first = job.run('k', work);
    if (!whileRunning) await first;
    await job.run('k', work, force);
    await first;
    expect(calls).toBe(expected);
  });

  it('cancel keeps the previous answer, says so, and lets the same request run again', async () => {
    const job = new Job<string>();
    await job.run('a', async () => 'A');
    const { calls, work } = manual<string>();
    const pending = job.run('b', work);
    expect(job.running).toBe(true);
    job.cancel();
    await pending;
    expect(calls[0].signal.aborted).toBe(true);
    expect(job).toMatchObject({ value: 'A', running: false, cancelled: true, error: null });
    await job.run('b', async () => 'B');
    expect(job).toMatchObject({ value: 'B', cancelled: false });
  });

  it('keeps errors coded: a core error by its code, anything else as app.unexpected', async () => {
    const job = new Job<string>();
    const coded = Object.assign(new Error('boom'), { code: 'clv.fit', params: { model: 'bgnbd' } });
    await job.run('a', async () => Promise.reject(coded));
    expect(job.error).toMatchObject({ code: 'clv.fit', params: { model: 'bgnbd' } });
    expect(job.value).toBe(null);
    const original = console.error;
    console.error = () => {};
    try {
      await job.run('b', async () => Promise.reject(new TypeError('x is undefined')));
    } finally {
      console.error = original;
    }
    expect(job.error).toMatchObject({ code: 'app.unexpected', detail: 'TypeError: x is undefined' });
    await job.run('c', async () => 'C');
    expect(job.error).toBe(null);
  });

  it('reports progress of the running request and clears it when done', async () => {
    const job = new Job<string, { done: number }>();
    let report!: (p: { done: number }) => void;
    const d = deferred<string>();
    const pending = job.run('a', (_s, r) => ((report = r), d.promise));
    report({ done: 3 });
    expect(job.progress).toEqual({ done: 3 });
    d.resolve('A');
    await pending;
    expect(job.progress).toBe(null);
  });

  it('drop stops the running request without a word: the previous answer stays, not cancelled', async () => {
    const job = new Job<string>();
    const { calls, work } = manual<string>();
    calls.length = 0;
    await job.run('a', (signal, report) => {
      const p = work(signal, report);
      calls[0].d.resolve('A');
      return p;
    });
    const second = job.run('b', work);
    job.drop();
    await second;
    expect(calls[1].signal.aborted).toBe(true);
    expect(job.value).toBe('A');
    expect(job.running).toBe(false);
    expect(job.cancelled).toBe(false);
    expect(job.currentKey).toBe(null);
  });

  it('reset forgets the answer and aborts a running request', async () => {
    const job = new Job<string>();
    await job.run('a', async () => 'A');
    const { calls, work } = manual<string>();
    const pending = job.run('b', work);
    job.reset();
    await pending;
    expect(calls[0].signal.aborted).toBe(true);
    expect(job).toMatchObject({ value: null, running: false, cancelled: false, currentKey: null });
  });
});
