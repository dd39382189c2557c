import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { effectiveValues } from '../../../shared/survey/source-values.ts';
import { loadParcelEdits, parcelHistory } from '../storage/survey-store.ts';
import type { FieldChange } from '../survey/edit-session.ts';
import { loadParcelSource, type ParcelSource } from '../survey/parcel-index.ts';
import type { Survey } from '../survey/survey-context.ts';

/** Where the last save stands, for the small "已保存" note. */
export type SaveState = { readonly kind: 'idle' | 'saving' | 'saved' } | { readonly kind: 'error'; readonly message: string };

export interface ParcelCard {
  readonly source: ParcelSource | undefined;
  readonly loadError: string | undefined;
  /** Source values with edits applied: what the card shows. */
  readonly values: FieldValues;
  /** Newest first. */
  readonly history: readonly FieldOperation[];
  /** Fields whose values differ between devices (see renderer/src/conflicts). */
  readonly conflicts: readonly string[];
  readonly save: SaveState;
  /** Stores changes as one undo step; false when there is no edit session (no surveyor yet). */
  readonly commit: (changes: readonly FieldChange[]) => Promise<boolean>;
}

/**
 * One parcel's card data: its source record, its stored edits and history,
 * reloaded whenever an edit, undo or redo touches the parcel. Commits show at
 * once and are stored through the edit session.
 */
export function useParcelCard(survey: Survey, parcelId: string): ParcelCard {
  const { db, loaded, index, session } = survey;
  const [source, setSource] = useState<ParcelSource>();
  const [loadError, setLoadError] = useState<string>();
  const [edited, setEdited] = useState<FieldValues>();
  const [history, setHistory] = useState<readonly FieldOperation[]>([]);
  const [conflicts, setConflicts] = useState<readonly string[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const projectId = loaded.project.id;
  const location = index.locationById.get(parcelId);

  const reloadEdits = useCallback(async () => {
    const [edits, ops] = await Promise.all([loadParcelEdits(db, parcelId), parcelHistory(db, projectId, parcelId)]);
    return { edits: edits?.values, ops, conflicts: edits?.conflicts ?? [] };
  }, [db, projectId, parcelId]);

  useEffect(() => {
    let cancelled = false;
    setSource(undefined);
    setEdited(undefined);
    setHistory([]);
    setLoadError(undefined);
    setSave({ kind: 'idle' });
    if (!location) {
      setLoadError(parcelId);
      return;
    }
    void Promise.all([loadParcelSource(db, loaded.layers, location), reloadEdits()]).then(([loadedSource, { edits, ops, conflicts: fields }]) => {
      if (cancelled) return;
      setSource(loadedSource);
      setEdited(edits);
      setHistory(ops);
      setConflicts(fields);
    }, (error: unknown) => !cancelled && setLoadError(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, [db, loaded.layers, location, parcelId, reloadEdits]);

  useEffect(() => session?.subscribe((ops) => {
    if (!ops.some((op) => op.parcelId === parcelId)) return;
    void reloadEdits().then(({ edits, ops: all, conflicts: fields }) => {
      setEdited(edits);
      setHistory(all);
      setConflicts(fields);
    });
  }), [session, parcelId, reloadEdits]);

  const commit = useCallback(async (changes: readonly FieldChange[]) => {
    if (!session) return false;
    setEdited((previous) => ({ ...previous, ...Object.fromEntries(changes.map((c) => [c.field, c.newValue])) }));
    setSave({ kind: 'saving' });
    try {
      await session.edit(parcelId, changes);
      setSave({ kind: 'saved' });
      return true;
    } catch (error) {
      setSave({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      const { edits } = await reloadEdits();
      setEdited(edits);
      return false;
    }
  }, [session, parcelId, reloadEdits]);

  const values = useMemo(() => (source ? effectiveValues(source.values, edited) : {}), [source, edited]);
  return { source, loadError, values, history, conflicts, save, commit };
}
