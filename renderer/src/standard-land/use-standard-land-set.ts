import { useEffect, useState } from 'react';
import type { StandardLandSet } from '../../../shared/evaluation/standard-land-schema.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { onStandardLandSetSaved, readStandardLandSet } from './standard-land-settings-store.ts';

/** The open project's 3+N+1 set, kept current when the settings screen saves a new one; undefined while loading. */
export function useStandardLandSet(db: ParcelDeskDatabase, projectId: string): StandardLandSet | undefined {
  const [set, setSet] = useState<StandardLandSet>();
  useEffect(() => {
    let cancelled = false;
    void readStandardLandSet(db, projectId).then((loaded) => !cancelled && setSet(loaded));
    const stop = onStandardLandSetSaved((id, saved) => id === projectId && setSet(saved));
    return () => {
      cancelled = true;
      stop();
    };
  }, [db, projectId]);
  return set;
}
