import { useSyncExternalStore } from 'react';
import type { SyncStatus } from './sync-status.ts';

/** The app window's sync status with the hub address, shared by the sync host (writer) and the status bar (reader). */
export interface SyncView {
  readonly status: SyncStatus;
  readonly url?: string;
}

const OFF: SyncView = { status: { kind: 'off' } };
let current: SyncView = OFF;
const listeners = new Set<() => void>();

/** Publishes a new status (the running engine does, and 'off' when sync stops). */
export function publishSyncView(view: SyncView): void {
  current = view;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current sync status, re-rendered on every change. */
export function useSyncView(): SyncView {
  return useSyncExternalStore(subscribe, () => current);
}
