import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import type { LonLat, ParcelGeometry } from '../../../shared/model/geometry.ts';
import type { DbfValue } from '../../../shared/shapefile/dbf-reader.ts';
import { setProjectThreshold } from '../../../shared/rules/rule-set-edit.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { saveProjectLayer } from '../storage/project-store.ts';
import { ClassificationService } from './classification-service.ts';
import { readClassificationSettings } from './classification-settings-store.ts';
import { ClassificationStore } from './classification-store.ts';

let counter = 0;
const AS_OF = '2024-06-30';
const LAYER_ID = 'p1:zd';

/** Four parcels: 批而未供, 闲置 (not started), a started plant with FAR 0.6 and no tax yet, and one without any record. */
function createAttributes(): Record<string, DbfValue>[] {
  const base = { ZDDM: '', QLR: '', YQMC: '', PZWH: '', GDSJ: '', YDKGSJ: '', SJKGSJ: '', RJL: null } as Record<string, DbfValue>;
  return [
    { ...base, ZDDM: 'A', QLR: '甲公司', YQMC: '禹州市产业集聚区', PZWH: '豫政土〔2019〕12号' },
    { ...base, ZDDM: 'B', QLR: '乙公司', YQMC: '禹州市产业集聚区', GDSJ: '2020-01-01', YDKGSJ: '2021-01-01' },
    { ...base, ZDDM: 'C', QLR: '丙公司', YQMC: '许昌经济技术开发区', GDSJ: '2015-03-01', YDKGSJ: '2015-09-01', SJKGSJ: '2015-08-01', RJL: 0.6 },
    { ...base, ZDDM: 'D', QLR: '丁公司', YQMC: '' },
  ];
}

async function createProject(): Promise<ParcelDeskDatabase> {
  const db = new ParcelDeskDatabase(`classification-test-${process.pid}-${++counter}`);
  const features = createAttributes().map((attributes, i) => {
    const ring: LonLat[] = [[113.8 + i * 0.01, 34], [113.805 + i * 0.01, 34], [113.805 + i * 0.01, 34.005], [113.8 + i * 0.01, 34]];
    const geometry: ParcelGeometry = { type: 'Polygon', coordinates: [ring] };
    return { sourceIndex: i, attributes, areaSquareMeters: 10_000 * (i + 1), geometry };
  });
  await saveProjectLayer(db, { id: 'p1', name: '测试', createdAt: '2024-01-01T00:00:00Z' },
    { id: LAYER_ID, name: 'zd', bbox: [113.8, 34, 113.85, 34.01], importedAt: '2024-01-01T00:00:00Z' }, encodeFeatureChunks(features));
  return db;
}

async function createStore(db: ParcelDeskDatabase): Promise<ClassificationStore> {
  const store = new ClassificationStore(db, 'p1', [{ id: LAYER_ID }], new ClassificationService(() => db), () => AS_OF);
  await store.start();
  return store;
}

const classOf = (store: ClassificationStore, code: string) => store.getState().byId.get(`${LAYER_ID}:${'ABCD'.indexOf(code)}`)?.parcelClass;

describe('ClassificationStore', () => {
  it('classifies every parcel with the Xuchang rule set on open, 资料不足 shown as 未调查', async () => {
    const store = await createStore(await createProject());
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.ruleSetVersion).toBe('1');
    expect(state.asOf).toBe(AS_OF);
    expect(['A', 'B', 'C', 'D'].map((code) => classOf(store, code))).toEqual(['approvedUnsupplied', 'idle', 'unsurveyed', 'unsurveyed']);
  });

  it('assigns parks through the preset, aliases included', async () => {
    const store = await createStore(await createProject());
    const parks = [...store.getState().byId.values()].map((d) => d.park);
    expect(parks).toEqual(['禹州市产业集聚区', '禹州市产业集聚区', '市经济技术产业集聚区', '']);
  });

  it('a raised 容积率 minimum makes the started plant 低效, is stored as a new version and explained', async () => {
    const db = await createProject();
    const store = await createStore(db);
    const settings = store.getState().settings;
    if (!settings) throw new Error('settings not loaded');
    const edited = setProjectThreshold(settings.ruleSet, 'minFloorAreaRatio', 0.8);
    if (!edited.ok) throw new Error(edited.problems.join('; '));
    await store.saveRuleSet(edited.ruleSet);
    expect(classOf(store, 'C')).toBe('inefficient');
    expect(store.getState().ruleSetVersion).toBe('2');
    const stored = await readClassificationSettings(db, 'p1');
    expect(stored.ruleSet.thresholds.minFloorAreaRatio).toBe(0.8);
    expect(stored.history.map((h) => h.version)).toEqual(['1']);
    const explained = await store.explain(`${LAYER_ID}:2`);
    const fired = explained?.rules.find((r) => r.outcome === 'fired');
    expect(fired).toMatchObject({ ruleId: 'inefficient.floorAreaRatio', actual: 0.6, threshold: 0.8 });
    expect(explained?.ruleSetVersion).toBe('2');
  });

  it('reclassifies an edited parcel: an override counts only with its reason; tax of the last complete year is kept', async () => {
    const db = await createProject();
    const store = await createStore(db);
    const id = `${LAYER_ID}:3`;
    const put = (values: Record<string, DbfValue | boolean>) => db.parcelEdits.put({ parcelId: id, projectId: 'p1', values, clocks: {}, updatedHlc: '0' });
    await put({ classOverride: 'reserve' });
    await store.reclassify([id]);
    expect(classOf(store, 'D')).toBe('unsurveyed');
    await put({ classOverride: 'reserve', classOverrideReason: '市土地储备中心收购', 'economics.2023.tax': 12, 'economics.2024.tax': 99 });
    await store.reclassify([id]);
    expect(classOf(store, 'D')).toBe('reserve');
    expect(store.getState().byId.get(id)?.taxWanYuan).toBe(12);
    expect(classOf(store, 'A')).toBe('approvedUnsupplied');
  });

  it('a fixed 认定日期 is stored and used', async () => {
    const db = await createProject();
    const store = await createStore(db);
    await store.setAsOf('2021-06-30');
    expect(store.getState().asOf).toBe('2021-06-30');
    // Agreed start 2021-01-01: not yet a full year late on 2021-06-30.
    expect(classOf(store, 'B')).not.toBe('idle');
    expect((await readClassificationSettings(db, 'p1')).asOf).toBe('2021-06-30');
  });
});
