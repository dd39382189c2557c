/// <reference lib="webworker" />
import type { ParcelTileSet } from '../../../shared/tiles/parcel-tile-set.ts';
import { ParcelDeskDatabase, type ParcelTileRecord } from '../storage/database.ts';
import { keepTiles, loadParcelTileSet, parcelTileKey, readKeptTile } from '../storage/parcel-tile-store.ts';
import type { ParcelTileRequest, ParcelTileResponse } from './parcel-tile-protocol.ts';

// Cuts parcel tiles off the page's thread: a kept tile is read from IndexedDB;
// otherwise the layer's chunks are read once into a tile set and the tile is
// made, answered, and kept for the next time the project opens.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const databases = new Map<string, ParcelDeskDatabase>();
const tileSets = new Map<string, Promise<ParcelTileSet>>();
/** Made tiles waiting to be kept, per database they belong to. */
const pending = new Map<ParcelDeskDatabase, ParcelTileRecord[]>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;

function database(name: string): ParcelDeskDatabase {
  let db = databases.get(name);
  if (!db) databases.set(name, (db = new ParcelDeskDatabase(name)));
  return db;
}

function tileSet(db: ParcelDeskDatabase, layerId: string): Promise<ParcelTileSet> {
  const key = `${db.name}/${layerId}`;
  let set = tileSets.get(key);
  if (!set) {
    set = loadParcelTileSet(db, layerId);
    tileSets.set(key, set);
    set.catch(() => tileSets.delete(key));
  }
  return set;
}

/** Kept tiles are written together, a moment after the last one is made. */
function keep(db: ParcelDeskDatabase, record: ParcelTileRecord): void {
  const records = pending.get(db);
  if (records) records.push(record);
  else pending.set(db, [record]);
  clearTimeout(flushTimer);
  flushTimer = setTimeout(() => {
    const batches = [...pending];
    pending.clear();
    // A tile that could not be kept is simply made again next time.
    for (const [target, records] of batches) keepTiles(target, records).catch(() => undefined);
  }, 300);
}

async function answer(request: ParcelTileRequest): Promise<{ bytes: Uint8Array; kept: boolean }> {
  const { layerId, z, x, y } = request;
  const db = database(request.databaseName);
  const kept = await readKeptTile(db, layerId, z, x, y);
  if (kept) return { bytes: kept, kept: true };
  const bytes = (await tileSet(db, layerId)).tile(z, x, y);
  keep(db, { key: parcelTileKey(layerId, z, x, y), layerId, bytes });
  return { bytes, kept: false };
}

scope.onmessage = (event: MessageEvent<ParcelTileRequest>) => {
  const request = event.data;
  answer(request).then(
    ({ bytes, kept }) => scope.postMessage({ id: request.id, bytes, kept } satisfies ParcelTileResponse),
    (error: unknown) => scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies ParcelTileResponse),
  );
};
