import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClassification } from '../classification/use-classification.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { LoadedProject } from '../storage/project-store.ts';
import { loadParcelEdits } from '../storage/survey-store.ts';
import { WorkspaceStore } from '../workspace/workspace-store.ts';
import { EditSession } from './edit-session.ts';
import { whenParcelsDrawn } from '../workspace/parcels-drawn.ts';
import { buildParcelIndex, loadParcelSource, withEditedRows, type ParcelIndex } from './parcel-index.ts';
import type { Survey } from './survey-context.ts';
import { readIdentity, saveIdentity, type UserIdentity } from './user-identity.ts';

/**
 * Opens the survey of a loaded project: builds the parcel index, reads the
 * user's identity, opens the edit session, and keeps index rows in step with
 * every stored edit. Returns undefined while the index is being built.
 */
export function useSurveyState(db: ParcelDeskDatabase, loaded: LoadedProject | undefined): Survey | undefined {
  const [index, setIndex] = useState<ParcelIndex>();
  const [identity, setIdentityState] = useState<UserIdentity>();
  const [session, setSession] = useState<EditSession>();
  const workspace = useMemo(() => new WorkspaceStore(), [loaded?.project.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const sources = useRef(new Map<string, FieldValues>());

  useEffect(() => {
    if (!loaded) return;
    let cancelled = false;
    setIndex(undefined);
    sources.current.clear();
    const started = performance.now();
    // The map first: reading every parcel for the lists would slow its first drawing.
    void whenParcelsDrawn().then(() => (cancelled ? undefined : buildParcelIndex(db, loaded.project.id, loaded.layers))).then((built) => {
      if (!built) return;
      performance.measure('parceldesk:parcel-index', { start: started, end: performance.now() });
      if (!cancelled) setIndex(built);
    });
    void readIdentity(db).then((found) => !cancelled && setIdentityState(found));
    return () => {
      cancelled = true;
    };
  }, [db, loaded]);

  useEffect(() => {
    if (!loaded || !identity) return;
    let cancelled = false;
    void EditSession.open(db, loaded.project.id, identity).then((opened) => !cancelled && setSession(opened));
    return () => {
      cancelled = true;
    };
  }, [db, loaded, identity]);

  const refreshRows = useCallback(async (ops: readonly FieldOperation[]) => {
    if (!loaded) return;
    const parcelIds = [...new Set(ops.map((op) => op.parcelId))];
    const current = index;
    if (!current) return;
    const edited = await Promise.all(parcelIds.map(async (parcelId) => {
      let source = sources.current.get(parcelId);
      const location = current.locationById.get(parcelId);
      if (!source && location) {
        source = (await loadParcelSource(db, loaded.layers, location)).values;
        sources.current.set(parcelId, source);
      }
      return { parcelId, source: source ?? {}, edits: await loadParcelEdits(db, parcelId) };
    }));
    setIndex((previous) => (previous ? withEditedRows(previous, edited) : previous));
  }, [db, loaded, index]);

  useEffect(() => session?.subscribe((ops) => void refreshRows(ops)), [session, refreshRows]);

  const setIdentity = useCallback(async (author: string, deviceName: string) => {
    setIdentityState(await saveIdentity(db, author, deviceName));
  }, [db]);

  const classification = useClassification(db, loaded, index, session);
  const shown = classification.index;
  return useMemo(() => (loaded && shown ? { db, loaded, index: shown, workspace, identity, session, setIdentity, classification: classification.store } : undefined),
    [db, loaded, shown, workspace, identity, session, setIdentity, classification.store]);
}
