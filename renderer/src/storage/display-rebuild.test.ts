import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import { DISPLAY_GEOJSON_VERSION } from '../../../shared/model/display-geojson.ts';
import { ParcelDeskDatabase } from './database.ts';
import { loadLatestProject, saveProjectLayer } from './project-store.ts';

const PROJECT = { id: 'p1', name: '测试项目', createdAt: '2026-01-01T00:00:00.000Z' };
const LAYER = { id: 'p1:zd', name: 'zd', bbox: [113.8, 34, 113.81, 34.01] as [number, number, number, number], importedAt: PROJECT.createdAt };

function createChunks() {
  return encodeFeatureChunks([0, 1].map((i) => ({
    sourceIndex: i,
    geometry: { type: 'Polygon' as const, coordinates: [[[113.8, 34], [113.81, 34], [113.81, 34.01], [113.8, 34]]] as [number, number][][] },
    attributes: { ZDDM: `411002001001GB0000${i}`, QLR: '许昌瑞祥电气有限公司' },
  })));
}

const propertiesOf = async (blob: Blob | undefined) => JSON.parse(await (blob as Blob).text()).features.map((f: { properties: unknown }) => f.properties);

describe('display GeoJSON versions in storage', () => {
  it('stores new layers with the current version and opens them as stored', async () => {
    const db = new ParcelDeskDatabase(`parceldesk-display-${process.pid}-1`);
    await saveProjectLayer(db, PROJECT, LAYER, createChunks());
    expect((await db.layerDisplays.get('p1:zd'))?.version).toBe(DISPLAY_GEOJSON_VERSION);
    const loaded = await loadLatestProject(db);
    expect(await propertiesOf(loaded?.displays.get('p1:zd'))).toEqual([
      { parcelId: 'p1:zd:0', code: '411002001001GB00000', holder: '许昌瑞祥电气有限公司' },
      { parcelId: 'p1:zd:1', code: '411002001001GB00001', holder: '许昌瑞祥电气有限公司' },
    ]);
    db.close();
  });

  it('rebuilds a display stored by an older version (ids only) from the chunks, once', async () => {
    const db = new ParcelDeskDatabase(`parceldesk-display-${process.pid}-2`);
    await saveProjectLayer(db, PROJECT, LAYER, createChunks());
    const old = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"parcelId":"p1:zd:0"},"geometry":{"type":"Point","coordinates":[0,0]}}]}';
    await db.layerDisplays.put({ layerId: 'p1:zd', geojson: new Blob([old]) });
    const loaded = await loadLatestProject(db);
    expect(await propertiesOf(loaded?.displays.get('p1:zd'))).toHaveLength(2);
    expect((await propertiesOf(loaded?.displays.get('p1:zd')))[1].holder).toBe('许昌瑞祥电气有限公司');
    const stored = await db.layerDisplays.get('p1:zd');
    expect(stored?.version).toBe(DISPLAY_GEOJSON_VERSION);
    expect(await propertiesOf(stored?.geojson)).toHaveLength(2);
    db.close();
  });
});
