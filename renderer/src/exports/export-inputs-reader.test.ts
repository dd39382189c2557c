import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { squareLonLat } from '../../../tests/fixtures/export-features.ts';
import { encodeFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { EditSession } from '../survey/edit-session.ts';
import { readExportInputs } from './export-inputs-reader.ts';
import type { ExportStep } from './export-protocol.ts';

let count = 0;
const identity = { author: '王调查', deviceName: '县局笔记本-1', device: 'aaaaaaaaaaaaaaaa' };

/** A database with one layer of two chunks (three parcels with geometry, one without) and one edited parcel. */
async function createDb(): Promise<ParcelDeskDatabase> {
  const db = new ParcelDeskDatabase(`export-reader-${process.pid}-${count++}`);
  const square = (lon: number) => ({ type: 'Polygon' as const, coordinates: [squareLonLat(lon, 34, 0.001)] });
  await db.featureChunks.bulkPut([
    { ...encodeFeatureChunk([
      { sourceIndex: 0, geometry: square(113.8), attributes: { ZDDM: 'A1', QLR: '甲公司', YQMC: '魏都区产业集聚区' }, areaSquareMeters: 1000 },
      { sourceIndex: 1, geometry: null, attributes: { ZDDM: 'A2', QLR: '乙公司', YQMC: '' } },
    ]), layerId: 'L', chunkIndex: 0 },
    { ...encodeFeatureChunk([
      { sourceIndex: 2, geometry: square(113.9), attributes: { ZDDM: 'A3', QLR: '丙公司', YQMC: '禹州市产业集聚区' }, areaSquareMeters: 3000 },
      { sourceIndex: 3, geometry: square(114.0), attributes: { ZDDM: 'A4', QLR: '丁公司', YQMC: '禹州市产业集聚区' }, areaSquareMeters: 4000 },
    ]), layerId: 'L', chunkIndex: 1 },
  ]);
  const session = await EditSession.open(db, 'p', identity, () => Date.parse('2026-03-01T08:00:00Z'));
  await session.edit('L:3', [{ field: 'landholder', oldValue: '丁公司', newValue: '丁公司（新）' }, { field: 'classOverride', oldValue: null, newValue: 'reserve' }]);
  return db;
}

const tables = async (db: ParcelDeskDatabase) => Promise.all([db.featureChunks.count(), db.operations.count(), db.parcelEdits.toArray(), db.settings.toArray()]);

describe('readExportInputs', () => {
  it('reads every parcel with geometry with its edits, the class and park the app shows (override wins), chunk by chunk', async () => {
    const db = await createDb();
    const before = await tables(db);
    const steps: ExportStep[] = [];
    const inputs = await readExportInputs(db, {
      projectId: 'p', layers: [{ id: 'L' }],
      shown: [['L:0', 'idle', '魏都产业集聚区'], ['L:2', 'inefficient', '禹州市产业集聚区'], ['L:3', 'idle', '禹州市产业集聚区']],
    }, (step) => steps.push(step));
    expect(inputs.map((p) => [p.row.parcelCode, p.row.landholder, p.row.parcelClass, p.row.park])).toEqual([
      ['A1', '甲公司', 'idle', '魏都产业集聚区'], ['A3', '丙公司', 'inefficient', '禹州市产业集聚区'], ['A4', '丁公司（新）', 'reserve', '禹州市产业集聚区'],
    ]);
    expect(inputs[0]?.attributes).toEqual({ ZDDM: 'A1', QLR: '甲公司', YQMC: '魏都区产业集聚区' });
    expect(inputs[2]?.geometry?.type).toBe('Polygon');
    expect(steps).toEqual([{ phase: 'read', done: 0, total: 2 }, { phase: 'read', done: 1, total: 2 }, { phase: 'read', done: 2, total: 2 }]);
    expect(await tables(db)).toEqual(before);
  });

  it('reads only the requested parcels', async () => {
    const db = await createDb();
    const inputs = await readExportInputs(db, { projectId: 'p', layers: [{ id: 'L' }], only: ['L:2'], shown: [] });
    expect(inputs.map((p) => p.row.parcelCode)).toEqual(['A3']);
  });
});
