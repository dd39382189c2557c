import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';
import type { LayerRecord } from '../../../shared/model/project.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { saveProjectLayer } from '../storage/project-store.ts';
import { ClassificationService } from './classification-service.ts';
import { ClassificationStore } from './classification-store.ts';

let counter = 0;
const PROJECT = { id: 'p1', name: '测试', createdAt: '2024-01-01T00:00:00Z' };
const PARCELS = 'p1:zd';
const BOUNDARIES = 'p1:yq';

const square = (west: number, south: number, size: number): LonLat[] =>
  [[west, south], [west, south + size], [west + size, south + size], [west + size, south], [west, south]];

/** Three 禹州 parcels in a row; a boundary layer naming 魏都区产业集聚区 (an alias) around the first two. */
async function createProject(withBoundaries: boolean): Promise<ParcelDeskDatabase> {
  const db = new ParcelDeskDatabase(`park-boundary-test-${process.pid}-${++counter}`);
  const parcels = [0, 1, 2].map((i) => ({
    sourceIndex: i, areaSquareMeters: 10_000, geometry: { type: 'Polygon' as const, coordinates: [square(113.8 + i * 0.01, 34, 0.005)] },
    attributes: { ZDDM: `Z${i}`, YQMC: '禹州市产业集聚区' },
  }));
  const layer = (id: string, role: LayerRecord['role']): Omit<LayerRecord, 'featureCount' | 'projectId'> =>
    ({ id, name: id, bbox: [113.79, 33.99, 113.83, 34.01], importedAt: PROJECT.createdAt, role });
  await saveProjectLayer(db, PROJECT, layer(PARCELS, 'parcels'), encodeFeatureChunks(parcels));
  if (withBoundaries) {
    const boundary = { sourceIndex: 0, areaSquareMeters: 0, geometry: { type: 'Polygon' as const, coordinates: [square(113.79, 33.99, 0.025)] }, attributes: { MC: '魏都区产业集聚区' } };
    await saveProjectLayer(db, PROJECT, { ...layer(BOUNDARIES, 'parkBoundaries'), fieldMapping: { park: 'MC' } }, encodeFeatureChunks([boundary]));
  }
  return db;
}

async function createStore(db: ParcelDeskDatabase, withBoundaries: boolean): Promise<ClassificationStore> {
  const layers = [{ id: PARCELS }, ...(withBoundaries ? [{ id: BOUNDARIES, fieldMapping: { park: 'MC' }, role: 'parkBoundaries' as const }] : [])];
  const store = new ClassificationStore(db, 'p1', layers, new ClassificationService(() => db), () => '2024-06-30');
  await store.start();
  return store;
}

const assigned = (store: ClassificationStore) => [0, 1, 2].map((i) => {
  const derived = store.getState().byId.get(`${PARCELS}:${i}`);
  return [derived?.park, derived?.parkMethod];
});

describe('parks from a park-boundary layer', () => {
  it('puts the parcels inside a boundary in its preset park, the rest by their park attribute', async () => {
    const store = await createStore(await createProject(true), true);
    expect(store.getState().byId.size).toBe(3);
    expect(assigned(store)).toEqual([['魏都产业集聚区', 'boundary'], ['魏都产业集聚区', 'boundary'], ['禹州市产业集聚区', 'attribute']]);
  });

  it('assigns by attribute alone in a project without boundaries', async () => {
    const store = await createStore(await createProject(false), false);
    expect(assigned(store)).toEqual([['禹州市产业集聚区', 'attribute'], ['禹州市产业集聚区', 'attribute'], ['禹州市产业集聚区', 'attribute']]);
  });

  it('keeps the boundary park when an edit changes the park attribute; the attribute decides outside', async () => {
    const db = await createProject(true);
    const store = await createStore(db, true);
    for (const i of [0, 2]) await db.parcelEdits.put({ parcelId: `${PARCELS}:${i}`, projectId: 'p1', values: { park: '长葛市产业集聚区' }, clocks: {}, updatedHlc: '0' });
    await store.reclassify([`${PARCELS}:0`, `${PARCELS}:2`]);
    expect(assigned(store)).toEqual([['魏都产业集聚区', 'boundary'], ['魏都产业集聚区', 'boundary'], ['长葛市产业集聚区', 'attribute']]);
  });
});
