import type { AvailableLandInput } from '../../../shared/export/available-land-list.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';

/**
 * Planned increments (计划新增) are not stored parcels: no source record, often
 * no outline yet. They are kept per project as one settings record (this
 * device's; they travel with a project only when re-entered or exported).
 */
const incrementsKey = (projectId: string) => `availableLand/increments/${projectId}`;
const yearKey = (projectId: string) => `availableLand/year/${projectId}`;

/** A planned increment as stored: a list input without geometry. */
export type PlannedIncrement = AvailableLandInput & { readonly source: 'plannedIncrement'; readonly geometry?: null };

/** The project's planned increments, in the order they were added. */
export async function loadIncrements(db: ParcelDeskDatabase, projectId: string): Promise<PlannedIncrement[]> {
  const stored = await readSetting<unknown>(db, incrementsKey(projectId), []);
  return Array.isArray(stored) ? (stored as PlannedIncrement[]).filter((item) => item?.source === 'plannedIncrement' && typeof item.id === 'string') : [];
}

/** Adds or replaces (same id) one increment; returns the new list. */
export async function saveIncrement(db: ParcelDeskDatabase, projectId: string, increment: PlannedIncrement): Promise<PlannedIncrement[]> {
  return db.transaction('rw', db.settings, async () => {
    const current = await loadIncrements(db, projectId);
    const at = current.findIndex((item) => item.id === increment.id);
    const next = at < 0 ? [...current, increment] : current.map((item, i) => (i === at ? increment : item));
    await writeSetting(db, incrementsKey(projectId), next);
    return next;
  });
}

/** Removes one increment; returns the new list. */
export async function deleteIncrement(db: ParcelDeskDatabase, projectId: string, id: string): Promise<PlannedIncrement[]> {
  return db.transaction('rw', db.settings, async () => {
    const next = (await loadIncrements(db, projectId)).filter((item) => item.id !== id);
    await writeSetting(db, incrementsKey(projectId), next);
    return next;
  });
}

/** The year the list is for: the one last chosen for the project, else `fallback` (the current year). */
export async function loadListYear(db: ParcelDeskDatabase, projectId: string, fallback: number): Promise<number> {
  const year = await readSetting<unknown>(db, yearKey(projectId), fallback);
  return typeof year === 'number' && Number.isInteger(year) ? year : fallback;
}

export async function saveListYear(db: ParcelDeskDatabase, projectId: string, year: number): Promise<void> {
  await writeSetting(db, yearKey(projectId), year);
}
