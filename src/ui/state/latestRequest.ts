/**
 * Tells the latest request of a job from earlier ones. A worker that was terminated to start a
 * newer request can still deliver messages it had already posted (a progress callback queued on
 * its proxy port), and an earlier request's `finally` can run after a newer one began: only the
 * latest request may write the job's state.
 */
export class LatestRequest {
  private current = 0;

  /** Starts a request; keep the token and ask `isLatest(token)` before writing state. */
  begin(): number {
    return ++this.current;
  }

  /** Makes every request begun so far stale (its worker was terminated, or it was cancelled). */
  supersede(): void {
    this.current++;
  }

  isLatest(token: number): boolean {
    return token === this.current;
  }
}
