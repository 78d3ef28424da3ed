/**
 * The requests the user cancelled. An effect that asks again with the same inputs (a setting sent
 * again when an input loses focus, another view asking for the same fit) must not silently start a
 * cancelled request anew: it stays cancelled, with its "Run again", until the user asks for it or
 * changes an input.
 */
import type { Job } from '../jobs/Job.svelte.ts';

export class CancelledRequests {
  private keys = new Map<Job<unknown, unknown>, string>();

  /** Cancels `job`'s running request and remembers its key. */
  cancel<T, P>(job: Job<T, P>): void {
    const j = job as Job<unknown, unknown>;
    if (job.running && job.currentKey !== null) this.keys.set(j, job.currentKey);
    job.cancel();
  }

  /** Whether `key` is the request of `job` the user cancelled (asking for another key forgets it). */
  holds<T, P>(job: Job<T, P>, key: string): boolean {
    const j = job as Job<unknown, unknown>;
    const held = this.keys.get(j);
    if (held === key) return true;
    this.keys.delete(j);
    return false;
  }

  /** Forgets them all (Run again, another dataset). */
  clear(): void {
    this.keys.clear();
  }
}
