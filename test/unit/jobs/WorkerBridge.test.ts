import * as Comlink from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerBridge, isAbort } from '../../../src/ui/jobs/WorkerBridge.ts';

/** A worker stand-in on a MessageChannel: the api is exposed on one port, the bridge holds the other. */
function fakeWorkers<Api extends object>(api: () => Api) {
  const started: { terminated: boolean; port: MessagePort }[] = [];
  const start = () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(api(), port2);
    const record = { terminated: false, port: port1 };
    started.push(record);
    return Object.assign(port1, {
      terminate() {
        record.terminated = true;
        port1.close();
        port2.close();
      },
    }) as unknown as Worker;
  };
  return { started, start };
}

const never = () => new Promise<never>(() => {});

afterEach(() => vi.useRealTimers());

describe('WorkerBridge', () => {
  it('starts the worker on the first call only, and runs calls in order', async () => {
    const order: number[] = [];
    const { started, start } = fakeWorkers(() => ({
      async echo(n: number, ms: number) {
        await new Promise((r) => setTimeout(r, ms));
        order.push(n);
        return n * 2;
      },
    }));
    const bridge = new WorkerBridge<{ echo(n: number, ms: number): Promise<number> }>(start, { idleMs: Infinity });
    expect(started).toHaveLength(0);
    const signal = new AbortController().signal;
    const results = await Promise.all([bridge.call(signal, 'echo', 1, 30), bridge.call(signal, 'echo', 2, 0)]);
    expect(results).toEqual([2, 4]);
    expect(order).toEqual([1, 2]);
    expect(started).toHaveLength(1);
    bridge.terminate();
  });

  it('aborting the running call rejects it at once, stops its worker, and the next call gets a new one', async () => {
    const { started, start } = fakeWorkers(() => ({ hang: never, ok: async () => 'ok' }));
    const bridge = new WorkerBridge<{ hang(): Promise<never>; ok(): Promise<string> }>(start, { idleMs: Infinity });
    const c = new AbortController();
    const hung = bridge.call(c.signal, 'hang');
    const next = bridge.call(new AbortController().signal, 'ok');
    await new Promise((r) => setTimeout(r, 10));
    c.abort();
    await expect(hung).rejects.toSatisfy(isAbort);
    await expect(next).resolves.toBe('ok');
    expect(started.map((s) => s.terminated)).toEqual([true, false]);
    bridge.terminate();
  });

  it('with onAbort detach, the caller stops waiting but the worker and its data stay', async () => {
    let release!: () => void;
    const { started, start } = fakeWorkers(() => ({
      slow: () => new Promise<string>((r) => (release = () => r('late'))),
      ok: async () => 'ok',
    }));
    const bridge = new WorkerBridge<{ slow(): Promise<string>; ok(): Promise<string> }>(start, {
      idleMs: Infinity,
      onAbort: 'detach',
    });
    const c = new AbortController();
    const slow = bridge.call(c.signal, 'slow');
    const next = bridge.call(new AbortController().signal, 'ok');
    await new Promise((r) => setTimeout(r, 10));
    c.abort();
    await expect(slow).rejects.toSatisfy(isAbort);
    release();
    await expect(next).resolves.toBe('ok');
    expect(started).toHaveLength(1);
    expect(started[0].terminated).toBe(false);
    bridge.terminate();
  });

  it('a call aborted while it waits in the queue never reaches the worker', async () => {
    const ran: string[] = [];
    const { start } = fakeWorkers(() => ({
      async step(name: string) {
        await new Promise((r) => setTimeout(r, 20));
        ran.push(name);
      },
    }));
    const bridge = new WorkerBridge<{ step(name: string): Promise<void> }>(start, { idleMs: Infinity });
    const first = bridge.call(new AbortController().signal, 'step', 'first');
    const c = new AbortController();
    const queued = bridge.call(c.signal, 'step', 'queued');
    c.abort();
    await expect(queued).rejects.toSatisfy(isAbort);
    await first;
    await bridge.call(new AbortController().signal, 'step', 'third');
    expect(ran).toEqual(['first', 'third']);
    bridge.terminate();
  });

  it('an already aborted signal rejects without starting a worker', async () => {
    const { started, start } = fakeWorkers(() => ({ ok: async () => 1 }));
    const bridge = new WorkerBridge<{ ok(): Promise<number> }>(start, { idleMs: Infinity });
    const c = new AbortController();
    c.abort();
    await expect(bridge.call(c.signal, 'ok')).rejects.toSatisfy(isAbort);
    expect(started).toHaveLength(0);
  });

  it('stops a worker left idle, and starts one again when called', async () => {
    const { started, start } = fakeWorkers(() => ({ ok: async () => 1 }));
    const bridge = new WorkerBridge<{ ok(): Promise<number> }>(start, { idleMs: 20 });
    await bridge.call(new AbortController().signal, 'ok');
    expect(bridge.alive).toBe(true);
    await new Promise((r) => setTimeout(r, 60));
    expect(bridge.alive).toBe(false);
    expect(started[0].terminated).toBe(true);
    await bridge.call(new AbortController().signal, 'ok');
    expect(started).toHaveLength(2);
    bridge.terminate();
  });

  it('passes a worker error on as the error of that call (code and message kept)', async () => {
    const { start } = fakeWorkers(() => ({
      async fail() {
        throw Object.assign(new Error('no such dataset'), { code: 'dataset.missing' });
      },
    }));
    const bridge = new WorkerBridge<{ fail(): Promise<never> }>(start, { idleMs: Infinity });
    await expect(bridge.call(new AbortController().signal, 'fail')).rejects.toThrow('no such dataset');
    bridge.terminate();
  });
});
