import { useSyncExternalStore } from 'react';
import type { WorkspaceState, WorkspaceStore } from '../workspace/workspace-store.ts';

const subscribeNothing = () => () => undefined;
const nothing = () => undefined;

/** The workspace state when a project is open (store given), else undefined; re-renders on change. */
export function useOptionalWorkspace(store: WorkspaceStore | undefined): WorkspaceState | undefined {
  return useSyncExternalStore(store?.subscribe ?? subscribeNothing, store?.getState ?? nothing);
}
