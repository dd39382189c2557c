import { buildParcelTileSet, type ParcelTileSet } from '../../../shared/tiles/parcel-tile-set.ts';
import type { ParcelDeskDatabase, ParcelTileRecord } from './database.ts';

/**
 * Version of the tiles' content (geometry rules, properties). Kept tiles of
 * another version are never read: the key changes with it.
 * 1: parcels with id, code, landholder. 2: label points in their own layer.
 * 3: a point per parcel instead of polygons below zoom 12.
 */
export const PARCEL_TILE_FORMAT = 3;

/** The key of a kept tile. */
export const parcelTileKey = (layerId: string, z: number, x: number, y: number) => `${PARCEL_TILE_FORMAT}/${layerId}/${z}/${x}/${y}`;

/** A kept tile's bytes, or undefined when it has not been made yet. */
export async function readKeptTile(db: ParcelDeskDatabase, layerId: string, z: number, x: number, y: number): Promise<Uint8Array | undefined> {
  return (await db.parcelTiles.get(parcelTileKey(layerId, z, x, y)))?.bytes;
}

/** Keeps made tiles (one transaction for many). */
export async function keepTiles(db: ParcelDeskDatabase, records: readonly ParcelTileRecord[]): Promise<void> {
  if (records.length > 0) await db.parcelTiles.bulkPut(records);
}

/** A stored layer's tile set: its chunks read once, in order, with its field mapping. */
export async function loadParcelTileSet(db: ParcelDeskDatabase, layerId: string): Promise<ParcelTileSet> {
  const [layer, chunks] = await db.transaction('r', db.layers, db.featureChunks, () => Promise.all([
    db.layers.get(layerId),
    db.featureChunks.where('layerId').equals(layerId).sortBy('chunkIndex'),
  ]));
  if (!layer) throw new Error(`no stored layer ${layerId}`);
  return buildParcelTileSet(chunks, layerId, layer.fieldMapping);
}
