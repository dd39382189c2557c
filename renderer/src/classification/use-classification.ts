import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { localIsoDate } from '../../../shared/search/parcel-filter.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { LoadedProject } from '../storage/project-store.ts';
import type { EditSession } from '../survey/edit-session.ts';
import type { ParcelIndex } from '../survey/parcel-index.ts';
import { WorkerClassifier } from './classification-client.ts';
import { ClassificationStore, type ClassificationState } from './classification-store.ts';
import { classifiedRows } from './classified-rows.ts';
import { whenParcelsDrawn } from '../workspace/parcels-drawn.ts';

const noSubscription = () => () => undefined;
const noState = () => undefined;

/**
 * Classifies the open project in a worker and returns the index with each
 * row's derived class and park (so the map, legend, ledger, search and
 * dashboard agree), plus the store the settings screen and the card use.
 * Edits of a parcel reclassify it; the store reclassifies all on a new rule set.
 */
export function useClassification(
  db: ParcelDeskDatabase, loaded: LoadedProject | undefined, index: ParcelIndex | undefined, session: EditSession | undefined,
): { readonly index: ParcelIndex | undefined; readonly store: ClassificationStore | undefined } {
  const [store, setStore] = useState<ClassificationStore>();

  useEffect(() => {
    if (!loaded) return;
    const port = new WorkerClassifier();
    const layers = loaded.layers.flatMap((l) => {
      const role = l.role ?? 'parcels';
      return role === 'parcels' || role === 'parkBoundaries' ? [{ id: l.id, fieldMapping: l.fieldMapping, role }] : [];
    });
    const created = new ClassificationStore(db, loaded.project.id, layers, port, () => localIsoDate());
    setStore(created);
    let stopped = false;
    // After the map has drawn: classifying reads every parcel, as the map's first drawing does.
    void whenParcelsDrawn().then(() => (stopped ? undefined : created.start()));
    return () => {
      stopped = true;
      port.terminate();
      setStore(undefined);
    };
  }, [db, loaded]);

  useEffect(() => session?.subscribe((ops) => void store?.reclassify([...new Set(ops.map((op) => op.parcelId))])), [session, store]);

  const state = useClassificationState(store);
  const cache = useRef(new WeakMap<ParcelRow, ParcelRow>());
  const byId = state?.byId;
  const classified = useMemo(
    () => (index && byId ? { ...index, rows: classifiedRows(index.rows, byId, cache.current) } : index),
    [index, byId],
  );
  return { index: classified, store };
}

/** The classification state of a store (undefined without one). */
export function useClassificationState(store: ClassificationStore | undefined): ClassificationState | undefined {
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getState ?? noState);
}
