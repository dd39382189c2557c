import { useSyncExternalStore } from 'react';
import type { BboxLonLat } from '../../../shared/model/geometry.ts';

/**
 * What the user is looking at, shared by the map, search results, the ledger
 * table and the card: the selection, the parcel whose card is open, the search
 * highlight, and requests to zoom. One store so every view stays in step.
 */
export interface WorkspaceState {
  readonly selection: ReadonlySet<string>;
  readonly openParcelId: string | undefined;
  /** Parcels matching the current search or filter (empty set: no search active). */
  readonly highlight: ReadonlySet<string>;
  /** Bumps `seq` on every request so the same extent can be asked for twice. */
  readonly zoomRequest: { readonly bbox: BboxLonLat; readonly seq: number } | undefined;
}

type Listener = () => void;

export class WorkspaceStore {
  private state: WorkspaceState = { selection: new Set(), openParcelId: undefined, highlight: new Set(), zoomRequest: undefined };
  private readonly listeners = new Set<Listener>();

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): WorkspaceState => this.state;

  /** Replaces the selection, or adds to / toggles in it. */
  select(parcelIds: Iterable<string>, mode: 'replace' | 'add' | 'toggle' = 'replace'): void {
    const next = mode === 'replace' ? new Set<string>() : new Set(this.state.selection);
    for (const id of parcelIds) {
      if (mode === 'toggle' && next.has(id)) next.delete(id);
      else next.add(id);
    }
    this.set({ selection: next });
  }

  /** Opens a parcel's card (and selects it). */
  openParcel(parcelId: string | undefined): void {
    this.set({ openParcelId: parcelId, selection: parcelId ? new Set([parcelId]) : this.state.selection });
  }

  setHighlight(parcelIds: ReadonlySet<string>): void {
    this.set({ highlight: parcelIds });
  }

  zoomTo(bbox: BboxLonLat): void {
    this.set({ zoomRequest: { bbox, seq: (this.state.zoomRequest?.seq ?? 0) + 1 } });
  }

  private set(patch: Partial<WorkspaceState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** Subscribes a component to the workspace. */
export function useWorkspace(store: WorkspaceStore): WorkspaceState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
