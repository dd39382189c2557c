import type { ParcelDeskDatabase } from './database.ts';

/** Reads a setting, or `fallback` when unset. */
export async function readSetting<T>(db: ParcelDeskDatabase, key: string, fallback: T): Promise<T> {
  const record = await db.settings.get(key);
  return record === undefined ? fallback : (record.value as T);
}

export async function writeSetting(db: ParcelDeskDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
