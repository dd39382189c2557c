import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import type { Project } from '../../../shared/model/project.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { saveProjectLayer } from '../storage/project-store.ts';
import { EditSession } from '../survey/edit-session.ts';
import type { UserIdentity } from '../survey/user-identity.ts';

/** Test helpers: devices with their own databases, and a small project (needs fake-indexeddb). */

export const PROJECT: Project = { id: 'demo-xuchang', name: '许昌示例', createdAt: '2026-11-01T00:00:00.000Z' };
export const LAYER_ID = `${PROJECT.id}:zd`;
export const parcelId = (n: number) => `${LAYER_ID}:${n}`;

export interface TestDevice {
  readonly db: ParcelDeskDatabase;
  readonly identity: UserIdentity;
  readonly session: EditSession;
}

let count = 0;

/** A device with an empty database, its identity and an edit session on PROJECT; `now` drives its clock. */
export async function createDevice(author: string, device: string, now: () => number): Promise<TestDevice> {
  const db = new ParcelDeskDatabase(`exchange-${process.pid}-${count++}`);
  const identity = { author, deviceName: `${author}的笔记本`, device };
  return { db, identity, session: await EditSession.open(db, PROJECT.id, identity, now) };
}

/** Stores PROJECT with `parcels` parcels (squares near Xuchang, CGCS2000 lon/lat). */
export async function seedProject(db: ParcelDeskDatabase, parcels = 3): Promise<void> {
  const features = Array.from({ length: parcels }, (_, i) => ({
    sourceIndex: i,
    geometry: { type: 'Polygon' as const, coordinates: [[[113.8 + i * 0.01, 34], [113.805 + i * 0.01, 34], [113.805 + i * 0.01, 34.005], [113.8 + i * 0.01, 34]] as [number, number][]] },
    attributes: { ZDDM: `411002001001GB0000${i}`, QLR: `许昌第${i}机械有限公司` },
    areaSquareMeters: 1000 + i,
  }));
  await saveProjectLayer(db, PROJECT, { id: LAYER_ID, name: 'zd', bbox: [113.8, 34, 113.83, 34.005], importedAt: PROJECT.createdAt, role: 'parcels' },
    encodeFeatureChunks(features));
}

/** Every table's rows as comparable text (Blobs by type and size): to prove nothing was written. */
export async function databaseContents(db: ParcelDeskDatabase): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables, (_key, value: unknown) => {
    if (value instanceof Blob) return `Blob(${value.type}, ${value.size})`;
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
    return value;
  });
}
