/** A stand-in for the data worker's bridge in state tests: every call waits until the test answers it. */
export interface FakeCall {
  method: string;
  args: unknown[];
  signal: AbortSignal;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export function fakeBridge() {
  const calls: FakeCall[] = [];
  return {
    calls,
    /** Like WorkerBridge.call with onAbort 'detach': an abort rejects at once; the worker's answer may still come later. */
    call(signal: AbortSignal, method: string, ...args: unknown[]): Promise<unknown> {
      return new Promise((resolve, reject) => {
        calls.push({ method, args, signal, resolve, reject });
      });
    },
    /** The calls of one method still waiting, oldest first. */
    of(method: string): FakeCall[] {
      return calls.filter((c) => c.method === method);
    },
  };
}
