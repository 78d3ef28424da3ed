/**
 * The service worker's state for the page: offline ready after the first visit, and a new version
 * waiting. The new version takes over only when the user agrees (then the page reloads); stored
 * datasets and settings live in IndexedDB and are untouched by the update.
 */
class PwaState {
  /** A new version is installed and waiting. */
  needRefresh = $state(false);
  /** Everything is cached: the app works offline from now on. */
  offlineReady = $state(false);
  private apply: ((reload?: boolean) => Promise<void>) | null = null;

  /** Wires the state to the registration (called once from main.ts). */
  connect(updateSW: (reload?: boolean) => Promise<void>): void {
    this.apply = updateSW;
  }

  /** Activates the waiting version and reloads. */
  async update(): Promise<void> {
    await this.apply?.(true);
  }

  dismiss(): void {
    this.needRefresh = false;
    this.offlineReady = false;
  }
}

export const pwa = new PwaState();
