import type { SyncFailureCode } from './sync-failure.ts';

/** What the status bar shows about sync. */
export type SyncStatus =
  /** No hub configured: nothing shown, nothing runs. */
  | { readonly kind: 'off' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'syncing'; readonly sentBytes?: number; readonly totalBytes?: number }
  | { readonly kind: 'upToDate'; readonly at: number }
  | { readonly kind: 'conflicts'; readonly count: number; readonly at: number }
  | {
    readonly kind: 'error';
    readonly code: SyncFailureCode;
    readonly detail: string;
    /** Failures in a row. */
    readonly attempt: number;
    /** Milliseconds since 1970 of the next try. */
    readonly retryAt: number;
  };

/** The status after a round that went through: conflicts left, or up to date. */
export function settledStatus(conflicts: number, at: number): SyncStatus {
  return conflicts > 0 ? { kind: 'conflicts', count: conflicts, at } : { kind: 'upToDate', at };
}
