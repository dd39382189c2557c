import { useEffect } from 'react';
import type { WorkspaceStore } from '../workspace/workspace-store.ts';

const PARAM = 'parcel';

/** The parcel id in a location hash like `#parcel=<id>` (URL-encoded); undefined when absent. */
export function parcelIdFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(PARAM);
  return id ? id : undefined;
}

/** The location hash for an open parcel ('' when none), keeping any other hash parameters. */
export function hashWithParcel(hash: string, parcelId: string | undefined): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (parcelId) params.set(PARAM, parcelId);
  else params.delete(PARAM);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/**
 * Keeps the open card and the URL hash in step: `#parcel=<id>` opens that
 * parcel's card (on load and on every hash change) when the project has it, and
 * opening or closing a card rewrites the hash without a new history entry, so a
 * reload shows the same card.
 */
export function useParcelHash(workspace: WorkspaceStore, knownParcelIds: ReadonlyMap<string, unknown>): void {
  useEffect(() => {
    const openFromHash = () => {
      const id = parcelIdFromHash(window.location.hash);
      if (id && knownParcelIds.has(id) && workspace.getState().openParcelId !== id) workspace.openParcel(id);
    };
    let written = workspace.getState().openParcelId;
    const writeHash = () => {
      const id = workspace.getState().openParcelId;
      if (id === written) return;
      written = id;
      const hash = hashWithParcel(window.location.hash, id);
      if (hash !== window.location.hash) {
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
      }
    };
    openFromHash();
    const unsubscribe = workspace.subscribe(writeHash);
    window.addEventListener('hashchange', openFromHash);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', openFromHash);
    };
  }, [workspace, knownParcelIds]);
}
