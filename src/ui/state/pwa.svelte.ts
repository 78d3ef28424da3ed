/**
 * The service worker's state for the page: offline ready after the first visit, and a new version
 * waiting. The new version takes over only when the user of this tab agrees, and this tab reloads
 * only then and only while it holds no import in progress or unsaved; stored datasets and settings
 * live in IndexedDB and are untouched by the update.
 *
 * When the user of another tab applies the update, the new service worker takes control of every
 * tab. registerSW (vite-plugin-pwa) then reloads each of them on workbox-window's `controlling`
 * event unless `onNeedReload` is given: main.ts gives it, so here only the tab whose user agreed
 * reloads; the others show that a new version is active and reload when their own user agrees.
 */

/** What keeps this tab from reloading now: an import running or being saved, or an unsaved one. */
export type UpdateBlocker = 'importing' | 'unsaved' | null;

/** The blocker for a stage of the import flow (ui/state/importFlow). */
export function blockerOf(stage: string): UpdateBlocker {
  if (stage === 'importing' || stage === 'saving') return 'importing';
  if (stage === 'unsaved') return 'unsaved';
  return null;
}

class PwaState {
  /** A new version is installed and waiting, or already active (`activeElsewhere`). */
  needRefresh = $state(false);
  /** Everything is cached: the app works offline from now on. */
  offlineReady = $state(false);
  /** Another tab applied the update: this page still runs the old version under the new worker. */
  activeElsewhere = $state(false);
  /** The user agreed, but an import in this tab is running or unsaved: the update waits for it. */
  waiting = $state(false);
  private accepted = false;
  private apply: ((reload?: boolean) => Promise<void>) | null = null;
  private blocker: () => UpdateBlocker = () => null;
  private reload: () => void = () => location.reload();

  /**
   * Wires the state to the registration (called once from main.ts): `updateSW` sends the waiting
   * version the skip-waiting message; `blocker` says what keeps this tab from reloading (reactive).
   */
  connect(updateSW: (reload?: boolean) => Promise<void>, blocker: () => UpdateBlocker, reload?: () => void): void {
    this.apply = updateSW;
    this.blocker = blocker;
    if (reload) this.reload = reload;
    $effect.root(() => {
      $effect(() => {
        if (this.waiting && this.blocker() === null) void this.proceed();
      });
    });
  }

  /** What the waiting update waits for (null when nothing). */
  get blockedBy(): UpdateBlocker {
    return this.blocker();
  }

  /** The user agreed: applies the update now, or as soon as this tab's import is saved. */
  async update(): Promise<void> {
    if (this.blocker() !== null) {
      this.waiting = true;
      return;
    }
    await this.proceed();
  }

  /** The user gives up the unsaved import to update now (they said so on the waiting banner). */
  async reloadNow(): Promise<void> {
    this.blocker = () => null;
    await this.proceed();
  }

  /** The user no longer wants the waiting update applied when the import is done. */
  cancelWaiting(): void {
    this.waiting = false;
  }

  /**
   * The new version took control of this tab (registerSW's onNeedReload, in every open tab): reload
   * if this tab's user asked for it and nothing is in the way; otherwise say so and wait.
   */
  controllerChanged(): void {
    this.activeElsewhere = true;
    this.needRefresh = true;
    if (!this.accepted) return;
    if (this.blocker() === null) this.reload();
    else this.waiting = true;
  }

  private async proceed(): Promise<void> {
    this.waiting = false;
    this.accepted = true;
    // Already active (another tab applied it): there is nothing to activate, only this page to reload.
    if (this.activeElsewhere) this.reload();
    else await this.apply?.(true);
  }

  dismiss(): void {
    this.needRefresh = false;
    this.offlineReady = false;
  }
}

export const pwa = new PwaState();
