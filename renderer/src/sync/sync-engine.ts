import type { PushProgress } from '../../../shared/sync/hub-client.ts';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import { toSyncFailure } from './sync-failure.ts';
import { settledStatus, type SyncStatus } from './sync-status.ts';

/** One sync round (push pending, pull new); resolves with the conflicts left. */
export type SyncRound = (onProgress: (progress: PushProgress) => void) => Promise<{ readonly conflicts: number }>;

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncEngineOptions {
  readonly round: SyncRound;
  readonly isOnline: () => boolean;
  /** Between rounds when all went well, milliseconds. */
  readonly intervalMs?: number;
  readonly backoff?: BackoffOptions;
  readonly now?: () => number;
  readonly timers?: Timers;
  readonly random?: () => number;
}

export const DEFAULT_INTERVAL_MS = 60_000;

/**
 * Runs sync rounds in the background, one at a time: at start, on an
 * interval, when asked (after a local edit) and when the device comes back
 * online. A failed round is retried with exponential backoff; a request never
 * cuts a backoff short, coming back online does. Offline, nothing runs.
 */
export class SyncEngine {
  private state: SyncStatus = { kind: 'offline' };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private timer: unknown;
  private timerAt = Infinity;
  private running = false;
  private again = false;
  private stopped = true;
  private failures = 0;
  private notBefore = 0;
  private readonly timers: Timers;
  private readonly now: () => number;

  constructor(private readonly options: SyncEngineOptions) {
    this.timers = options.timers ?? { setTimeout: (run, ms) => globalThis.setTimeout(run, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) };
    this.now = options.now ?? Date.now;
  }

  get status(): SyncStatus {
    return this.state;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts: a round at once when online. */
  start(): void {
    this.stopped = false;
    this.setOnline(this.options.isOnline());
  }

  /** Stops scheduling; a round under way finishes but schedules nothing. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** Asks for a round within `delayMs` (not before a pending retry's time). */
  requestSync(delayMs = 0): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(Math.max(this.now() + delayMs, this.notBefore));
  }

  /** The user asked: a round now when online, any backoff forgotten. */
  syncNow(): void {
    this.setOnline(this.options.isOnline());
  }

  /** The device went online (a round now, backoff forgotten) or offline (nothing runs). */
  setOnline(online: boolean): void {
    if (this.stopped) return;
    if (!online) {
      this.clearTimer();
      if (!this.running) this.set({ kind: 'offline' });
      return;
    }
    this.failures = 0;
    this.notBefore = 0;
    if (this.running) this.again = true;
    else this.schedule(this.now());
  }

  private schedule(at: number): void {
    if (this.timer !== undefined && this.timerAt <= at) return;
    this.clearTimer();
    this.timerAt = at;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      void this.run();
    }, Math.max(0, at - this.now()));
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private async run(): Promise<void> {
    if (this.stopped || this.running) return;
    if (!this.options.isOnline()) {
      this.set({ kind: 'offline' });
      return;
    }
    this.running = true;
    this.again = false;
    this.set({ kind: 'syncing' });
    let next: number;
    try {
      const { conflicts } = await this.options.round((p) => this.set({ kind: 'syncing', sentBytes: p.sentBytes, totalBytes: p.totalBytes }));
      this.failures = 0;
      this.notBefore = 0;
      this.set(settledStatus(conflicts, this.now()));
      next = this.again ? this.now() : this.now() + (this.options.intervalMs ?? DEFAULT_INTERVAL_MS);
    } catch (error) {
      const failure = toSyncFailure(error);
      this.failures++;
      next = this.notBefore = this.now() + backoffDelayMs(this.failures, this.options.backoff ?? DEFAULT_BACKOFF, this.options.random);
      this.set({ kind: 'error', code: failure.code, detail: failure.detail, attempt: this.failures, retryAt: next });
    } finally {
      this.running = false;
    }
    if (this.stopped) return;
    if (!this.options.isOnline()) {
      this.set({ kind: 'offline' });
      return;
    }
    this.schedule(next);
  }

  private set(status: SyncStatus): void {
    this.state = status;
    for (const listener of this.listeners) listener(status);
  }
}
