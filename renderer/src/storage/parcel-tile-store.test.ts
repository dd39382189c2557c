import 'fake-indexeddb/auto';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import { PARCEL_LABEL_LAYER } from '../../../shared/tiles/parcel-tile-set.ts';
import { worldX, worldY } from '../../../shared/tiles/web-mercator.ts';
import { ParcelDeskDatabase } from './database.ts';
import { keepTiles, loadParcelTileSet, PARCEL_TILE_FORMAT, readKeptTile } from './parcel-tile-store.ts';
import { saveProjectLayer } from './project-store.ts';

const PROJECT = { id: 'p1', name: '测试项目', createdAt: '2026-01-01T00:00:00.000Z' };
const LAYER = {
  id: 'p1:zd', name: 'zd', bbox: [113.8, 34, 113.81, 34.01] as [number, number, number, number], importedAt: PROJECT.createdAt,
  // A user's mapping: the landholder is in a column the recogniser would not pick.
  fieldMapping: { parcelCode: 'ZDDM', landholder: 'SYZ' },
};

function chunks() {
  return encodeFeatureChunks([0, 1].map((i) => ({
    sourceIndex: i,
    geometry: { type: 'Polygon' as const, coordinates: [[[113.8 + i * 0.002, 34], [113.801 + i * 0.002, 34], [113.801 + i * 0.002, 34.001], [113.8 + i * 0.002, 34]]] as [number, number][][] },
    attributes: { ZDDM: `411002001001GB0000${i}`, QLR: '别人', SYZ: '许昌瑞祥电气有限公司' },
  })));
}

const tileAt = (z: number): [number, number, number] => [z, Math.floor(worldX(113.8005) * 2 ** z), Math.floor(worldY(34.0005) * 2 ** z)];

describe('parcel tiles from storage', () => {
  it('cuts tiles from a stored layer with its own field mapping', async () => {
    const db = new ParcelDeskDatabase(`parceldesk-tiles-${process.pid}-1`);
    await saveProjectLayer(db, PROJECT, LAYER, chunks());
    const set = await loadParcelTileSet(db, 'p1:zd');
    const layer = new VectorTile(new PbfReader(set.tile(...tileAt(16)))).layers[PARCEL_LABEL_LAYER];
    expect(layer?.feature(0).properties).toEqual({ parcelId: 'p1:zd:0', code: '411002001001GB00000', holder: '许昌瑞祥电气有限公司' });
    await expect(loadParcelTileSet(db, 'p1:missing')).rejects.toThrow('no stored layer p1:missing');
    db.close();
  });

  it('keeps made tiles under the current format, and reads nothing it has not kept', async () => {
    const db = new ParcelDeskDatabase(`parceldesk-tiles-${process.pid}-2`);
    const bytes = new Uint8Array([26, 3, 1, 2, 3]);
    expect(await readKeptTile(db, 'p1:zd', 16, 1, 2)).toBeUndefined();
    await keepTiles(db, [{ key: `${PARCEL_TILE_FORMAT}/p1:zd/16/1/2`, layerId: 'p1:zd', bytes }]);
    expect(await readKeptTile(db, 'p1:zd', 16, 1, 2)).toEqual(bytes);
    // A tile kept by another format version is never served.
    await keepTiles(db, [{ key: `${PARCEL_TILE_FORMAT + 1}/p1:zd/16/1/3`, layerId: 'p1:zd', bytes }]);
    expect(await readKeptTile(db, 'p1:zd', 16, 1, 3)).toBeUndefined();
    db.close();
  });
});
