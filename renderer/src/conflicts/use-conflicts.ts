import { useCallback, useEffect, useState } from 'react';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import type { Survey } from '../survey/survey-context.ts';
import { loadConflicts, type FieldConflict } from './conflict-list.ts';

/** The open project's conflicts, reloaded after every stored change; `resolve` settles one for everyone. */
export function useConflicts(survey: Survey) {
  const { db, loaded, identity, session } = survey;
  const [conflicts, setConflicts] = useState<FieldConflict[]>([]);
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    setConflicts(await loadConflicts(db, loaded.project.id, identity?.device));
  }, [db, loaded.project.id, identity?.device]);

  useEffect(() => {
    void reload();
    return session?.subscribe(() => void reload());
  }, [reload, session]);

  const resolve = useCallback(async (conflict: FieldConflict, value: FieldValue) => {
    if (!session) return;
    setError(undefined);
    try {
      await session.resolve(conflict.parcelId, { field: conflict.field, oldValue: conflict.shown, newValue: value }, conflict.sides.map((s) => s.hlc));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [session]);

  return { conflicts, error, resolve, reload };
}
