import { useCallback, useEffect, useState } from 'react';
import type { AvailableLandDetails } from '../../../shared/export/available-land-list.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { loadParcelEdits, loadProjectEdits } from '../storage/survey-store.ts';
import type { Survey } from '../survey/survey-context.ts';
import { detailChanges } from './available-land-fields.ts';
import { deleteIncrement, loadIncrements, loadListYear, saveIncrement, saveListYear, type PlannedIncrement } from './available-land-store.ts';

/** The list screen's stored data: edited values by parcel (the details live there), planned increments, the year. */
export interface AvailableLandData {
  readonly loaded: boolean;
  readonly valuesById: ReadonlyMap<string, FieldValues>;
  readonly increments: readonly PlannedIncrement[];
  readonly year: number;
  readonly setYear: (year: number) => void;
  /** Stores a stock parcel's details as field operations (needs the surveyor's identity). */
  readonly saveDetails: (parcelId: string, details: AvailableLandDetails) => Promise<void>;
  readonly saveIncrement: (increment: PlannedIncrement) => Promise<void>;
  readonly removeIncrement: (id: string) => Promise<void>;
}

/** Loads and keeps the list's stored data in step with every edit (this device's, undo, or received). */
export function useAvailableLand(survey: Survey): AvailableLandData {
  const { db, session } = survey;
  const projectId = survey.loaded.project.id;
  const [loaded, setLoaded] = useState(false);
  const [valuesById, setValuesById] = useState<ReadonlyMap<string, FieldValues>>(new Map());
  const [increments, setIncrements] = useState<readonly PlannedIncrement[]>([]);
  const [year, setYearState] = useState(() => new Date().getFullYear());

  useEffect(() => {
    let cancelled = false;
    void Promise.all([loadProjectEdits(db, projectId), loadIncrements(db, projectId), loadListYear(db, projectId, new Date().getFullYear())])
      .then(([edits, stored, storedYear]) => {
        if (cancelled) return;
        setValuesById(new Map([...edits].map(([id, e]) => [id, e.values])));
        setIncrements(stored);
        setYearState(storedYear);
        setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [db, projectId]);

  useEffect(() => session?.subscribe((ops) => {
    const ids = [...new Set(ops.map((op) => op.parcelId))];
    void Promise.all(ids.map((id) => loadParcelEdits(db, id))).then((edits) => setValuesById((previous) => {
      const next = new Map(previous);
      edits.forEach((e, i) => next.set(ids[i] as string, e?.values ?? {}));
      return next;
    }));
  }), [db, session]);

  const setYear = useCallback((next: number) => {
    setYearState(next);
    void saveListYear(db, projectId, next);
  }, [db, projectId]);

  const saveDetails = useCallback(async (parcelId: string, details: AvailableLandDetails) => {
    if (!session) throw new Error('no surveyor set');
    await session.edit(parcelId, detailChanges(valuesById.get(parcelId) ?? {}, details));
  }, [session, valuesById]);

  const saveOne = useCallback(async (increment: PlannedIncrement) => setIncrements(await saveIncrement(db, projectId, increment)), [db, projectId]);
  const removeIncrement = useCallback(async (id: string) => setIncrements(await deleteIncrement(db, projectId, id)), [db, projectId]);

  return { loaded, valuesById, increments, year, setYear, saveDetails, saveIncrement: saveOne, removeIncrement };
}
