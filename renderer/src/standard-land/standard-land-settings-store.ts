import { parseStandardLandSet } from '../../../shared/evaluation/scheme-parse.ts';
import { XUCHANG_STANDARD_LAND_SET, type StandardLandSet } from '../../../shared/evaluation/standard-land-schema.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';

const settingKey = (projectId: string) => `standardLand:${projectId}`;
const listeners = new Set<(projectId: string, set: StandardLandSet) => void>();

/** The project's 3+N+1 set; a new project, or a stored set that no longer parses, starts from the Xuchang preset. */
export async function readStandardLandSet(db: ParcelDeskDatabase, projectId: string): Promise<StandardLandSet> {
  const stored = await readSetting<unknown>(db, settingKey(projectId), undefined);
  if (stored === undefined) return XUCHANG_STANDARD_LAND_SET;
  const parsed = parseStandardLandSet(stored);
  return parsed.ok ? parsed.value : XUCHANG_STANDARD_LAND_SET;
}

/** Stores the project's set (already parsed) and tells open cards. */
export async function saveStandardLandSet(db: ParcelDeskDatabase, projectId: string, set: StandardLandSet): Promise<void> {
  await writeSetting(db, settingKey(projectId), set);
  for (const listener of listeners) listener(projectId, set);
}

/** Calls `listener` whenever a project's set is saved; returns the unsubscribe. */
export function onStandardLandSetSaved(listener: (projectId: string, set: StandardLandSet) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
