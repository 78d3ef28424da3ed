/**
 * Stand-ins for the page's session, analysis and bridges in the state-module tests: reactive like
 * the real ones (runes), with every worker call recorded and answered by the test.
 */
import type { NumericAttribute } from '../../../src/core/cluster/customerAttributes.ts';
import type { RfmTable } from '../../../src/core/rfm/computeRfm.ts';
import type { SegmentAnalysis } from '../../../src/core/segments/segmentBuffers.ts';
import { defaultSettings } from '../../../src/ui/state/analysisSettings.ts';
import type { AnalysisSettings } from '../../../src/ui/state/analysisSettings.ts';
import { abortError } from '../../../src/ui/jobs/WorkerBridge.ts';

export interface Call {
  method: string;
  args: unknown[];
  signal: AbortSignal;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  /** Whether it settled (answered, failed or was aborted). */
  settled: boolean;
}

/** A bridge whose calls wait for the test; `lateAnswers` keeps a call answerable after its abort. */
export class FakeBridge {
  calls: Call[] = [];
  lateAnswers = false;
  call(signal: AbortSignal, method: string, ...args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const c: Call = { method, args, signal, resolve, reject, settled: false };
      const settle = (f: (v: unknown) => void) => (v: unknown) => {
        c.settled = true;
        f(v);
      };
      c.resolve = settle(resolve);
      c.reject = settle(reject);
      signal.addEventListener('abort', () => {
        if (!this.lateAnswers) c.reject(abortError());
      });
      this.calls.push(c);
    });
  }
  /** The calls of one method, in order. */
  of(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }
  /** The latest call of a method that has not settled. */
  open(method: string): Call {
    const c = this.of(method)
      .filter((x) => !x.settled && !x.signal.aborted)
      .at(-1);
    if (!c) throw new Error(`no open ${method} call`);
    return c;
  }
}

export const bridges = {
  dataBridge: new FakeBridge(),
  clvBridge: new FakeBridge(),
  checksBridge: new FakeBridge(),
  intervalsBridge: new FakeBridge(),
  clusterBridge: new FakeBridge(),
};

export function rfmOf(n: number, seed = 1): RfmTable {
  return {
    n,
    ids: Array.from({ length: n }, (_, i) => `c${i}`),
    customer: Int32Array.from({ length: n }, (_, i) => i),
    recency: Int32Array.from({ length: n }, (_, i) => (i * 7 * seed) % 90),
    frequency: Int32Array.from({ length: n }, (_, i) => 1 + (i % 5)),
    monetary: Float64Array.from({ length: n }, (_, i) => 10 + ((i * 13) % 200)),
    r: new Uint8Array(n),
    f: new Uint8Array(n),
    m: new Uint8Array(n),
    referenceDay: 19_700,
    frequencyByInvoice: false,
  };
}

class FakeSession {
  currentId = $state<number | null>(null);
  rfm = $state.raw<RfmTable | null>(null);
}
export const session = new FakeSession();

class FakeAnalysis {
  settings = $state<AnalysisSettings>(defaultSettings());
  ready = $state(true);
  table = null;
  segments = $state.raw<SegmentAnalysis | null>(null);
  attributeCalls: { id: number; customers: Int32Array; answer: (a: NumericAttribute[]) => void }[] = [];
  attributes(id: number, customers: Int32Array): Promise<NumericAttribute[]> {
    return new Promise((answer) => this.attributeCalls.push({ id, customers, answer }));
  }
  update(change: (s: AnalysisSettings) => void): void {
    change(this.settings);
  }
}
export const analysis = new FakeAnalysis();

/** Opens dataset `id` with `n` customers, default settings, and forgets the recorded calls. */
export function openDataset(id: number | null, n = 60): void {
  session.currentId = id;
  session.rfm = rfmOf(n, id ?? 1);
  analysis.settings = defaultSettings();
  for (const b of Object.values(bridges)) b.calls = [];
  analysis.attributeCalls = [];
}

/** Lets the promise callbacks of answered calls run. */
export const tick = () => new Promise((r) => setTimeout(r, 0));
