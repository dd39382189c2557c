import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/encoding/sha256.ts';
import { attachmentField, serializeAttachmentMeta } from '../../../shared/photo/attachment-meta.ts';
import { loadLatestProject, loadLayerFeatures } from '../storage/project-store.ts';
import { loadParcelEdits, parcelHistory } from '../storage/survey-store.ts';
import { buildPackage, packageFileName } from './export-package.ts';
import { rememberHandoff } from './handoff-store.ts';
import { importPackage } from './import-package.ts';
import { createDevice, databaseContents, parcelId, PROJECT, seedProject } from './test-devices.ts';

const T0 = Date.parse('2026-11-26T08:00:00Z');

async function twoDevices() {
  let wall = T0;
  const county = await createDevice('张三', 'aaaaaaaaaaaaaaaa', () => wall);
  const city = await createDevice('李四', 'bbbbbbbbbbbbbbbb', () => wall + 7);
  await seedProject(county.db);
  return { county, city, tick: () => (wall += 1000) };
}

describe('package export and import between devices', () => {
  it('a whole-project package gives a device without base data the project, its parcels, edits and photos; importing again adds nothing', async () => {
    const { county, city } = await twoDevices();
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7, 0xff, 0xd9]);
    const sha256 = await sha256Hex(photo);
    await county.db.attachments.add({ sha256, blob: new Blob([photo], { type: 'image/jpeg' }), mimeType: 'image/jpeg', name: '现场.jpg', byteLength: photo.length, addedAt: '2026-11-26T08:00:00Z' });
    const meta = serializeAttachmentMeta({ name: '现场.jpg', takenAt: null, lon: null, lat: null, directionDegrees: null, directionReference: null, sha256, byteLength: photo.length, mimeType: 'image/jpeg' });
    await county.session.edit(parcelId(1), [{ field: 'landholder', oldValue: '许昌第1机械有限公司', newValue: '许昌瑞祥电气有限公司' }, { field: attachmentField('photo', sha256), oldValue: null, newValue: meta }]);
    const built = await buildPackage(county.db, PROJECT, county.identity, { kind: 'full' });
    expect(built?.counts).toEqual({ operations: 2, layers: 1, features: 3, attachments: 1 });

    const outcome = await importPackage(city.db, built?.bytes as Uint8Array);
    expect(outcome).toMatchObject({ kind: 'imported', conflicts: 0, newAttachments: 1, layersAdded: 1 });
    expect(outcome.kind === 'imported' && outcome.newOperations.map((op) => op.origin)).toEqual(['remote', 'remote']);
    expect((await loadLatestProject(city.db))?.project.id).toBe(PROJECT.id);
    const features = await loadLayerFeatures(city.db, `${PROJECT.id}:zd`);
    expect(features.map((f) => f.parcelId)).toEqual([parcelId(0), parcelId(1), parcelId(2)]);
    expect(features[1]?.attributes.QLR).toBe('许昌第1机械有限公司');
    expect((await loadParcelEdits(city.db, parcelId(1)))?.values.landholder).toBe('许昌瑞祥电气有限公司');
    expect(await (await city.db.attachments.get(sha256))?.blob.arrayBuffer()).toEqual(photo.buffer);

    const before = await databaseContents(city.db);
    expect(await importPackage(city.db, built?.bytes as Uint8Array)).toMatchObject({ kind: 'imported', newOperations: [], newAttachments: 0, layersAdded: 0 });
    expect(await databaseContents(city.db)).toBe(before);
  });

  it('"changes since the last hand-off" carries only what that recipient has not had; base data on the first one only', async () => {
    const { county, tick } = await twoDevices();
    await county.session.edit(parcelId(0), [{ field: 'notes', oldValue: null, newValue: '第一次' }]);
    const first = await buildPackage(county.db, PROJECT, county.identity, { kind: 'changes', recipient: '市局' });
    expect(first?.counts).toMatchObject({ operations: 1, layers: 1 });
    await rememberHandoff(county.db, PROJECT.id, '市局', first?.operations ?? [], '2026-11-26T09:00:00Z');
    expect(await buildPackage(county.db, PROJECT, county.identity, { kind: 'changes', recipient: '市局' })).toBeUndefined();
    tick();
    await county.session.edit(parcelId(2), [{ field: 'notes', oldValue: null, newValue: '第二次' }]);
    const second = await buildPackage(county.db, PROJECT, county.identity, { kind: 'changes', recipient: '市局' });
    expect(second?.counts).toMatchObject({ operations: 1, layers: 0 });
    expect(second?.operations[0]?.newValue).toBe('第二次');
    // Another recipient has had nothing yet.
    expect((await buildPackage(county.db, PROJECT, county.identity, { kind: 'changes', recipient: '县局' }))?.counts.operations).toBe(2);
  });

  it('the same field edited on both devices becomes one conflict on both; a resolution exchanged settles it identically', async () => {
    const { county, city, tick } = await twoDevices();
    await importPackage(city.db, (await buildPackage(county.db, PROJECT, county.identity, { kind: 'full' }))?.bytes as Uint8Array);
    tick();
    await county.session.edit(parcelId(1), [{ field: 'landholder', oldValue: '许昌第1机械有限公司', newValue: '甲公司' }]);
    await city.session.edit(parcelId(1), [{ field: 'landholder', oldValue: '许昌第1机械有限公司', newValue: '乙公司' }]);
    const fromCounty = await buildPackage(county.db, PROJECT, county.identity, { kind: 'full' });
    const fromCity = await buildPackage(city.db, PROJECT, city.identity, { kind: 'full' });
    expect(await importPackage(city.db, fromCounty?.bytes as Uint8Array)).toMatchObject({ kind: 'imported', conflicts: 1 });
    expect(await importPackage(county.db, fromCity?.bytes as Uint8Array)).toMatchObject({ kind: 'imported', conflicts: 1 });
    const countyEdits = await loadParcelEdits(county.db, parcelId(1));
    expect(countyEdits?.conflicts).toEqual(['landholder']);
    expect(await loadParcelEdits(city.db, parcelId(1))).toEqual(countyEdits);

    tick();
    const heads = countyEdits?.heads?.landholder?.heads.map((h) => h.hlc) ?? [];
    await city.session.resolve(parcelId(1), { field: 'landholder', oldValue: countyEdits?.values.landholder ?? null, newValue: '甲公司' }, heads);
    await importPackage(county.db, (await buildPackage(city.db, PROJECT, city.identity, { kind: 'full' }))?.bytes as Uint8Array);
    const settled = await loadParcelEdits(county.db, parcelId(1));
    expect(settled?.conflicts).toEqual([]);
    expect(settled?.values.landholder).toBe('甲公司');
    expect(await loadParcelEdits(city.db, parcelId(1))).toEqual(settled);
    const values = (await parcelHistory(county.db, PROJECT.id, parcelId(1))).map((op) => op.newValue);
    expect(values).toEqual(expect.arrayContaining(['甲公司', '乙公司']));
  });
});

describe('packageFileName', () => {
  it('names the project, device and local time, with reserved characters replaced', () => {
    expect(packageFileName('许昌/示例:项目', '县局笔记本*1', new Date(2026, 10, 26, 9, 5, 7))).toBe('许昌_示例_项目-县局笔记本_1-20261126-090507.pdpkg');
  });
});
