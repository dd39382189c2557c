import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { StoredFeature } from '../../../shared/model/project.ts';
import { ParcelDeskDatabase } from './database.ts';
import { SCHEMA_V1 } from './db-schema.ts';
import { encodeFeatureChunks, FEATURE_CHUNK_SIZE } from '../../../shared/import/layer-part.ts';
import { loadLatestProject, loadLayerFeatures, saveProjectLayer } from './project-store.ts';

let counter = 0;
const uniqueName = () => `parceldesk-test-${process.pid}-${++counter}`;

function createFeatures(count: number): (StoredFeature & { sourceIndex: number })[] {
  return Array.from({ length: count }, (_, i) => ({
    sourceIndex: i,
    parcelId: `p${i}`,
    geometry: { type: 'Polygon', coordinates: [[[113.8, 34], [113.81, 34], [113.81, 34.01], [113.8, 34]]] },
    attributes: { ZDDM: `411002001001GB${String(i).padStart(5, '0')}`, QLR: '许昌瑞祥电气有限公司' },
  }));
}

const PROJECT = { id: 'p1', name: '测试项目', createdAt: '2026-01-01T00:00:00.000Z' };
const LAYER = { id: 'p1:zd', name: 'zd', bbox: [113.8, 34, 113.81, 34.01] as [number, number, number, number], importedAt: PROJECT.createdAt };

describe('database schema migration', () => {
  it('opens a frozen v1 database and moves its parcels into v2 chunks', async () => {
    const name = uniqueName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('projects').add(PROJECT);
    const rows = createFeatures(FEATURE_CHUNK_SIZE + 5).map((f) => ({ id: f.parcelId, projectId: 'p1', geometry: f.geometry, attributes: f.attributes }));
    await v1.table('parcels').bulkAdd(rows);
    await v1.table('settings').add({ key: 'surveyor', value: '张三' });
    v1.close();

    const db = new ParcelDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['operations', 'parcelEdits', 'attachments']));
    expect(db.tables.map((t) => t.name)).not.toContain('parcels');
    const loaded = await loadLatestProject(db);
    expect(loaded?.project.name).toBe('测试项目');
    const features = await loadLayerFeatures(db, loaded?.layers[0]?.id ?? '');
    expect(features).toHaveLength(FEATURE_CHUNK_SIZE + 5);
    expect(features[FEATURE_CHUNK_SIZE + 4]?.attributes.ZDDM).toBe('411002001001GB02004');
    expect(db.tables.map((t) => t.name)).not.toContain('layerDisplays');
    expect(loaded?.layers[0]?.bbox).toEqual([113.8, 34, 113.81, 34.01]);
    // v1 ids survive the re-encoding of v4, so anything that refers to them still finds them.
    expect(features[FEATURE_CHUNK_SIZE + 4]?.parcelId).toBe('p2004');
    expect(await db.featureChunks.count()).toBe(2);
    expect((await db.settings.get('surveyor'))?.value).toBe('张三');
    db.close();
  });
});

describe('project store', () => {
  it('stores a layer in chunks and loads every feature back in order', async () => {
    const db = new ParcelDeskDatabase(uniqueName());
    await saveProjectLayer(db, PROJECT, LAYER, encodeFeatureChunks(createFeatures(4500)));
    const loaded = await loadLatestProject(db);
    expect(loaded?.layers[0]?.featureCount).toBe(4500);
    const features = await loadLayerFeatures(db, 'p1:zd');
    expect(features.map((f) => f.parcelId).slice(-2)).toEqual(['p1:zd:4498', 'p1:zd:4499']);
    expect(await db.featureChunks.count()).toBe(Math.ceil(4500 / FEATURE_CHUNK_SIZE));
    db.close();
  });

  it('leaves nothing behind when a save fails part-way, and keeps what was there', async () => {
    const db = new ParcelDeskDatabase(uniqueName());
    await saveProjectLayer(db, PROJECT, LAYER, encodeFeatureChunks(createFeatures(3)));
    const poisoned = createFeatures(FEATURE_CHUNK_SIZE * 2);
    // A function cannot be cloned into IndexedDB: the second chunk's put fails inside the transaction.
    (poisoned[FEATURE_CHUNK_SIZE + 1] as { attributes: Record<string, unknown> }).attributes.bad = () => 0;
    const second = { ...PROJECT, id: 'p2', createdAt: '2026-02-01T00:00:00.000Z' };
    await expect(saveProjectLayer(db, second, { ...LAYER, id: 'p2:zd' }, encodeFeatureChunks(poisoned))).rejects.toThrow();
    expect(await db.projects.get('p2')).toBeUndefined();
    expect(await db.layers.get('p2:zd')).toBeUndefined();
    expect(await db.featureChunks.where('layerId').equals('p2:zd').count()).toBe(0);
    expect(await loadLayerFeatures(db, 'p1:zd')).toHaveLength(3);
    db.close();
  });

  it('reports an empty database as no project', async () => {
    const db = new ParcelDeskDatabase(uniqueName());
    expect(await loadLatestProject(db)).toBeUndefined();
    db.close();
  });
});
