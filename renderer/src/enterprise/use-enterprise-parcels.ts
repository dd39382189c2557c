import { useEffect, useState } from 'react';
import { loadProjectEdits } from '../storage/survey-store.ts';
import type { Survey } from '../survey/survey-context.ts';
import type { IdentifiedParcel } from './enterprise-view.ts';

/**
 * Every parcel with its landholder, ellipsoidal area and stored card values
 * (the yearly figures), read again when an edit is stored; undefined while loading.
 */
export function useEnterpriseParcels(survey: Survey): readonly IdentifiedParcel[] | undefined {
  const { db, loaded, index, session } = survey;
  const [parcels, setParcels] = useState<readonly IdentifiedParcel[]>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => session?.subscribe(() => setGeneration((g) => g + 1)), [session]);
  useEffect(() => {
    let cancelled = false;
    void loadProjectEdits(db, loaded.project.id).then((edits) => {
      if (cancelled) return;
      setParcels(index.rows.map((row) => ({
        parcelId: row.parcelId, landholder: row.landholder, areaSquareMeters: row.areaSquareMeters, values: edits.get(row.parcelId)?.values ?? {},
      })));
    });
    return () => {
      cancelled = true;
    };
  }, [db, loaded.project.id, index.rows, generation]);
  return parcels;
}
